// The form of one edit. Every field is labelled; problems with the edit show under it as the admin types.
import {
  EuiButtonIcon,
  EuiCallOut,
  EuiFieldText,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFormRow,
  EuiPanel,
  EuiSelect,
  EuiSpacer,
  EuiSwitch,
  EuiTitle,
} from '@elastic/eui';
import type { Edit, ValueType } from './engine/edits';
import { validateEdit } from './engine/edits';
import { EDIT_KINDS } from './describe-edit';
import { ObjectPicker } from './object-picker';
import { TagPicker } from './tag-picker';

const VALUE_TYPES: { value: ValueType; text: string }[] = [
  { value: 'string', text: 'Text' },
  { value: 'number', text: 'Number' },
  { value: 'boolean', text: 'true / false' },
  { value: 'null', text: 'null' },
  { value: 'json', text: 'JSON' },
];

const REFERENCE_TYPES = ['index-pattern', 'search', 'visualization', 'lens', 'map', 'dashboard', 'tag'].map((type) => ({ value: type, text: type }));

interface EditRowProps {
  spaceId: string;
  index: number;
  edit: Edit;
  onChange: (edit: Edit) => void;
  onRemove: () => void;
}

export function EditRow({ spaceId, index, edit, onChange, onRemove }: EditRowProps) {
  const label = EDIT_KINDS.find((kind) => kind.kind === edit.kind)?.label ?? edit.kind;
  const problems = validateEdit(edit);
  const n = index + 1;
  return (
    <EuiPanel hasBorder paddingSize="m" aria-label={`Edit ${n}: ${label}`} role="group">
      <EuiFlexGroup justifyContent="spaceBetween" alignItems="center" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiTitle size="xxs">
            <h3>{`${n}. ${label}`}</h3>
          </EuiTitle>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButtonIcon iconType="trash" color="danger" aria-label={`Remove edit ${n}`} onClick={onRemove} />
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="s" />
      <EditFields spaceId={spaceId} n={n} edit={edit} onChange={onChange} />
      {problems.length > 0 ? (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut size="s" color="warning" iconType="warning" title={problems.join('. ')} />
        </>
      ) : null}
    </EuiPanel>
  );
}

function EditFields({ spaceId, n, edit, onChange }: { spaceId: string; n: number; edit: Edit; onChange: (edit: Edit) => void }) {
  switch (edit.kind) {
    case 'set':
      return (
        <EuiFlexGroup wrap>
          <EuiFlexItem>
            <EuiFormRow label="Field path" helpText="Dot path; enters JSON stored as text">
              <EuiFieldText aria-label={`Field path of edit ${n}`} value={edit.path} placeholder="description" onChange={(e) => onChange({ ...edit, path: e.target.value })} />
            </EuiFormRow>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiFormRow label="Type">
              <EuiSelect aria-label={`Value type of edit ${n}`} options={VALUE_TYPES} value={edit.valueType} onChange={(e) => onChange({ ...edit, valueType: e.target.value as ValueType })} />
            </EuiFormRow>
          </EuiFlexItem>
          <EuiFlexItem>
            <EuiFormRow label="Value">
              <EuiFieldText aria-label={`Value of edit ${n}`} disabled={edit.valueType === 'null'} value={edit.valueType === 'null' ? 'null' : edit.text} onChange={(e) => onChange({ ...edit, text: e.target.value })} />
            </EuiFormRow>
          </EuiFlexItem>
        </EuiFlexGroup>
      );
    case 'replace':
      return (
        <EuiFlexGroup wrap>
          <EuiFlexItem>
            <EuiFormRow label="Find">
              <EuiFieldText aria-label={`Find in edit ${n}`} value={edit.find} onChange={(e) => onChange({ ...edit, find: e.target.value })} />
            </EuiFormRow>
          </EuiFlexItem>
          <EuiFlexItem>
            <EuiFormRow label="Replace with">
              <EuiFieldText aria-label={`Replace with in edit ${n}`} value={edit.replaceWith} onChange={(e) => onChange({ ...edit, replaceWith: e.target.value })} />
            </EuiFormRow>
          </EuiFlexItem>
          <EuiFlexItem>
            <EuiFormRow label="In field" helpText="Empty: every text field, inside JSON stored as text too">
              <EuiFieldText aria-label={`Field of edit ${n}`} value={edit.path ?? ''} placeholder="every text field" onChange={(e) => onChange({ ...edit, path: e.target.value.trim() === '' ? undefined : e.target.value })} />
            </EuiFormRow>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiFormRow hasEmptyLabelSpace>
              <EuiSwitch label="Regular expression" checked={edit.regex} onChange={(e) => onChange({ ...edit, regex: e.target.checked })} />
            </EuiFormRow>
            <EuiSwitch label="Match case" checked={edit.caseSensitive} onChange={(e) => onChange({ ...edit, caseSensitive: e.target.checked })} />
          </EuiFlexItem>
        </EuiFlexGroup>
      );
    case 'remove':
      return (
        <EuiFormRow label="Field path" helpText="Kibana merges updates, so the field is stored as null">
          <EuiFieldText aria-label={`Field path of edit ${n}`} value={edit.path} onChange={(e) => onChange({ ...edit, path: e.target.value })} />
        </EuiFormRow>
      );
    case 'repoint':
      return (
        <EuiFlexGroup wrap>
          <EuiFlexItem grow={false}>
            <EuiFormRow label="Type">
              <EuiSelect
                aria-label={`Reference type of edit ${n}`}
                options={REFERENCE_TYPES}
                value={edit.from.type}
                onChange={(e) => onChange({ ...edit, from: { type: e.target.value, id: '' }, to: { type: e.target.value, id: '' } })}
              />
            </EuiFormRow>
          </EuiFlexItem>
          <EuiFlexItem>
            <EuiFormRow label="References to">
              <ObjectPicker spaceId={spaceId} type={edit.from.type} value={edit.from.id} aria-label={`References to (edit ${n})`} onChange={(id) => onChange({ ...edit, from: { ...edit.from, id } })} />
            </EuiFormRow>
          </EuiFlexItem>
          <EuiFlexItem>
            <EuiFormRow label="Now point to">
              <ObjectPicker spaceId={spaceId} type={edit.to.type} value={edit.to.id} aria-label={`Now point to (edit ${n})`} onChange={(id) => onChange({ ...edit, to: { ...edit.to, id } })} />
            </EuiFormRow>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiFormRow label="Only references named" helpText="Optional">
              <EuiFieldText aria-label={`Reference name of edit ${n}`} value={edit.name ?? ''} onChange={(e) => onChange({ ...edit, name: e.target.value || undefined })} />
            </EuiFormRow>
          </EuiFlexItem>
        </EuiFlexGroup>
      );
    case 'tags':
      return (
        <EuiFlexGroup wrap>
          <EuiFlexItem>
            <EuiFormRow label="Add tags">
              <TagPicker spaceId={spaceId} value={edit.add} aria-label={`Tags to add (edit ${n})`} onChange={(add) => onChange({ ...edit, add })} />
            </EuiFormRow>
          </EuiFlexItem>
          <EuiFlexItem>
            <EuiFormRow label="Remove tags">
              <TagPicker spaceId={spaceId} value={edit.remove} aria-label={`Tags to remove (edit ${n})`} onChange={(remove) => onChange({ ...edit, remove })} />
            </EuiFormRow>
          </EuiFlexItem>
        </EuiFlexGroup>
      );
  }
}
