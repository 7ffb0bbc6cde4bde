import type { APIRequestContext, Page } from '@playwright/test';
import { COLOR_MODES, expectAccessible, startInColorMode } from './axe';
import { expect, test } from './fixtures';

// The demo's planted situations: copying the web dashboard (with its closure) conflicts in Marketing (its web
// kit was copied from default), is ambiguous in Engineering (two forks of the dashboard), and the legacy
// dashboard's visualization points at a deleted data view (missing reference everywhere).
const HANDOVER = '/s/default/copy?objects=dashboard:web-overview,dashboard:legacy-errors-dashboard';

interface Found {
  id: string;
  originId?: string;
  attributes: Record<string, unknown>;
  references: { name: string; type: string; id: string }[];
  updated_at?: string;
}

async function find(request: APIRequestContext, space: string, type: string): Promise<Found[]> {
  const response = await request.get(`/s/${space}/api/saved_objects/_find?type=${type}&per_page=1000`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { saved_objects: Found[] }).saved_objects;
}

async function pickSpaces(page: Page, names: string[]) {
  const list = page.getByRole('listbox', { name: 'Target spaces' });
  for (const name of names) await list.getByRole('option', { name: new RegExp(`^${name}`) }).click();
}

const statusRow = (page: Page, space: string) => page.getByRole('table', { name: 'Status of every target space' }).getByRole('row').filter({ hasText: space });

test('copies a dashboard closure to three spaces, deciding a conflict, an ambiguous conflict and a missing data view', async ({ page, request }) => {
  // A long flow (two writes, three spaces, two axe runs) on a shared 2-core machine.
  test.slow();
  await page.goto(HANDOVER);
  await expect(page.getByRole('heading', { level: 1, name: 'Copy to spaces' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Related objects added: \d+/ })).toBeVisible();
  await expect(page.getByText('1 missing reference in Default')).toBeVisible();

  await pickSpaces(page, ['Marketing', 'Engineering', 'Security Ops']);
  await page.getByLabel('Check for existing objects, and ask me for each conflict').check();
  await expectAccessible(page, 'spaces and conflict mode chosen');
  await page.getByRole('button', { name: /^Copy 2 objects and related objects to 3 spaces/ }).click();

  await expect(statusRow(page, 'Marketing')).toContainText('Needs decisions');
  await expect(statusRow(page, 'Engineering')).toContainText('Needs decisions');
  await expect(statusRow(page, 'Security Ops')).toContainText('Needs decisions');

  // Marketing: overwrite its copies of the web kit.
  await page.getByRole('button', { name: 'Overwrite all in Marketing' }).click();
  // Engineering: overwrite the SRE fork of the dashboard.
  await page
    .getByRole('combobox', { name: 'Decision for [Web logs] Overview in Engineering' })
    .selectOption('overwrite:en-web-traffic-a');
  // Security Ops: remap the deleted data view to the space's own authentication data view.
  await page.getByRole('combobox', { name: 'Decision for [Legacy] Error spikes (data view deleted) in Security Ops' }).selectOption('remap');
  await page.getByRole('combobox', { name: 'Replace Data view deleted-logs-data-view in security-ops with' }).selectOption('so-auth-data-view');
  await page.screenshot({ path: 'test-results/copy-decisions.png', fullPage: true, animations: 'disabled' });
  await expectAccessible(page, 'decisions: overwrite, ambiguous, remap');

  await page.getByRole('button', { name: 'Copy with these decisions' }).click();
  const report = page.getByRole('table', { name: 'Copy report' });
  await expect(page.getByRole('status').filter({ hasText: /results:/ })).toBeVisible();
  await expect(report.getByRole('row').filter({ hasText: 'Error spikes' }).filter({ hasText: 'Remapped' })).toHaveCount(1);
  await page.screenshot({ path: 'test-results/copy-report.png', fullPage: true, animations: 'disabled' });

  // Marketing: its web dashboard was overwritten with the default one, and still points at Marketing's copies.
  const marketing = (await find(request, 'marketing', 'dashboard')).find((d) => d.id === 'mk-web-overview');
  expect(marketing?.originId).toBe('web-overview');
  expect(marketing?.references.filter((r) => r.type === 'visualization').map((r) => r.id).sort()).toEqual(['mk-web-vis-0', 'mk-web-vis-1', 'mk-web-vis-2']);
  // Engineering: the SRE fork was overwritten, the platform fork left alone.
  const engineering = await find(request, 'engineering', 'dashboard');
  expect(engineering.find((d) => d.id === 'en-web-traffic-a')).toMatchObject({ originId: 'web-overview', attributes: { title: '[Web logs] Overview' } });
  expect(engineering.find((d) => d.id === 'en-web-traffic-b')).toMatchObject({ attributes: { title: '[Web logs] Overview (platform fork)' } });
  // Security Ops: the visualization now uses the space's data view.
  const vis = (await find(request, 'security-ops', 'visualization')).filter((v) => v.originId === 'orphan-errors-vis');
  expect(vis).toHaveLength(1);
  expect(vis[0].references.filter((r) => r.type === 'index-pattern').map((r) => r.id)).toEqual(['so-auth-data-view']);
});

test('"create new copies" gives fresh ids and no conflicts', async ({ page, request }) => {
  const before = new Set((await Promise.all(['marketing', 'engineering'].map((s) => find(request, s, 'dashboard')))).flat().map((d) => d.id));
  await page.goto('/s/default/copy?objects=dashboard:web-overview');
  await pickSpaces(page, ['Marketing', 'Engineering']);
  await page.getByRole('button', { name: /^Copy 1 object and related objects to 2 spaces/ }).click();
  await expect(statusRow(page, 'Marketing')).toContainText('Copied');
  await expect(statusRow(page, 'Engineering')).toContainText('Copied');
  await expect(page.getByText('No decisions needed.')).toBeVisible();
  for (const space of ['marketing', 'engineering']) {
    const copies = (await find(request, space, 'dashboard')).filter((d) => !before.has(d.id));
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ attributes: { title: '[Web logs] Overview' } });
    expect(copies[0].originId).toBeUndefined();
    // Its panels point at the new copies made in the same request, not at the source's objects.
    expect(copies[0].references.every((r) => !before.has(r.id) && !r.id.startsWith('web-'))).toBe(true);
  }
});

test('a dropped resolve call leads to "unknown, re-check", and nothing is written twice', async ({ page, request, simulator }) => {
  test.slow();
  await page.goto('/s/default/copy?objects=dashboard:web-overview');
  await pickSpaces(page, ['Marketing']);
  await page.getByLabel('Check for existing objects, and ask me for each conflict').check();
  await page.getByRole('button', { name: /^Copy 1 object/ }).click();
  await expect(statusRow(page, 'Marketing')).toContainText('Needs decisions');
  await page.getByRole('button', { name: 'Overwrite all in Marketing' }).click();

  await simulator.setFaults([{ path: '/api/spaces/_resolve_copy_saved_objects_errors', drop: true, times: 1 }]);
  await page.getByRole('button', { name: 'Copy with these decisions' }).click();
  await expect(statusRow(page, 'Marketing')).toContainText('Unknown: re-check');
  await expect(page.getByRole('button', { name: 'Send again (re-check first)' })).toBeDisabled();
  await page.getByRole('button', { name: 'Re-check the space' }).click();
  await expect(page.getByText(/Nothing from this copy is in the space: sending again is safe/).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/copy-unknown.png', fullPage: true, animations: 'disabled' });
  await expectAccessible(page, 'unknown result, re-checked');

  await page.getByRole('button', { name: 'Send again' }).click();
  await expect(statusRow(page, 'Marketing')).toContainText('Copied');
  const dashboards = (await find(request, 'marketing', 'dashboard')).filter((d) => d.originId === 'web-overview' || d.id === 'web-overview');
  expect(dashboards.map((d) => d.id)).toEqual(['mk-web-overview']);
  const tags = (await find(request, 'marketing', 'tag')).filter((t) => t.attributes.name === 'Production');
  expect(tags).toHaveLength(1);
});

test('a reload in the middle of the decisions keeps them', async ({ page }) => {
  await page.goto(HANDOVER);
  await pickSpaces(page, ['Engineering']);
  await page.getByLabel('Check for existing objects, and ask me for each conflict').check();
  await page.getByRole('button', { name: /^Copy 2 objects/ }).click();
  const ambiguous = page.getByRole('combobox', { name: 'Decision for [Web logs] Overview in Engineering' });
  await ambiguous.selectOption('overwrite:en-web-traffic-b');
  await page.getByRole('combobox', { name: 'Decision for [Legacy] Error spikes (data view deleted) in Engineering' }).selectOption('skip');

  await page.reload();
  await expect(ambiguous).toHaveValue('overwrite:en-web-traffic-b');
  await expect(page.getByRole('combobox', { name: 'Decision for [Legacy] Error spikes (data view deleted) in Engineering' })).toHaveValue('skip');
  await expect(statusRow(page, 'Engineering')).toContainText('Needs decisions');
});

for (const colorMode of COLOR_MODES) {
  test(`no serious accessibility violations, ${colorMode}: object picker, related objects, decisions, report`, async ({ page }) => {
    test.slow(); // axe reads the whole page in each of four states, around two copies
    await startInColorMode(page, colorMode);
    await page.goto('/s/default/copy');
    await expect(page.getByRole('listbox', { name: 'Objects to copy' })).toBeVisible();
    await expectAccessible(page, 'object picker');

    await page.goto(HANDOVER);
    await page.getByRole('button', { name: /Related objects added: \d+/ }).click();
    const visualizations = page.getByRole('button', { name: /^Visualization \(\d+\)/ });
    // A click that lands while the outer list is still sliding open is now and then lost (2 runs in ~30):
    // like a person whose click did not take, click again until the list is open.
    await expect(async () => {
      if ((await visualizations.getAttribute('aria-expanded')) !== 'true') await visualizations.click();
      await expect(visualizations).toHaveAttribute('aria-expanded', 'true', { timeout: 2_000 });
    }).toPass();
    await pickSpaces(page, ['Marketing', 'Security Ops']);
    await page.getByLabel('Check for existing objects, and ask me for each conflict').check();
    await expectAccessible(page, 'related objects open, spaces chosen');

    await page.getByRole('button', { name: /^Copy 2 objects and related objects to 2 spaces/ }).click();
    await expect(statusRow(page, 'Marketing')).toContainText('Needs decisions');
    await page.getByRole('button', { name: 'Overwrite all in Marketing' }).click();
    await page.getByRole('combobox', { name: 'Decision for [Legacy] Error spikes (data view deleted) in Security Ops' }).selectOption('remap');
    await expect(page.getByRole('combobox', { name: 'Replace Data view deleted-logs-data-view in security-ops with' })).toBeVisible();
    await expectAccessible(page, 'decisions with a remap');

    await page.getByRole('combobox', { name: 'Replace Data view deleted-logs-data-view in security-ops with' }).selectOption('so-auth-data-view');
    await page.getByRole('button', { name: 'Copy with these decisions' }).click();
    await expect(page.getByRole('table', { name: 'Copy report' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /results:/ })).toBeVisible();
    await expectAccessible(page, 'copy report');
    await page.screenshot({ path: `test-results/copy-a11y-${colorMode}.png`, fullPage: true, animations: 'disabled' });
  });
}
