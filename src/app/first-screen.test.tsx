import { QueryClient } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spaceQueries } from '../api/spaces';
import { objectsPageQuery } from '../features/objects/objects-query';
import { parseObjectsView } from '../features/objects/url-state';
import { createTestSimulator, startMswServer } from '../testing/simulator';
import { prefetchFirstScreen } from './first-screen';

const { sim } = createTestSimulator();
const server = startMswServer(sim);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('The first screen of a page load', () => {
  it('has the space list and the very page the Objects screen will ask for before anything renders', async () => {
    const client = newClient();
    prefetchFirstScreen(client, { pathname: '/s/default/objects', search: '?q=flight&size=50' });
    // Under the screen's own query key (objects-screen.tsx), so the screen finds it instead of asking again.
    const pageKey = objectsPageQuery('default', parseObjectsView(new URLSearchParams('q=flight&size=50'))).queryKey;
    await waitFor(() => expect(client.getQueryData(pageKey)).toMatchObject({ total: 8 }));
    expect(client.getQueryData(pageKey)?.rows).toHaveLength(8);
    expect(client.getQueryData(spaceQueries.list().queryKey)?.map((space) => space.id)).toContain('marketing');
  });

  it('lands on the home screen from /, and asks only for the space list on other screens', async () => {
    const home = newClient();
    prefetchFirstScreen(home, { pathname: '/', search: '' });
    const homeKey = objectsPageQuery('default', parseObjectsView(new URLSearchParams())).queryKey;
    await waitFor(() => expect(home.getQueryData(homeKey)).toMatchObject({ total: 41 }));

    const copy = newClient();
    prefetchFirstScreen(copy, { pathname: '/s/default/copy', search: '' });
    await waitFor(() => expect(copy.getQueryData(spaceQueries.list().queryKey)).toBeDefined());
    expect(copy.getQueryCache().getAll().map((query) => query.queryKey[0])).toEqual(['spaces']);
  });
});
