import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { createTestSimulator, startMswServer } from '../../testing/simulator';
import { ObjectsRoute } from './route';

const { sim } = createTestSimulator();
const server = startMswServer(sim);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  sim.resetToInitial();
});
afterAll(() => server.close());

const renderScreen = (route = '/s/default/objects') => renderWithProviders(<ObjectsRoute />, { route });
// The only table on the screen while no flyout is open (EUI fills its caption in after a delay).
const objectsTable = () => screen.getByRole('table');
const dataRows = () => within(objectsTable()).getAllByRole('row').slice(1);
const titles = () => dataRows().map((row) => within(row).getByRole('link').textContent);
const status = (text: string | RegExp) => screen.findByText(text, { selector: '[role="status"]' });

describe('Objects table', () => {
  it('pages through the space newest first and keeps the page in the URL', async () => {
    const { user, router } = renderScreen();
    expect(await status('Showing 1–20 of 41 saved objects')).toBeInTheDocument();
    expect(dataRows()).toHaveLength(20);
    // Newest first: the demo's tags were saved last.
    expect(titles().slice(0, 3)).toEqual(['Production', 'Executive', 'Team: Web']);

    await user.click(screen.getByRole('link', { name: 'Next page' }));
    expect(await status('Showing 21–40 of 41 saved objects')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2');
    await user.click(screen.getByRole('link', { name: 'Page 3 of 3' }));
    expect(await status('Showing 41–41 of 41 saved objects')).toBeInTheDocument();
    // The oldest object is last.
    expect(titles()).toEqual(['metrics-*']);
  });

  it('filters by type from the filter list, with a count per type', async () => {
    const { user, router } = renderScreen();
    await status(/of 41 saved objects/);
    await user.click(screen.getByRole('button', { name: /^Type \d/ }));
    const types = await screen.findByRole('listbox', { name: 'Types' });
    const dashboards = within(types).getByRole('option', { name: /Dashboard/ });
    expect(await within(dashboards).findByText('7')).toBeInTheDocument(); // dashboards in the default space
    await user.click(dashboards);

    expect(await status('Showing 1–7 of 7 saved objects')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?types=dashboard');
    expect(screen.getByRole('searchbox', { name: 'Search saved objects' })).toHaveValue('type:(dashboard)');
    for (const row of dataRows()) expect(within(row).getByText('Dashboard')).toBeInTheDocument();
  });

  it('shows every space at once, with the spaces of each row', async () => {
    const { user, router } = renderScreen();
    await status(/of 41 saved objects/);
    await user.click(screen.getByRole('button', { name: 'All spaces' }));
    expect(await status(/Showing 1–20 of 1\d\d saved objects/)).toBeInTheDocument();
    expect(router.state.location.search).toBe('?scope=all');

    await user.type(screen.getByRole('searchbox', { name: 'Search saved objects' }), '"campaign board"');
    expect(await status('Showing 1–1 of 1 saved object')).toBeInTheDocument();
    expect(within(dataRows()[0]).getByRole('img', { name: 'Marketing' })).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Search saved objects' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search saved objects' }), 'metrics');
    await waitFor(() => expect(titles()).toContain('metrics-*'));
    const shared = dataRows().find((row) => within(row).queryByRole('link', { name: 'metrics-*' }));
    expect(within(shared!).getByText('all spaces')).toBeInTheDocument();
  });

  it('opens the view a URL describes, and puts every change back into the URL', async () => {
    const { user, router } = renderScreen('/s/default/objects?scope=all&spaces=marketing&types=dashboard&q=overview&sort=title&direction=asc');
    expect(await status('Showing 1–3 of 3 saved objects')).toBeInTheDocument();
    const ascending = ['[Campaign events] Overview', '[Web logs] Overview', '[eCommerce orders] Overview'];
    expect(titles()).toEqual(ascending);
    expect(screen.getByRole('searchbox', { name: 'Search saved objects' })).toHaveValue('type:(dashboard) overview');
    expect(screen.getByRole('button', { name: 'All spaces' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /Title/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Title/ }));
    await waitFor(() => expect(titles()).toEqual([...ascending].reverse()));
    expect(new URLSearchParams(router.state.location.search).get('direction')).toBeNull(); // desc is the default

    // Back restores the previous view, search box included.
    await router.navigate(-1);
    await waitFor(() => expect(titles()).toEqual(ascending));
    await router.navigate('/s/default/objects?q=flights');
    await waitFor(() => expect(screen.getByRole('searchbox', { name: 'Search saved objects' })).toHaveValue('flights'));
  });

  it('keeps the selection across pages and can select every match', async () => {
    const { user } = renderScreen();
    await status(/of 41 saved objects/);
    // Each row's checkbox is named by the object's title.
    await user.click(screen.getByRole('checkbox', { name: 'Select Production' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Executive' }));
    await user.click(screen.getByRole('link', { name: 'Next page' }));
    await status(/Showing 21–40/);
    await user.click(screen.getByRole('checkbox', { name: 'Select Flight data: all events' }));
    expect(await screen.findByText('3 selected')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Previous page' }));
    await status(/Showing 1–20/);
    expect(screen.getByRole('checkbox', { name: 'Select Production' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select Team: Web' })).not.toBeChecked();
    const selection = screen.getByRole('region', { name: 'Selection' });
    expect(within(selection).getByRole('link', { name: 'Copy to spaces' })).toHaveAttribute(
      'href',
      '/s/default/copy?objects=tag%3Atag-production%2Ctag%3Atag-executive%2Csearch%3Aflights-search',
    );

    await user.click(within(selection).getByRole('button', { name: 'Select all 41 matching' }));
    expect(await screen.findByText('All 41 matching selected')).toBeInTheDocument();
    for (const row of screen.getAllByRole('checkbox', { name: /^Select (?!all)/ })) expect(row).toBeChecked();
    const bulkEdit = within(selection).getByRole('link', { name: 'Bulk edit' }).getAttribute('href') ?? '';
    expect(JSON.parse(new URL(bulkEdit, 'http://x').searchParams.get('query') ?? '')).toEqual({
      type: ['dashboard', 'visualization', 'lens', 'search', 'map', 'canvas-workpad', 'tag', 'index-pattern', 'config'],
    });

    // Unticking one row ends "all matching", and the bar says so plainly.
    await user.click(screen.getByRole('checkbox', { name: 'Select Production' }));
    await waitFor(() =>
      expect(within(selection).getByRole('status')).toHaveTextContent(
        '19 selected — Unticking a row ended the selection of all 41 matching: only the 19 rows still ticked on this page stay selected.',
      ),
    );
    expect(within(selection).getByRole('button', { name: 'Select all 41 matching' })).toBeInTheDocument();

    await user.click(within(selection).getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByRole('region', { name: 'Selection' })).not.toBeInTheDocument();
  });

  it('waits for a pause in typing and ignores answers to older searches', async () => {
    const searches: string[] = [];
    let releaseSlow: () => void = () => {};
    const slow = new Promise<void>((resolve) => (releaseSlow = resolve));
    server.use(
      http.get('*/api/saved_objects/_find', async ({ request }) => {
        const search = new URL(request.url).searchParams.get('search');
        if (search) searches.push(search);
        // The answer to the first search arrives last.
        if (search === 'web*') await slow;
        return undefined; // on to the simulator
      }),
    );
    const { user, router } = renderScreen();
    await status(/of 41 saved objects/);
    const box = screen.getByRole('searchbox', { name: 'Search saved objects' });

    await user.type(box, 'web');
    await waitFor(() => expect(searches).toContain('web*'));
    await user.clear(box);
    await user.type(box, 'flight');
    expect(await status('Showing 1–8 of 8 saved objects')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=flight');
    releaseSlow();

    await waitFor(() => expect(searches.filter((s) => s === 'web*').length).toBeGreaterThan(0));
    expect(titles().every((title) => /flight/i.test(title ?? ''))).toBe(true);
    expect(await status('Showing 1–8 of 8 saved objects')).toBeInTheDocument();
    // Typed letter by letter, but only whole words were searched.
    expect(searches.some((s) => ['w*', 'we*', 'f*', 'fl*', 'fli*', 'flig*', 'fligh*'].includes(s))).toBe(false);
  });

  it('changes page with the count and the page requests in flight at once', async () => {
    const { user } = renderScreen();
    await status('Showing 1–20 of 41 saved objects');
    // From here on, each count or page request is held until the other kind has arrived too (or 5 s
    // have passed): sent one after the other, they are never in flight together.
    const arrived = new Set<string>();
    let bothArrived: () => void = () => {};
    const together = new Promise<void>((resolve) => (bothArrived = resolve));
    const inFlight = { count: 0, page: 0 };
    let overlapped = false;
    server.use(
      http.get('*/api/saved_objects/_find', async ({ request }) => {
        const params = new URL(request.url).searchParams;
        if (params.has('aggs')) return undefined; // the type counts of the search bar
        const kind = params.get('per_page') === '0' ? 'count' : 'page';
        arrived.add(kind);
        if (arrived.size === 2) bothArrived();
        inFlight[kind]++;
        if (inFlight.count > 0 && inFlight.page > 0) overlapped = true;
        await Promise.race([together, new Promise((resolve) => setTimeout(resolve, 5000))]);
        inFlight[kind]--;
        return undefined; // on to the simulator
      }),
    );
    await user.click(screen.getByRole('link', { name: 'Next page' }));
    expect(await status('Showing 21–40 of 41 saved objects')).toBeInTheDocument();
    expect(titles()).toHaveLength(20);
    expect(overlapped).toBe(true);
  });

  it('says it is still waiting on a slow first load, and can cancel and try again', async () => {
    let answer: () => void = () => {};
    let held = 0;
    server.use(
      http.get('*/api/saved_objects/_find', async ({ request }) => {
        const params = new URL(request.url).searchParams;
        // Only the table's count (every type at once; the type filter counts one type at a time).
        if (params.get('per_page') !== '0' || params.getAll('type').length < 2) return undefined;
        // The first count hangs until the test lets it go, or the request is cancelled.
        if (held++ > 0) return undefined;
        await new Promise<void>((resolve) => {
          answer = resolve;
          request.signal.addEventListener('abort', () => resolve());
        });
        return undefined;
      }),
    );
    const { user } = renderScreen();
    expect(await status('Still waiting for Kibana to answer…')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Loading cancelled')).toBeInTheDocument();
    answer();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await status('Showing 1–20 of 41 saved objects')).toBeInTheDocument();
  });

  it('shows a failed load in place of the table, and Retry recovers', async () => {
    sim.faults.replace([{ path: '/api/saved_objects/_find', status: 503, times: 1 }]);
    const { user } = renderScreen();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Could not load saved objects')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await status('Showing 1–20 of 41 saved objects')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says what to do when nothing matches or a space is empty', async () => {
    const { user } = renderScreen('/s/default/objects?q=nothing-like-this');
    expect(await screen.findByRole('heading', { name: 'No saved objects match' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(await status(/of 41 saved objects/)).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search saved objects' })).toHaveValue('');
  });

  it('explains why titles sort only with one type', async () => {
    renderScreen();
    await status(/of 41 saved objects/);
    expect(screen.queryByRole('button', { name: /^Title/ })).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Title/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open by id' })).toHaveAttribute('href', '/s/default/aliases');
  });
});
