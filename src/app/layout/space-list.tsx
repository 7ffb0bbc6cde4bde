// The list of spaces inside the space switcher's popover.
import { EuiPopoverTitle, EuiSelectable, type EuiSelectableOption } from '@elastic/eui';
import type { Space } from '../../contract/kibana';
import { SpaceAvatar } from './space-avatar';

// Below this many spaces a search box is noise.
const SEARCHABLE_FROM = 8;
// Short lists render every option (sized to content, all reachable by assistive tech); long ones
// are virtualised so a deployment with hundreds of spaces stays quick.
const VIRTUALIZED_FROM = 50;

interface SpaceListProps {
  spaces: readonly Space[];
  spaceId: string;
  onChoose: (spaceId: string) => void;
}

export function SpaceList({ spaces, spaceId, onChoose }: SpaceListProps) {
  const options: EuiSelectableOption[] = spaces.map((space) => ({
    key: space.id,
    label: space.name || space.id,
    checked: space.id === spaceId ? 'on' : undefined,
    prepend: <SpaceAvatar space={space} />,
  }));
  return (
    <EuiSelectable
      aria-label="Spaces"
      options={options}
      singleSelection="always"
      {...(spaces.length >= SEARCHABLE_FROM
        ? { searchable: true as const, searchProps: { placeholder: 'Find a space', compressed: true } }
        : {})}
      listProps={{ bordered: false, showIcons: true, isVirtualized: spaces.length >= VIRTUALIZED_FROM }}
      onChange={(next) => {
        const chosen = next.find((option) => option.checked === 'on');
        onChoose(chosen?.key ?? spaceId);
      }}
    >
      {(list, search) => (
        <div style={{ width: 300 }}>
          <EuiPopoverTitle paddingSize="s">{search ?? 'Change current space'}</EuiPopoverTitle>
          {list}
        </div>
      )}
    </EuiSelectable>
  );
}
