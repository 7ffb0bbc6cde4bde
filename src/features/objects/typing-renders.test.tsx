// What a keystroke costs: at 500 rows a page, rendering the table again takes hundreds of milliseconds on
// a slow machine, so typing must render the search field and nothing else until the search applies.
import { act, screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { createElement, type ComponentType } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { createTestSimulator, startMswServer } from '../../testing/simulator';
import { ObjectsRoute } from './route';

// Each render of the table and of the filter controls, noted with the URL's search at that moment.
const renders = vi.hoisted(() => ({ table: [] as string[], filters: [] as string[], urlSearch: (): string => '' }));
vi.mock('@elastic/eui', async (importOriginal) => {
  const eui = await importOriginal<typeof import('@elastic/eui')>();
  const counted = (log: string[], component: unknown) =>
    function Counted(props: object) {
      log.push(renders.urlSearch());
      return createElement(component as ComponentType, props);
    };
  return {
    ...eui,
    EuiBasicTable: counted(renders.table, eui.EuiBasicTable),
    // The type filter's button (its counts are queried by the same component) and the scope buttons.
    EuiFilterButton: counted(renders.filters, eui.EuiFilterButton),
    EuiButtonGroup: counted(renders.filters, eui.EuiButtonGroup),
  };
});

const { sim } = createTestSimulator();
const server = startMswServer(sim);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  sim.resetToInitial();
});
afterAll(() => server.close());

const status = (text: string | RegExp) => screen.findByText(text, { selector: '[role="status"]' });

async function openScreen(route: string) {
  const rendered = renderWithProviders(<ObjectsRoute />, { route });
  await status(/Showing 1–\d+ of \d+ saved objects/);
  renders.urlSearch = () => rendered.router.state.location.search;
  renders.table.length = 0;
  renders.filters.length = 0;
  return rendered;
}

describe('Typing a search', () => {
  it('renders neither the table nor the filters until the typed search applies', async () => {
    const { user } = await openScreen('/s/default/objects?scope=all&size=500');
    const box = screen.getByRole('searchbox', { name: 'Search saved objects' });

    await user.type(box, 'flight');
    expect(box).toHaveValue('flight');
    expect(await status('Showing 1–8 of 8 saved objects')).toBeInTheDocument();

    // Every render came after the search reached the URL (one of its prefixes, on a slow machine): none
    // for the keystrokes themselves.
    expect(renders.table.filter((search) => search === '?scope=all&size=500')).toEqual([]);
    expect(renders.filters.filter((search) => search === '?scope=all&size=500')).toEqual([]);
    // …and the counter does see the table showing the search's rows.
    expect(renders.table).toContain('?scope=all&q=flight&size=500');
  });

  it('keeps the table as it is while the same rows are refreshed in the background', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const { queryClient } = await openScreen('/s/default/objects?size=500');
    server.use(
      http.get('*/api/saved_objects/_find', async () => {
        await held;
        return undefined; // on to the simulator
      }),
    );

    let refreshed: Promise<unknown> = Promise.resolve();
    act(() => {
      refreshed = queryClient.refetchQueries({ type: 'active' });
    });
    // The refresh is shown (a line above the table, the table marked busy)…
    expect(await screen.findByRole('progressbar', { name: 'Refreshing saved objects' })).toBeInTheDocument();
    release();
    await act(() => refreshed);
    await waitFor(() => expect(screen.queryByRole('progressbar', { name: 'Refreshing saved objects' })).not.toBeInTheDocument());
    // …without rendering the 41 rows again, twice, for the same data.
    expect(screen.getByText('Showing 1–41 of 41 saved objects', { selector: '[role="status"]' })).toBeInTheDocument();
    expect(renders.table).toEqual([]);
  });
});
