import { EuiButtonEmpty, EuiHeader, EuiHeaderSection, EuiHeaderSectionItem } from '@elastic/eui';
import { useRouterLinks } from '../../components/use-router-links';
import { homePath, type Screen } from '../paths';
import { ColorModeToggle } from './color-mode-toggle';
import { ScreenLinks } from './screen-links';
import { SpaceSwitcher } from './space-switcher';

interface AppHeaderProps {
  /** Absent while the URL names no usable space (e.g. Kibana unreachable). */
  spaceId: string | undefined;
  screen: Screen | undefined;
}

export function AppHeader({ spaceId, screen }: AppHeaderProps) {
  const linkTo = useRouterLinks();
  return (
    // A static EuiHeader is a plain div: the banner role makes it the page's header landmark.
    <EuiHeader position="static" role="banner">
      <EuiHeaderSection grow={false}>
        <EuiHeaderSectionItem>
          <EuiButtonEmpty iconType="savedObjectsApp" color="text" {...linkTo(homePath())}>
            <strong>Saved Objects Console</strong>
          </EuiButtonEmpty>
        </EuiHeaderSectionItem>
        {spaceId ? (
          <EuiHeaderSectionItem>
            <SpaceSwitcher spaceId={spaceId} />
          </EuiHeaderSectionItem>
        ) : null}
      </EuiHeaderSection>
      {/* At 800 px the screen links scroll sideways rather than push the theme toggle off the screen. */}
      <EuiHeaderSection grow style={{ minWidth: 0, flexShrink: 1, overflowX: 'auto' }}>
        {spaceId ? (
          <EuiHeaderSectionItem>
            <ScreenLinks spaceId={spaceId} current={screen} />
          </EuiHeaderSectionItem>
        ) : null}
      </EuiHeaderSection>
      <EuiHeaderSection side="right">
        <EuiHeaderSectionItem>
          <ColorModeToggle />
        </EuiHeaderSectionItem>
      </EuiHeaderSection>
    </EuiHeader>
  );
}
