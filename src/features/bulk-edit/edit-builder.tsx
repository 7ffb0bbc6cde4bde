// The list of edits, applied in order, and the buttons that add one.
import { EuiButton, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText } from '@elastic/eui';
import { Fragment } from 'react';
import type { Edit } from './engine/edits';
import { EDIT_KINDS, newEdit } from './describe-edit';
import { EditRow } from './edit-row';

export function EditBuilder({ spaceId, edits, onChange }: { spaceId: string; edits: Edit[]; onChange: (edits: Edit[]) => void }) {
  return (
    <>
      {edits.length === 0 ? (
        <EuiText size="s" color="subdued">
          <p>No edits yet. Add one; several edits are applied in order.</p>
        </EuiText>
      ) : null}
      {edits.map((edit, index) => (
        // The position is the edit's identity: edits are only appended or removed.
        <Fragment key={index}>
          <EditRow
            spaceId={spaceId}
            index={index}
            edit={edit}
            onChange={(next) => onChange(edits.map((current, i) => (i === index ? next : current)))}
            onRemove={() => onChange(edits.filter((_, i) => i !== index))}
          />
          <EuiSpacer size="s" />
        </Fragment>
      ))}
      <EuiFlexGroup gutterSize="s" wrap responsive={false} role="group" aria-label="Add an edit">
        {EDIT_KINDS.map(({ kind, label }) => (
          <EuiFlexItem grow={false} key={kind}>
            <EuiButton size="s" iconType="plusInCircle" onClick={() => onChange([...edits, newEdit(kind)])}>
              {label}
            </EuiButton>
          </EuiFlexItem>
        ))}
      </EuiFlexGroup>
    </>
  );
}
