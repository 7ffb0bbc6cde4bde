import {
  EuiFlexGroup,
  EuiHeaderSectionItemButton,
  EuiPopover,
  EuiPopoverTitle,
  EuiSelectable,
  EuiText,
  type EuiSelectableOption,
} from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { spaceQueries } from '../../api/spaces';
import { switchSpacePath } from '../paths';
import { SpaceAvatar } from './space-avatar';

// Below this many spaces a search box is noise.
const SEARCHABLE_FROM = 8;
// Short lists render every option (sized to content, all reachable by assistive tech); long ones
// are virtualised so a deployment with hundreds of spaces stays quick.
const VIRTUALIZED_FROM = 50;

export function SpaceSwitcher({ spaceId }: { spaceId: string }) {
  const { data: spaces = [] } = useQuery(spaceQueries.list());
  const [isOpen, setIsOpen] = useState(false);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = spaces.find((space) => space.id === spaceId);
  const currentName = current ? current.name || current.id : spaceId;

  const options: EuiSelectableOption[] = spaces.map((space) => ({
    key: space.id,
    label: space.name || space.id,
    checked: space.id === spaceId ? 'on' : undefined,
    prepend: <SpaceAvatar space={space} />,
  }));

  const button = (
    <EuiHeaderSectionItemButton
      aria-label={`Current space: ${currentName}. Change space`}
      aria-expanded={isOpen}
      aria-haspopup="listbox"
      onClick={() => setIsOpen((open) => !open)}
    >
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} component="span">
        {current ? <SpaceAvatar space={current} /> : null}
        <EuiText size="s" component="span">
          {currentName}
        </EuiText>
      </EuiFlexGroup>
    </EuiHeaderSectionItemButton>
  );

  return (
    <EuiPopover button={button} isOpen={isOpen} closePopover={() => setIsOpen(false)} panelPaddingSize="none" anchorPosition="downLeft">
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
          setIsOpen(false);
          if (chosen?.key && chosen.key !== spaceId) void navigate(switchSpacePath(pathname, chosen.key));
        }}
      >
        {(list, search) => (
          <div style={{ width: 300 }}>
            <EuiPopoverTitle paddingSize="s">{search ?? 'Change current space'}</EuiPopoverTitle>
            {list}
          </div>
        )}
      </EuiSelectable>
    </EuiPopover>
  );
}
