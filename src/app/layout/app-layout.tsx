import { EuiPageTemplate, EuiSkipLink } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Outlet, useLocation, useParams } from 'react-router-dom';
import { spaceQueries } from '../../api/spaces';
import { parseAppPath } from '../paths';
import { AppHeader } from './app-header';
import { KibanaProblemPrompt } from './kibana-problem-prompt';
import { NavigationProgress } from './navigation-progress';
import { PageLoading } from './page-loading';
import { UnknownSpacePrompt } from './unknown-space-prompt';

/** The shell around every screen. Screens only render once the URL's space is known to exist. */
export function AppLayout() {
  const { spaceId = '' } = useParams();
  const { pathname } = useLocation();
  const spaces = useQuery(spaceQueries.list());
  const isKnownSpace = spaces.data?.some((space) => space.id === spaceId) ?? false;

  let content: ReactNode;
  // Data first: a failed background refresh keeps the last good list (and raises a toast).
  if (spaces.data) content = isKnownSpace ? <Outlet /> : <UnknownSpacePrompt spaceId={spaceId} />;
  else if (spaces.isError)
    content = <KibanaProblemPrompt error={spaces.error} onRetry={() => void spaces.refetch()} isRetrying={spaces.isFetching} />;
  else content = <PageLoading label="Loading spaces" />;

  return (
    <>
      {/* Keyboard users skip the header's space switcher and screen links. */}
      <EuiSkipLink destinationId="main-content" position="fixed" overrideLinkBehavior>
        Skip to main content
      </EuiSkipLink>
      <AppHeader spaceId={isKnownSpace ? spaceId : undefined} screen={parseAppPath(pathname)?.screen} />
      <NavigationProgress />
      <EuiPageTemplate grow restrictWidth={1600} panelled={false} offset={0} minHeight="0" mainProps={{ id: 'main-content' }}>
        {content}
      </EuiPageTemplate>
    </>
  );
}
