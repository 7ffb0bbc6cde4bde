import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiSelectable, EuiText, type EuiSelectableOption } from '@elastic/eui';
import type { Space } from '../../contract/kibana';

interface SpacesStepProps {
  spaces: Space[];
  /** Spaces objects are copied from: never offered as a target when there is only one. */
  sources: string[];
  /** Space id → how many of the objects to copy already live there. */
  alreadyThere: Record<string, number>;
  selected: string[];
  onChange: (spaces: string[]) => void;
}

export function SpacesStep({ spaces, sources, alreadyThere, selected, onChange }: SpacesStepProps) {
  const offered = spaces.filter((s) => !(sources.length === 1 && s.id === sources[0]));
  const options: EuiSelectableOption[] = offered.map((s) => {
    const count = alreadyThere[s.id] ?? 0;
    return {
      key: s.id,
      label: s.name || s.id,
      checked: selected.includes(s.id) ? 'on' : undefined,
      append: count ? (
        <EuiText size="xs" color="subdued">
          {count} already here
        </EuiText>
      ) : undefined,
      'data-test-subj': `space-option-${s.id}`,
    };
  });
  return (
    <>
      {sources.length > 1 && (
        <EuiText size="s">
          <p>Objects are never copied into the space they come from.</p>
        </EuiText>
      )}
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty size="s" onClick={() => onChange(offered.map((s) => s.id))}>
            Select all spaces
          </EuiButtonEmpty>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty size="s" disabled={!selected.length} onClick={() => onChange([])}>
            Clear
          </EuiButtonEmpty>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiText size="s">{selected.length} selected</EuiText>
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSelectable
        aria-label="Target spaces"
        searchable
        searchProps={{ placeholder: 'Search spaces', 'aria-label': 'Search spaces' }}
        options={options}
        // Virtualised only when long: a short list renders whole (and every option is reachable in tests).
        listProps={{ bordered: true, rowHeight: 36, isVirtualized: options.length >= 50 }}
        height={options.length >= 50 ? 36 * 8 : undefined}
        onChange={(next) => onChange(next.filter((o) => o.checked === 'on').map((o) => o.key as string))}
      >
        {(list, search) => (
          <>
            {search}
            {list}
          </>
        )}
      </EuiSelectable>
    </>
  );
}
