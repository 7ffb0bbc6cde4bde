import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedState } from '../../simulator/state/seed';
import { WithToasts } from '../../testing/with-toasts';
import { renderWithProviders } from '../../testing/render';
import { createTestSimulator, startMswServer } from '../../testing/simulator';
import { ObjectsRoute } from './route';

// The demo, plus a dashboard whose id a browser cannot put in a URL path.
const { sim, json } = createTestSimulator(() => {
  const state = seedState();
  state.objects.push({
    type: 'dashboard',
    id: '..',
    namespaces: ['default'],
    attributes: { title: 'Dot-dot board' },
    references: [],
    updated_at: '2026-01-01T00:00:00.000Z',
  });
  return state;
});
const server = startMswServer(sim);
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // See object-flyout.test.tsx: computed styles are the inline styles only, or each modal open takes seconds.
  vi.spyOn(window, 'getComputedStyle').mockImplementation((element) => (element as HTMLElement).style);
});
afterEach(() => sim.resetToInitial());
afterAll(() => server.close());

async function openDelete(objectKey: string, title: string) {
  const rendered = renderWithProviders(
    <WithToasts>
      <ObjectsRoute />
    </WithToasts>,
    { route: `/s/default/objects?object=${objectKey}` },
  );
  const flyout = await screen.findByRole('dialog', { name: title });
  await rendered.user.click(within(flyout).getByRole('button', { name: 'Delete' }));
  const modal = await screen.findByRole('alertdialog', { name: `Delete “${title}”?` });
  return { ...rendered, modal };
}

async function exists(type: string, id: string): Promise<boolean> {
  const { body } = await json<{ saved_objects: { error?: unknown }[] }>('POST', '/api/saved_objects/_bulk_get', { body: [{ type, id }] });
  return !body.saved_objects[0].error;
}

describe('Delete confirmation', () => {
  it('names and lists the objects that reference it, and deletes only once the admin ticks "delete anyway"', async () => {
    const { user, modal } = await openDelete('index-pattern:web-data-view', 'logs-nginx.access-*');
    const warning = await within(modal).findByText('6 saved objects reference it');
    expect(warning).toBeInTheDocument();
    const list = within(modal).getByRole('list', { name: 'Saved objects that reference it' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(6);
    expect(within(list).getByText('[Web logs] Requests per minute')).toBeInTheDocument();

    const remove = within(modal).getByRole('button', { name: 'Delete' });
    expect(remove).toBeDisabled();
    await user.click(within(modal).getByRole('checkbox', { name: 'Delete it anyway: 6 objects will be left with a missing reference' }));
    expect(remove).toBeEnabled();
    await user.click(remove);
    expect(await screen.findByText('Deleted “logs-nginx.access-*”')).toBeInTheDocument();
    expect(await exists('index-pattern', 'web-data-view')).toBe(false);
  });

  it('asks for nothing more when no object references it', async () => {
    const { modal } = await openDelete('dashboard:kpi-overview', 'Company KPIs');
    expect(await within(modal).findByText('No saved object references it.')).toBeInTheDocument();
    expect(within(modal).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(modal).getByRole('button', { name: 'Delete' })).toBeEnabled();
  });

  it('refuses an id the browser would rewrite, before sending anything, and never says "Already gone"', async () => {
    const { modal } = await openDelete('dashboard:..', 'Dot-dot board');
    expect(within(modal).getByText("This id cannot be deleted through Kibana's HTTP API")).toBeInTheDocument();
    expect(within(modal).getByText(/browsers rewrite “\.” and “\.\.”/)).toBeInTheDocument();
    expect(within(modal).getByRole('button', { name: 'Delete' })).toBeDisabled();
    expect(within(modal).queryByText('Already gone')).not.toBeInTheDocument();
    expect(await exists('dashboard', '..')).toBe(true);
  });

  it('says the result is unknown when the answer is lost, then reads again: deleted', async () => {
    const { user, modal } = await openDelete('dashboard:kpi-overview', 'Company KPIs');
    await within(modal).findByText('No saved object references it.');
    // Kibana deletes it, then the connection drops before the answer arrives.
    await json('DELETE', '/api/saved_objects/dashboard/kpi-overview');
    sim.faults.replace([{ method: 'DELETE', path: '/api/saved_objects/dashboard/kpi-overview', drop: true }]);
    await user.click(within(modal).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Deleted “Company KPIs”')).toBeInTheDocument();
    expect(screen.getByText('The answer from Kibana was lost, so the result is unknown; reading it again shows Kibana no longer has it.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.queryByText(/Kibana failed to delete it|try again/)).not.toBeInTheDocument();
  });

  it('says the result is unknown when the answer is lost, then reads again: still there, and checks again when that read fails', async () => {
    const { user, modal } = await openDelete('dashboard:kpi-overview', 'Company KPIs');
    await within(modal).findByText('No saved object references it.');
    sim.faults.replace([
      { method: 'DELETE', path: '/api/saved_objects/dashboard/kpi-overview', drop: true, times: 1 },
      { method: 'POST', path: '/api/saved_objects/_bulk_get', status: 503, times: 1 },
    ]);
    await user.click(within(modal).getByRole('button', { name: 'Delete' }));

    const unknown = await within(modal).findByRole('alert');
    expect(unknown).toHaveTextContent('The result is unknown');
    expect(unknown).toHaveTextContent('“Company KPIs” may or may not have been deleted. Checking failed too: Kibana answered 503');
    expect(within(modal).getByRole('button', { name: 'Delete' })).toBeDisabled();

    await user.click(within(modal).getByRole('button', { name: 'Check again' }));
    const notDeleted = await within(modal).findByText('Not deleted');
    expect(notDeleted).toBeInTheDocument();
    expect(within(modal).getByText(/Reading it again shows Kibana still has “Company KPIs”: the delete did not happen/)).toBeInTheDocument();
    expect(await exists('dashboard', 'kpi-overview')).toBe(true);
    // The admin may now delete it again, on purpose.
    await user.click(within(modal).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Deleted “Company KPIs”')).toBeInTheDocument();
    expect(await exists('dashboard', 'kpi-overview')).toBe(false);
  });
});
