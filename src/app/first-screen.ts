// Starts the requests of the screen a page load lands on before anything renders: the space list (the
// shell's) and, for the Objects screen, its first page. Without this each waits for the one before:
// scripts → first render → space list → screen render → `_find`.
import type { QueryClient } from '@tanstack/react-query';
import { spaceQueries } from '../api/spaces';
import { prefetchObjectsPage } from '../features/objects/prefetch';
import { homePath, parseAppPath } from './paths';

export function prefetchFirstScreen(queryClient: QueryClient, location: Pick<Location, 'pathname' | 'search'>): void {
  // `/` lands on the home screen (router.tsx).
  const pathname = location.pathname === '/' ? homePath() : location.pathname;
  const at = parseAppPath(pathname);
  if (!at) return;
  void queryClient.prefetchQuery(spaceQueries.list());
  if (at.screen === 'objects') prefetchObjectsPage(queryClient, at.spaceId, location.pathname === '/' ? '' : location.search);
}
