// Raw JSON edit of one object's attributes and references; it replaces what the edits would do to it.
import { EuiButton, EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiFlyout, EuiFlyoutBody, EuiFlyoutFooter, EuiFlyoutHeader, EuiFormRow, EuiText, EuiTextArea, EuiTitle, useGeneratedHtmlId } from '@elastic/eui';
import { useState } from 'react';
import type { ObjectContent } from './engine/edits';
import { formatContent, parseContent } from './raw-json';

interface RawJsonFlyoutProps {
  title: string;
  content: ObjectContent;
  onSave: (content: ObjectContent) => void;
  onClose: () => void;
}

export function RawJsonFlyout({ title, content, onSave, onClose }: RawJsonFlyoutProps) {
  const titleId = useGeneratedHtmlId({ prefix: 'rawJsonTitle' });
  const [text, setText] = useState(() => formatContent(content));
  const parsed = parseContent(text);
  const error = 'error' in parsed ? parsed.error : undefined;
  return (
    <EuiFlyout onClose={onClose} aria-labelledby={titleId} size="m" ownFocus>
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="s">
          <h2 id={titleId}>{`Edit the JSON of ${title}`}</h2>
        </EuiTitle>
        <EuiText size="s" color="subdued">
          <p>This object gets exactly these attributes and references instead of the edits above. The preview shows the diff.</p>
        </EuiText>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        <EuiFormRow label="Attributes and references" isInvalid={error !== undefined} error={error} fullWidth>
          <EuiTextArea value={text} onChange={(e) => setText(e.target.value)} rows={24} fullWidth isInvalid={error !== undefined} style={{ fontFamily: 'monospace' }} />
        </EuiFormRow>
      </EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="spaceBetween">
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty onClick={onClose}>Cancel</EuiButtonEmpty>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButton fill isDisabled={error !== undefined} onClick={() => 'content' in parsed && onSave(parsed.content)}>
              Use this JSON
            </EuiButton>
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiFlyoutFooter>
    </EuiFlyout>
  );
}
