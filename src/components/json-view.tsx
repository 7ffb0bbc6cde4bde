// A JSON value as admins read it: indented, highlighted, with a copy button, scrolling inside itself
// so a 2,000-line dashboard does not push everything else off the screen.
import { EuiCodeBlock } from '@elastic/eui';
import { useMemo } from 'react';

interface JsonViewProps {
  value: unknown;
  /** Names the block for assistive tech, e.g. "Attributes of Web overview". */
  'aria-label': string;
  /** Height before the block scrolls; undefined = never scroll. */
  overflowHeight?: number;
}

export function JsonView({ value, 'aria-label': ariaLabel, overflowHeight = 480 }: JsonViewProps) {
  const text = useMemo(() => JSON.stringify(value, null, 2) ?? 'undefined', [value]);
  return (
    <EuiCodeBlock language="json" fontSize="s" paddingSize="s" isCopyable overflowHeight={overflowHeight} aria-label={ariaLabel}>
      {text}
    </EuiCodeBlock>
  );
}
