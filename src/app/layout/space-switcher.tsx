import { EuiFlexGroup, EuiHeaderSectionItemButton, EuiLoadingSpinner, EuiPopover, EuiScreenReaderOnly, EuiText } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { spaceQueries } from '../../api/spaces';
import { switchSpacePath } from '../paths';
import { SpaceAvatar } from './space-avatar';

// The list (EuiSelectable and its virtualisation, ~30 KB gzip) loads when the switcher is first opened
// or hovered, not with the first screen.
const loadSpaceList = () => import('./space-list');
const SpaceList = lazy(async () => ({ default: (await loadSpaceList()).SpaceList }));

export function SpaceSwitcher({ spaceId }: { spaceId: string }) {
  const { data: spaces = [] } = useQuery(spaceQueries.list());
  const [isOpen, setIsOpen] = useState(false);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = spaces.find((space) => space.id === spaceId);
  const currentName = current ? current.name || current.id : spaceId;

  const button = (
    <EuiHeaderSectionItemButton
      aria-expanded={isOpen}
      aria-haspopup="listbox"
      onClick={() => setIsOpen((open) => !open)}
      onMouseEnter={() => void loadSpaceList()}
      onFocus={() => void loadSpaceList()}
    >
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} component="span">
        {current ? <SpaceAvatar space={current} /> : null}
        <EuiText size="s" component="span">
          {currentName}
        </EuiText>
        {/* Named by the text it shows (voice control users say what they see), then what it does. */}
        <EuiScreenReaderOnly>
          <span>, current space. Change space</span>
        </EuiScreenReaderOnly>
      </EuiFlexGroup>
    </EuiHeaderSectionItemButton>
  );

  return (
    <EuiPopover aria-label="Spaces" button={button} isOpen={isOpen} closePopover={() => setIsOpen(false)} panelPaddingSize="none" anchorPosition="downLeft">
      <Suspense fallback={<EuiLoadingSpinner size="m" style={{ margin: 16 }} aria-label="Loading spaces" />}>
        <SpaceList
          spaces={spaces}
          spaceId={spaceId}
          onChoose={(chosen) => {
            setIsOpen(false);
            if (chosen !== spaceId) void navigate(switchSpacePath(pathname, chosen));
          }}
        />
      </Suspense>
    </EuiPopover>
  );
}
