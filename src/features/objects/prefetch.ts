// The first rows' requests, sent as the app starts (see app/first-screen.ts): the page's `_find` and its
// count need only the space and the view, both in the URL, so they need not wait for React, the space
// list or the screen's first render. The screen's own query then finds them in flight.
import type { QueryClient } from '@tanstack/react-query';
import { objectsPageQuery } from './objects-query';
import { parseObjectsView } from './url-state';

export function prefetchObjectsPage(queryClient: QueryClient, spaceId: string, search: string): void {
  void queryClient.prefetchQuery(objectsPageQuery(spaceId, parseObjectsView(new URLSearchParams(search))));
}
