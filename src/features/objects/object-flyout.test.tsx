import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WithToasts } from '../../testing/with-toasts';
import { renderWithProviders } from '../../testing/render';
import { createTestSimulator, startMswServer } from '../../testing/simulator';
import { ObjectsRoute } from './route';

const { sim, json } = createTestSimulator();
const server = startMswServer(sim);
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // jsdom's getComputedStyle matches every CSS rule EUI injected (~900) on each call, and EUI's focus traps
  // call it for each of hundreds of elements when a modal opens: about 6 s per click here. These tests
  // depend on no stylesheet, so computed styles are the inline styles only (`display: none` still counts).
  vi.spyOn(window, 'getComputedStyle').mockImplementation((element) => (element as HTMLElement).style);
});
afterEach(() => sim.resetToInitial());
afterAll(() => server.close());

const renderAt = (route: string) =>
  renderWithProviders(
    <WithToasts>
      <ObjectsRoute />
    </WithToasts>,
    { route },
  );
const flyout = (name: string | RegExp) => screen.findByRole('dialog', { name });
const section = (within_: HTMLElement, name: string) => within(within_).getByRole('region', { name });

describe('Object flyout', () => {
  it('shows a dashboard with its JSON strings parsed and its references as links', async () => {
    const { user, router } = renderAt('/s/default/objects?object=dashboard:web-overview');
    const dialog = await flyout('[Web logs] Overview');

    const attributes = section(dialog, 'Attributes');
    expect(within(attributes).getByText('JSON stored as text is shown parsed')).toBeInTheDocument();
    expect(within(attributes).getByText('panelsJSON')).toBeInTheDocument();
    const json = attributes.textContent;
    expect(json).toContain('"panelRefName": "panel_0"');
    expect(json).not.toContain('\\"panelRefName\\"');

    expect(within(dialog).getByText('web-overview')).toBeInTheDocument(); // the id
    expect(within(dialog).getByText('Default')).toBeInTheDocument(); // its space

    const references = section(dialog, 'References');
    expect(await within(references).findByRole('link', { name: '[Web logs] Requests per minute' })).toBeInTheDocument();
    expect(within(references).queryByText('missing')).not.toBeInTheDocument();
    await user.click(within(references).getByRole('link', { name: '[Web logs] Requests per minute' }));
    expect(router.state.location.search).toBe('?object=visualization%3Aweb-vis-0');
    const visualization = await flyout('[Web logs] Requests per minute');
    expect(within(section(visualization, 'Attributes')).getByText('visState')).toBeInTheDocument();
  });

  it('flags a reference to a deleted object as missing, and lists who references the object', async () => {
    const { user, router } = renderAt('/s/default/objects?object=visualization:orphan-errors-vis');
    const dialog = await flyout('[Legacy] Error spikes (data view deleted)');
    const references = section(dialog, 'References');
    expect(await within(references).findByText('missing')).toBeInTheDocument();
    expect(within(references).getByText('1 missing reference')).toBeInTheDocument();
    expect(within(references).getByText('deleted-logs-data-view')).toBeInTheDocument();

    const referrers = section(dialog, 'Referenced by');
    expect(await within(referrers).findByRole('heading', { name: 'Referenced by (1)' })).toBeInTheDocument();
    await user.click(within(referrers).getByRole('link', { name: '[Legacy] Error review' }));
    expect(await flyout('[Legacy] Error review')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?object=dashboard%3Alegacy-errors-dashboard');
  });

  it('deletes an object shared to every space only after warning, from all spaces', async () => {
    const { user, router } = renderAt('/s/sales/objects?scope=all&object=index-pattern:shared-metrics-data-view');
    const dialog = await flyout('metrics-*');
    expect(within(dialog).getByText('all spaces')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    const confirm = await screen.findByRole('alertdialog', { name: 'Delete “metrics-*”?' });
    expect(within(confirm).getByText('This object is shared')).toBeInTheDocument();
    expect(within(confirm).getByText(/removes it from/)).toHaveTextContent('It lives in every space. Deleting it removes it from all of them');
    await user.click(within(confirm).getByRole('button', { name: 'Delete from all spaces' }));

    expect(await screen.findByText('Deleted “metrics-*”')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'metrics-*' })).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('?scope=all');
    // Kibana refuses shared deletes without force: it is gone, so force was sent.
    expect((await savedObject('index-pattern', 'shared-metrics-data-view')).error?.statusCode).toBe(404);
    await waitFor(() => expect(screen.queryByRole('link', { name: 'metrics-*' })).not.toBeInTheDocument());
  });

  it('deletes an object of one space without the shared warning', async () => {
    const { user } = renderAt('/s/default/objects?object=dashboard:kpi-overview');
    const dialog = await flyout('Company KPIs');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete “Company KPIs”?' });
    expect(within(confirm).queryByText('This object is shared')).not.toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Deleted “Company KPIs”')).toBeInTheDocument();
  });

  it('explains a failed delete and does not retry it', async () => {
    sim.faults.replace([{ method: 'DELETE', path: '/api/saved_objects/dashboard/kpi-overview', status: 503, times: 1 }]);
    const { user } = renderAt('/s/default/objects?object=dashboard:kpi-overview');
    const dialog = await flyout('Company KPIs');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete “Company KPIs”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    const problem = await within(confirm).findByRole('alert');
    expect(problem).toHaveTextContent('Kibana is not available right now');
    expect(problem).toHaveTextContent('Nothing was retried');
    expect(within(confirm).getByRole('button', { name: 'Delete' })).toBeDisabled();
    // The one failure was used up by the single attempt: the object is still there.
    expect((await savedObject('dashboard', 'kpi-overview')).error).toBeUndefined();
  });

  it('reads an object of another space in that space, from the all-spaces view', async () => {
    const { user, router, unmount } = renderAt('/s/default/objects?scope=all&q=%22campaign+board%22');
    await user.click(await screen.findByRole('link', { name: 'Campaign board' }));
    const dialog = await flyout('Campaign board');
    expect(router.state.location.search).toContain('object=dashboard%3Amk-campaign-board%40marketing');
    expect(within(dialog).getByText('Marketing')).toBeInTheDocument();
    unmount();
    // Advanced settings share an id across spaces: the key names the space.
    renderAt('/s/default/objects?object=config:9.1.0@sales');
    expect(await flyout('9.1.0')).toBeInTheDocument();
    expect(screen.getByText('Sales')).toBeInTheDocument();
  });

  it('shows times in local time with how long ago, and closes with one Escape from a tooltip anchor', async () => {
    const { user, router } = renderAt('/s/default/objects?q=web&object=dashboard:web-overview');
    const dialog = await flyout('[Web logs] Overview');
    const updated = dialog.querySelectorAll('time')[0];
    // e.g. "Friday, 6 November 2026 at 10:00:00 UTC (last month)", not the stored ISO value.
    expect(updated).toHaveTextContent(/\d{4}.*\(.+\)$/);
    expect(updated.textContent).not.toContain(updated.getAttribute('dateTime'));
    updated.focus(); // its tooltip opens, and would take the first Escape
    await user.keyboard('{Escape}');
    await waitFor(() => expect(router.state.location.search).toBe('?q=web'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('says so when the linked object does not exist', async () => {
    renderAt('/s/default/objects?object=dashboard:no-such-thing');
    expect(await flyout('Saved object not found')).toBeInTheDocument();
  });
});

/** What Kibana has now, asked directly (not through the screen). */
async function savedObject(type: string, id: string): Promise<{ error?: { statusCode: number } }> {
  const { body } = await json<{ saved_objects: { error?: { statusCode: number } }[] }>('POST', '/api/saved_objects/_bulk_get', { body: [{ type, id }] });
  return body.saved_objects[0];
}
