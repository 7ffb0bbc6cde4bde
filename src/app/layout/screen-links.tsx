import { EuiHeaderLink, EuiHeaderLinks } from '@elastic/eui';
import type { MouseEvent } from 'react';
import { useRouterLinks } from '../../components/use-router-links';
import { SCREENS, screenPath, type Screen } from '../paths';

export const SCREEN_LABELS: Record<Screen, string> = {
  objects: 'Objects',
  'bulk-edit': 'Bulk edit',
  copy: 'Copy to spaces',
  'ml-sync': 'ML sync',
  aliases: 'Aliases',
};

export function ScreenLinks({ spaceId, current }: { spaceId: string; current: Screen | undefined }) {
  const linkTo = useRouterLinks();
  return (
    <EuiHeaderLinks aria-label="Screens" popoverButtonProps={{ iconType: 'menu', children: 'Screens' }}>
      {(closeMobilePopover: () => void) =>
        SCREENS.map((screen) => {
          const link = linkTo(screenPath(spaceId, screen));
          return (
            <EuiHeaderLink
              key={screen}
              href={link.href}
              onClick={(event: MouseEvent<HTMLElement>) => {
                link.onClick(event);
                closeMobilePopover(); // on narrow screens the links live in a popover
              }}
              isActive={screen === current}
              aria-current={screen === current ? 'page' : undefined}
            >
              {SCREEN_LABELS[screen]}
            </EuiHeaderLink>
          );
        })
      }
    </EuiHeaderLinks>
  );
}
