import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SavedObject } from '../../contract/kibana';
import { renderWithProviders } from '../../testing/render';
import { createTestSimulator, startMswServer } from '../../testing/simulator';
import { WithToasts } from '../../testing/with-toasts';
import { CopyToSpaceRoute } from './route';

const t = createTestSimulator();
const server = startMswServer(t.sim);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.events.removeAllListeners();
  t.sim.resetToInitial();
  server.resetHandlers();
  window.sessionStorage.clear();
});
afterAll(() => server.close());

function renderWizard(objects: string) {
  return renderWithProviders(
    <WithToasts>
      <CopyToSpaceRoute />
    </WithToasts>,
    { route: `/s/default/copy?objects=${objects}` },
  );
}

type User = ReturnType<typeof renderWizard>['user'];

async function copyTo(user: User, spaces: string[], mode: RegExp) {
  const list = await screen.findByRole('listbox', { name: 'Target spaces' });
  for (const name of spaces) await user.click(within(list).getByRole('option', { name: new RegExp(`^${name}`) }));
  await user.click(screen.getByLabelText(mode));
  await user.click(screen.getByRole('button', { name: /^Copy \d+ objects? / }));
}

/** The space's row of the status table once its answer is in (while the copy is out it says "Copying…"). */
const statusOf = (space: string) =>
  waitFor(() => {
    const table = screen.getByRole('table', { name: /^Status of every target space/ });
    const row = within(table).getByRole('row', { name: new RegExp(space) });
    expect(row).not.toHaveTextContent('Copying…');
    return row;
  });

const reportRow = async (space: string, title: string) => {
  const table = await screen.findByRole('table', { name: /^Copy report/ });
  return within(table)
    .getAllByRole('row')
    .find((row) => row.textContent?.startsWith(space) && row.textContent.includes(title));
};

async function objectsIn(space: string, type: string): Promise<SavedObject[]> {
  const { body } = await t.json<{ saved_objects: SavedObject[] }>('GET', `/s/${space}/api/saved_objects/_find?type=${type}&per_page=1000`);
  return body.saved_objects;
}

describe('Copy to spaces', () => {
  it('shows the reference closure and flags the reference missing in the source', async () => {
    renderWizard('dashboard:legacy-errors-dashboard');
    expect(await screen.findByRole('button', { name: 'Related objects added: 1' })).toBeInTheDocument();
    expect(await screen.findByText('1 missing reference in Default')).toBeInTheDocument();
    expect(screen.getByText('Data view deleted-logs-data-view')).toBeInTheDocument();
    // The source space is not offered as a target.
    const list = screen.getByRole('listbox', { name: 'Target spaces' });
    expect(within(list).queryByRole('option', { name: /^Default/ })).not.toBeInTheDocument();
  });

  it('takes a search hand-over from the all-spaces view and copies from the space the objects live in', async () => {
    const query = encodeURIComponent(JSON.stringify({ type: ['dashboard'], search: 'fork', namespaces: ['*'] }));
    renderWithProviders(<CopyToSpaceRoute />, { route: `/s/default/copy?query=${query}` });
    expect(await screen.findByRole('heading', { name: 'From Engineering: 2 selected, 0 related' })).toBeInTheDocument();
    const list = screen.getByRole('listbox', { name: 'Target spaces' });
    expect(within(list).getByRole('option', { name: /^Default/ })).toBeInTheDocument();
    expect(within(list).queryByRole('option', { name: /^Engineering/ })).not.toBeInTheDocument();
  });

  it('decides a conflict (overwrite or skip), an ambiguous conflict and a remap, and reports each object', async () => {
    const { user } = renderWizard('dashboard:web-overview,dashboard:legacy-errors-dashboard');
    await copyTo(user, ['Marketing', 'Engineering'], /ask me for each conflict/);

    expect(await statusOf('Marketing')).toHaveTextContent('Needs decisions');
    expect(await statusOf('Engineering')).toHaveTextContent('2 to decide');
    // The conflict shows what it would replace.
    const conflicts = screen.getAllByText(/Would replace/);
    expect(conflicts.some((c) => c.textContent?.includes('[Web logs] Overview') && c.textContent.includes('(mk-web-overview)'))).toBe(true);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Decision for [Web logs] Overview in Marketing' }), 'overwrite:mk-web-overview');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Decision for [Web logs] Overview in Engineering' }), 'overwrite:en-web-traffic-b');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Decision for [Legacy] Error spikes (data view deleted) in Engineering' }), 'remap');
    // Incomplete until a replacement is picked.
    expect(screen.getByRole('button', { name: 'Copy with these decisions' })).toBeDisabled();
    const picker = screen.getByRole('combobox', { name: 'Replace Data view deleted-logs-data-view in engineering with' });
    await within(picker).findByRole('option', { name: /en-k8s-data-view/ });
    await user.selectOptions(picker, 'en-k8s-data-view');
    await user.click(screen.getByRole('button', { name: 'Copy with these decisions' }));

    expect(await reportRow('Marketing', '[Web logs] Overview')).toHaveTextContent('Overwritten');
    expect(await reportRow('Marketing', 'Requests per minute')).toHaveTextContent('Skipped');
    expect(await reportRow('Engineering', '[Web logs] Overview')).toHaveTextContent('Overwritten');
    expect(await reportRow('Engineering', 'Error spikes')).toHaveTextContent('Remapped');
    expect(await reportRow('Engineering', 'Error spikes')).toHaveTextContent('index-pattern:deleted-logs-data-view → index-pattern:en-k8s-data-view');

    // What Kibana holds now.
    const marketingVis = (await objectsIn('marketing', 'visualization')).find((v) => v.id === 'mk-web-vis-0');
    expect(marketingVis?.attributes.title).toBe('[Web logs] Requests per minute');
    expect((await objectsIn('marketing', 'dashboard')).find((d) => d.id === 'mk-web-overview')?.originId).toBe('web-overview');
    expect((await objectsIn('engineering', 'dashboard')).find((d) => d.id === 'en-web-traffic-b')?.attributes.title).toBe('[Web logs] Overview');
    const remapped = (await objectsIn('engineering', 'visualization')).filter((v) => v.originId === 'orphan-errors-vis');
    expect(remapped.map((v) => v.references.find((r) => r.type === 'index-pattern')?.id)).toEqual(['en-k8s-data-view']);
  });

  it('with "create new copies" gives fresh ids and no decisions', async () => {
    const { user } = renderWizard('dashboard:web-overview');
    await copyTo(user, ['Marketing'], /Create new copies/);
    expect(await statusOf('Marketing')).toHaveTextContent('Copied');
    const row = await reportRow('Marketing', '[Web logs] Overview');
    expect(row).toHaveTextContent('Created');
    const copies = (await objectsIn('marketing', 'dashboard')).filter((d) => d.attributes.title === '[Web logs] Overview' && d.id !== 'mk-web-overview');
    expect(copies).toHaveLength(1);
    expect(row).toHaveTextContent(copies[0].id);
    expect(copies[0].originId).toBeUndefined();
    // The report's link opens the copy (its new id) in the Objects screen of the target space.
    const link = within(row!).getByRole('link', { name: '[Web logs] Overview' });
    expect(new URL(link.getAttribute('href')!, 'http://console.test').pathname).toBe('/s/marketing/objects');
    expect(new URL(link.getAttribute('href')!, 'http://console.test').searchParams.get('object')).toBe(`dashboard:${copies[0].id}`);
  });

  it('shows unsupported types and space-level failures with their reason, without hiding the other spaces', async () => {
    server.use(
      http.post('*/api/spaces/_copy_saved_objects', () =>
        HttpResponse.json({
          marketing: {
            success: false,
            successCount: 1,
            successResults: [{ type: 'dashboard', id: 'web-overview', meta: { title: '[Web logs] Overview' } }],
            errors: [{ type: 'widget', id: 'w1', meta: { title: 'A widget' }, error: { type: 'unsupported_type' } }],
          },
          sales: { success: false, successCount: 0, errors: [{ statusCode: 403, error: 'Forbidden', message: 'Unable to bulk_create dashboard' }] },
        }),
      ),
    );
    const { user } = renderWizard('dashboard:web-overview');
    await copyTo(user, ['Marketing', 'Sales'], /overwrite them automatically/);
    expect(await statusOf('Marketing')).toHaveTextContent('Copied, some failed');
    expect(await statusOf('Sales')).toHaveTextContent('Unable to bulk_create dashboard');
    expect(await reportRow('Marketing', 'w1')).toHaveTextContent('Unsupported type');
    expect(await reportRow('Marketing', '[Web logs] Overview')).toHaveTextContent('Created');
    expect(await reportRow('Sales', '[Web logs] Overview')).toHaveTextContent('Failed');
  });

  it('while the copy is out, every target space says "Copying…" until its answer arrives', async () => {
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.post('*/api/spaces/_copy_saved_objects', async () => {
        await held;
        return HttpResponse.json({ marketing: { success: true, successCount: 0 }, sales: { success: true, successCount: 0 } });
      }),
    );
    const { user } = renderWizard('dashboard:web-overview');
    await copyTo(user, ['Marketing', 'Sales'], /Create new copies/);
    const table = await screen.findByRole('table', { name: /^Status of every target space/ });
    expect(within(table).getByRole('row', { name: /Marketing/ })).toHaveTextContent('Copying…');
    expect(within(table).getByRole('row', { name: /Sales/ })).toHaveTextContent('Copying…');
    expect(screen.queryByRole('button', { name: /Re-check/ })).not.toBeInTheDocument();
    answer();
    expect(await statusOf('Marketing')).toHaveTextContent('Copied');
    expect(await statusOf('Sales')).toHaveTextContent('Copied');
  });

  it('once the copy is sent, the first steps say in a line what was chosen, and Start over brings their lists back', async () => {
    const { user } = renderWizard('dashboard:web-overview');
    const heading = await screen.findByRole('heading', { name: /^From Default: 1 selected, \d+ related$/ });
    const related = Number(/(\d+) related/.exec(heading.textContent ?? '')?.[1]);
    await copyTo(user, ['Marketing', 'Sales'], /Create new copies/);
    expect(await statusOf('Sales')).toHaveTextContent('Copied');
    expect(screen.getByRole('list', { name: 'Objects copied' })).toHaveTextContent(`From Default: 1 selected object and ${related} related object${related === 1 ? '' : 's'}`);
    expect(screen.getByText('Marketing, Sales')).toBeInTheDocument();
    expect(screen.getByText(/^Create new copies: every object gets a new id/)).toBeInTheDocument();
    expect(screen.queryByRole('listbox', { name: 'Target spaces' })).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(await screen.findByRole('listbox', { name: 'Target spaces' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^Create new copies/ })).toBeChecked();
  });

  it('pages a grid of more than 20 decisions, and "Overwrite all" decides the rows of every page', async () => {
    const ids = Array.from({ length: 25 }, (_, i) => `paged-vis-${String(i).padStart(2, '0')}`);
    await t.json('POST', '/api/saved_objects/_bulk_create', { body: ids.map((id) => ({ type: 'visualization', id, attributes: { title: `Paged ${id}` } })) });
    // The same objects in Marketing already (same ids): copying them again there conflicts, 25 times.
    const seeded = await t.json<Record<string, { successCount: number }>>('POST', '/api/spaces/_copy_saved_objects', {
      body: { objects: ids.map((id) => ({ type: 'visualization', id })), spaces: ['marketing'], includeReferences: false, overwrite: false, createNewCopies: false },
    });
    expect(seeded.body.marketing.successCount).toBe(25);
    const { user } = renderWizard(ids.map((id) => `visualization:${id}`).join(','));
    await copyTo(user, ['Marketing'], /ask me for each conflict/);
    const grid = await screen.findByRole('table', { name: /^Decisions for every conflict/ });
    expect(within(grid).getAllByRole('combobox')).toHaveLength(20);
    expect(screen.getByText('Rows 1–20 of 25')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Overwrite all' }));
    await user.click(screen.getByRole('button', { name: /^Next page/ }));
    expect(await screen.findByText('Rows 21–25 of 25')).toBeInTheDocument();
    const lastPage = within(grid).getAllByRole('combobox');
    expect(lastPage.map((select) => select.getAttribute('aria-label'))).toEqual(ids.slice(20).map((id) => `Decision for Paged ${id} in Marketing`));
    for (const select of lastPage) expect(select).toHaveDisplayValue('Overwrite');
  });

  it('a second click on Copy before the screen has updated sends nothing more', async () => {
    let copies = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/_copy_saved_objects')) copies += 1;
    });
    const { user } = renderWizard('dashboard:web-overview');
    const list = await screen.findByRole('listbox', { name: 'Target spaces' });
    await user.click(within(list).getByRole('option', { name: /^Marketing/ }));
    const copy = screen.getByRole('button', { name: /^Copy 1 object/ });
    // Two clicks before React renders the first one's "Copying…" (the button is still there for the second).
    act(() => {
      copy.click();
      copy.click();
    });
    expect(await statusOf('Marketing')).toHaveTextContent('Copied');
    expect(copies).toBe(1);
    expect((await objectsIn('marketing', 'dashboard')).filter((d) => d.attributes.title === '[Web logs] Overview' && d.id !== 'mk-web-overview')).toHaveLength(1);
  });

  it('a lost copy answer marks the space unknown; nothing is resent until the admin re-checks and asks', async () => {
    t.sim.faults.replace([{ path: '/api/spaces/_copy_saved_objects', drop: true, times: 1 }]);
    const { user } = renderWizard('dashboard:web-overview');
    await copyTo(user, ['Sales'], /Create new copies/);
    expect(await statusOf('Sales')).toHaveTextContent('Unknown: re-check');
    const resend = screen.getByRole('button', { name: 'Send again (re-check first)' });
    expect(resend).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Re-check the space' }));
    expect((await screen.findAllByText(/Nothing from this copy is in the space: sending again is safe/))[0]).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send again' }));
    expect(await statusOf('Sales')).toHaveTextContent('Copied');
    const copies = (await objectsIn('sales', 'dashboard')).filter((d) => d.attributes.title === '[Web logs] Overview');
    expect(copies).toHaveLength(1);
  });
});
