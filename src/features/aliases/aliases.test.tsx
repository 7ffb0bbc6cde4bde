import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WithToasts } from '../../testing/with-toasts';
import { renderWithProviders } from '../../testing/render';
import { createTestSimulator, startMswServer } from '../../testing/simulator';
import { AliasesRoute } from './route';

const { sim, json } = createTestSimulator();
const server = startMswServer(sim);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => sim.resetToInitial());
afterAll(() => server.close());

function renderScreen(route = '/s/default/aliases') {
  return renderWithProviders(
    <WithToasts>
      <AliasesRoute />
    </WithToasts>,
    { route },
  );
}

const result = (name: string) => screen.findByRole('region', { name });

async function resolveIds(user: ReturnType<typeof renderScreen>['user'], lines: string[]) {
  await user.click(screen.getByRole('textbox', { name: 'Ids' }));
  await user.paste(lines.join('\n'));
  await user.click(screen.getByRole('button', { name: 'Resolve' }));
}

describe('Open by id', () => {
  it('shows each outcome of the demo aliases in the default space', async () => {
    const { user, router } = renderScreen();
    await resolveIds(user, ['dashboard:web-overview', 'dashboard:old-web-overview', 'dashboard:kpi-overview', 'visualization:legacy-requests', 'widget:w1']);

    expect(await screen.findByText('5 ids: 1 conflict, 1 moved, 1 exact match, 1 not found, 1 unsupported type')).toBeInTheDocument();
    expect(router.state.location.search).toBe(
      '?object=dashboard:web-overview&object=dashboard:old-web-overview&object=dashboard:kpi-overview&object=visualization:legacy-requests&object=widget:w1',
    );

    const exact = await result('dashboard:web-overview');
    expect(within(exact).getByText('Exact match')).toBeInTheDocument();
    expect(within(exact).getByRole('heading', { name: '[Web logs] Overview' })).toBeInTheDocument();
    expect(within(exact).getByRole('link', { name: 'Open in Objects: [Web logs] Overview' })).toHaveAttribute(
      'href',
      '/s/default/objects?object=dashboard:web-overview',
    );

    const moved = await result('dashboard:old-web-overview');
    expect(within(moved).getByText('Moved')).toBeInTheDocument();
    expect(within(moved).getByText(/This id moved to/)).toHaveTextContent(
      'This id moved to web-overview. Its alias was converted when Kibana 8.0 made ids unique across spaces',
    );
    expect(within(moved).getByRole('heading', { name: '[Web logs] Overview' })).toBeInTheDocument();

    const conflict = await result('dashboard:kpi-overview');
    expect(within(conflict).getByText('Conflict')).toBeInTheDocument();
    expect(within(conflict).getByText(/Two different objects answer to/)).toHaveTextContent(
      'created when the object was copied or imported with a new id',
    );
    expect(within(conflict).getByRole('heading', { name: 'Company KPIs' })).toBeInTheDocument();
    expect(await within(conflict).findByRole('heading', { name: 'Company KPIs (imported)' })).toBeInTheDocument();

    const missing = await result('visualization:legacy-requests');
    expect(within(missing).getByText('Not found')).toBeInTheDocument();
    // Its alias is disabled: the result says so, rather than "may have been disabled".
    expect(await within(missing).findByText(/Its alias to/)).toHaveTextContent(
      'No visualization has the id legacy-requests in this space. Its alias to web-vis-0 is disabled, so Kibana no longer follows it',
    );

    const unsupported = await result('widget:w1');
    expect(within(unsupported).getByText('Unsupported type')).toBeInTheDocument();
    expect(within(unsupported).getByText(/Unsupported saved object type: 'widget'/)).toBeInTheDocument();
    // The parser warned before sending it, and sent it anyway.
    expect(screen.getByText(/“widget” is not a saved-object type this console knows/)).toBeInTheDocument();
  });

  it('names bad lines, keeps the text and resolves nothing until they are fixed', async () => {
    const { user } = renderScreen();
    await resolveIds(user, ['dashboard:web-overview', 'web-overview', 'dashboard:']);

    expect(await screen.findByText('2 lines need fixing before the ids can be resolved')).toBeInTheDocument();
    expect(screen.getByText(/No type: write it as type:id/)).toBeInTheDocument();
    expect(screen.getByText(/The id after “dashboard:” is missing/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Ids' })).toHaveValue('dashboard:web-overview\nweb-overview\ndashboard:');
    expect(screen.queryByRole('region', { name: 'dashboard:web-overview' })).not.toBeInTheDocument();
  });

  it('counts in its title every line it lists: those to fix and the notes', async () => {
    const { user } = renderScreen();
    await resolveIds(user, ['dashboard:web-overview', 'dashboard:', 'dashboard:web-overview']);
    expect(await screen.findByText('1 line needs fixing before the ids can be resolved, and 1 note')).toBeInTheDocument();
    expect(screen.getByText(/Same as line 1; resolved once/)).toBeInTheDocument();
    // Resolving is not read-only for the statistics: said next to the button.
    expect(screen.getByRole('button', { name: 'Resolve' })).toHaveAccessibleDescription(/adds one to that alias’s resolve count/);
  });

  it('resolves bare ids as the picked type', async () => {
    const { user } = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Ids of one type' }));
    await resolveIds(user, ['old-web-overview']);
    expect(within(await result('dashboard:old-web-overview')).getByText('Moved')).toBeInTheDocument();
  });

  it('fixes a conflict: after disabling the alias the id is an exact match', async () => {
    const { user } = renderScreen('/s/default/aliases?object=dashboard:kpi-overview');
    const conflict = await result('dashboard:kpi-overview');
    await user.click(within(conflict).getByRole('button', { name: 'Disable the alias' }));

    const modal = await screen.findByRole('alertdialog', { name: 'Disable the alias for dashboard:kpi-overview?' });
    expect(modal).toHaveTextContent('will open “Company KPIs”, the object that has this id');
    expect(modal).toHaveTextContent('stays reachable by its own id, kpi-overview-imported');
    await user.click(within(modal).getByRole('button', { name: 'Disable alias' }));

    expect(await screen.findByText('Disabled the alias for dashboard:kpi-overview')).toBeInTheDocument();
    const fixed = await result('dashboard:kpi-overview');
    expect(await within(fixed).findByText('Exact match')).toBeInTheDocument();
    expect(within(fixed).getByRole('heading', { name: 'Company KPIs' })).toBeInTheDocument();
  });

  it('shows a failed resolve inline with a retry', async () => {
    sim.faults.replace([{ path: '/api/saved_objects/_bulk_resolve', status: 503, times: 1 }]);
    const { user } = renderScreen('/s/default/aliases?object=dashboard:web-overview');
    expect(await screen.findByText('Could not resolve the ids')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(within(await result('dashboard:web-overview')).getByText('Exact match')).toBeInTheDocument();
  });
});

describe('Legacy URL aliases tab', () => {
  const dataRows = () => screen.getAllByRole('row').slice(1);

  it('says “Checking…” for an enabled alias until the conflict check answers, then sorts the conflict first', async () => {
    sim.faults.replace([{ method: 'POST', path: '/api/saved_objects/_bulk_get', delayMs: 8000, times: 1 }]);
    renderScreen('/s/default/aliases?tab=aliases');
    await waitFor(() => expect(dataRows()).toHaveLength(3));
    expect(screen.queryByText('Enabled')).not.toBeInTheDocument();
    expect(screen.getAllByText('Checking…')).toHaveLength(2);
    expect(await screen.findByText('1 alias is in conflict')).toBeInTheDocument();
    expect(dataRows()[0]).toHaveTextContent('Conflict');
    expect(dataRows()[1]).toHaveTextContent('Enabled');
  });

  it('lists the space’s aliases with the conflict first', async () => {
    renderScreen('/s/default/aliases?tab=aliases');
    expect(await screen.findByText('1 alias is in conflict')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Legacy URL aliases' })).toHaveAttribute('aria-selected', 'true');
    const rows = dataRows();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('kpi-overview');
    expect(rows[0]).toHaveTextContent('Conflict');
    expect(rows[0]).toHaveTextContent('Copy or import');
    expect(rows[1]).toHaveTextContent('old-web-overview');
    expect(rows[1]).toHaveTextContent('Enabled');
    expect(rows[1]).toHaveTextContent('8.0 id conversion');
    expect(rows[2]).toHaveTextContent('legacy-requests');
    expect(rows[2]).toHaveTextContent('Disabled');
    expect(within(rows[2]).getByText('Never')).toBeInTheDocument();
    expect(within(rows[0]).getByRole('link', { name: 'kpi-overview-imported' })).toHaveAttribute(
      'href',
      '/s/default/objects?object=dashboard:kpi-overview-imported',
    );
  });

  it('disables the selected aliases after confirmation', async () => {
    const { user } = renderScreen('/s/default/aliases?tab=aliases');
    await screen.findByText('1 alias is in conflict');
    await user.click(within(dataRows()[0]).getByRole('checkbox'));
    await user.click(within(dataRows()[1]).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Disable selected (2)' }));

    const modal = await screen.findByRole('alertdialog', { name: 'Disable 2 aliases?' });
    // The enabled alias leads nowhere once disabled: said in so many words.
    expect(within(modal).getByText(/1 of them is not in conflict/)).toHaveTextContent('will answer “not found”');
    expect(within(modal).getByText(/For the alias in conflict/)).toBeInTheDocument();
    await user.click(within(modal).getByRole('button', { name: 'Disable 2 aliases' }));

    expect(await screen.findByText('Disabled 2 aliases')).toBeInTheDocument();
    expect(screen.queryByText('1 alias is in conflict')).not.toBeInTheDocument();
    expect(dataRows().map((row) => within(row).getByText(/^(Conflict|Enabled|Disabled)$/).textContent)).toEqual(['Disabled', 'Disabled', 'Disabled']);
  });

  it.each([
    { kibanaDidIt: true, title: 'Disabled the alias for dashboard:kpi-overview', says: 'dashboard:kpi-overview is disabled.', status: 'Disabled' },
    { kibanaDidIt: false, title: 'Did not disable the alias for dashboard:kpi-overview', says: 'dashboard:kpi-overview is still enabled: disable again to retry.', status: 'Conflict' },
  ])('a disable whose answer was lost is unknown until the aliases are read again ($status)', async ({ kibanaDidIt, title, says, status }) => {
    const { user } = renderScreen('/s/default/aliases?tab=aliases');
    await screen.findByText('1 alias is in conflict');
    await user.click(within(dataRows()[0]).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Disable selected (1)' }));
    const modal = await screen.findByRole('alertdialog');
    // The connection drops on the way back: Kibana did (or did not) disable the alias first.
    if (kibanaDidIt) {
      await json('POST', '/api/spaces/_disable_legacy_url_aliases', { body: { aliases: [{ targetSpace: 'default', targetType: 'dashboard', sourceId: 'kpi-overview' }] } });
    }
    sim.faults.replace([{ path: '/api/spaces/_disable_legacy_url_aliases', drop: true }]);
    await user.click(within(modal).getByRole('button', { name: 'Disable alias' }));

    expect(await screen.findByText(title)).toBeInTheDocument();
    expect(screen.getByText(`The answer from Kibana was lost, so the result is unknown; reading the aliases again shows ${says}`)).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    const kpiRow = () => dataRows().find((row) => row.textContent?.includes('kpi-overview'));
    await waitFor(() => expect(kpiRow()).toHaveTextContent(status));
  });

  it.each([{ fault: { status: 503 }, says: 'Kibana answered 503 Service Unavailable.' }])('a failed disable ($says) says so and changes nothing', async ({ fault, says }) => {
    sim.faults.replace([{ path: '/api/spaces/_disable_legacy_url_aliases', ...fault }]);
    const { user } = renderScreen('/s/default/aliases?tab=aliases');
    await screen.findByText('1 alias is in conflict');
    await user.click(within(dataRows()[0]).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Disable selected (1)' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Disable alias' }));

    expect(await screen.findByText('Could not disable the alias for dashboard:kpi-overview')).toBeInTheDocument();
    expect(screen.getByText(new RegExp(says))).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByText('1 alias is in conflict')).toBeInTheDocument();
    expect(dataRows()[0]).toHaveTextContent('Conflict');
    expect(dataRows()[1]).toHaveTextContent('Enabled');
  });

  it('says when the space has no aliases', async () => {
    renderScreen('/s/engineering/aliases?tab=aliases');
    expect(await screen.findByRole('heading', { name: 'No legacy URL aliases in this space' })).toBeInTheDocument();
  });

  it('shows a failed load inline and recovers on retry', async () => {
    sim.faults.replace([{ path: '/api/saved_objects/_find', status: 503, times: 1 }]);
    const { user } = renderScreen('/s/default/aliases?tab=aliases');
    expect(await screen.findByText('Could not load the aliases')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('1 alias is in conflict')).toBeInTheDocument();
  });
});
