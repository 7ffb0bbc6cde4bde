import { screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedState } from '../../simulator/state/seed';
import { renderWithProviders } from '../../testing/render';
import { createTestSimulator, startMswServer } from '../../testing/simulator';
import { ObjectsRoute } from './route';

const { sim, json } = createTestSimulator(() => seedState({ objects: 100_000 }));
const server = startMswServer(sim);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** What Kibana itself says the total is, to compare with what the screen shows. */
async function kibanaTotal(query: string): Promise<number> {
  const types = ['dashboard', 'visualization', 'lens', 'search', 'map', 'canvas-workpad', 'tag', 'index-pattern', 'config'];
  const { body } = await json<{ total: number }>('GET', `/api/saved_objects/_find?per_page=0&${types.map((t) => `type=${t}`).join('&')}${query}`);
  return body.total;
}

describe('Objects table with 100,000 saved objects', () => {
  it('shows page 1 of one space with the right total, one page of rows, and says what Kibana cannot page', async () => {
    const total = await kibanaTotal('');
    expect(total).toBeGreaterThan(10_000);
    renderWithProviders(<ObjectsRoute />, { route: '/s/default/objects' });

    expect(await screen.findByText(`Showing 1–20 of ${total.toLocaleString('en-US')} saved objects`, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(21); // header + one page
    expect(screen.getByText(`Only the first 10,000 of ${total.toLocaleString('en-US')} matches can be paged through`)).toBeInTheDocument();
    // Newest first needs the end of the ascending order, out of Kibana's reach here: said, not hidden.
    expect(screen.getByText('Shown in ascending order')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Updated/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('link', { name: 'Page 500 of 500' })).toBeInTheDocument();
  });

  it('shows every space at once just as quickly', async () => {
    const total = await kibanaTotal('&namespaces=*');
    expect(total).toBeGreaterThan(100_000);
    const { user } = renderWithProviders(<ObjectsRoute />, { route: '/s/default/objects?scope=all&size=50&direction=asc' });
    expect(await screen.findByText(`Showing 1–50 of ${total.toLocaleString('en-US')} saved objects`, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(51);

    await user.click(screen.getByRole('link', { name: 'Page 200 of 200' }));
    expect(await screen.findByText(`Showing 9,951–10,000 of ${total.toLocaleString('en-US')} saved objects`, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(51);
  });
});
