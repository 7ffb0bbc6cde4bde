import type { APIRequestContext, Page } from '@playwright/test';
import { COLOR_MODES, expectAccessible, startInColorMode } from './axe';
import { CONTROL_HEADERS, expect, test } from './fixtures';

// Adds `count` visualizations of the web data view to the demo deployment (default space).
async function addVisualizations(request: APIRequestContext, count: number): Promise<string[]> {
  const state = (await (await request.get('/__simulator/state')).json()) as { objects: unknown[] };
  const ids = Array.from({ length: count }, (_, i) => `bulk-vis-${i}`);
  state.objects.push(
    ...ids.map((id, i) => ({
      type: 'visualization',
      id,
      namespaces: ['default'],
      attributes: { title: `Bulk vis ${i}`, description: 'old', visState: JSON.stringify({ title: `Bulk vis ${i}`, type: 'line', params: { field: 'bytes' } }) },
      references: [{ name: 'kibanaSavedObjectMeta.searchSourceJSON.index', type: 'index-pattern', id: 'web-data-view' }],
    })),
  );
  expect((await request.put('/__simulator/state', { data: state, headers: CONTROL_HEADERS })).status()).toBe(204);
  return ids;
}

interface Stored {
  id: string;
  version: string;
  attributes: { description?: string };
  references: { id: string }[];
}

async function read(request: APIRequestContext, ids: string[]): Promise<Stored[]> {
  const response = await request.post('/api/saved_objects/_bulk_get', { headers: { 'kbn-xsrf': 'e2e' }, data: ids.map((id) => ({ type: 'visualization', id })) });
  return ((await response.json()) as { saved_objects: Stored[] }).saved_objects;
}

async function plantEdit(request: APIRequestContext, id: string, description: string) {
  const response = await request.put('/api/saved_objects/_bulk_update', { headers: { 'kbn-xsrf': 'e2e' }, data: [{ type: 'visualization', id, attributes: { description } }] });
  expect(response.status()).toBe(200);
}

const bulkEditUrl = (ids: string[]) => `/s/default/bulk-edit?objects=${ids.map((id) => `visualization:${id}`).join(',')}`;

/**
 * EuiComboBox lists are virtualised: type to filter, then pick the option. Its options have no accessible
 * name of their own (the match is highlighted in pieces), so they are found by their text.
 */
async function pick(page: Page, combo: string, text: string, option: string) {
  const box = page.getByRole('combobox', { name: combo });
  await box.click();
  await box.fill(text);
  await page.getByRole('listbox').getByRole('option').filter({ hasText: option }).click();
}

async function setDescription(page: Page, text: string) {
  await page.getByRole('group', { name: 'Add an edit' }).getByRole('button', { name: 'Set a field' }).click();
  await page.getByRole('textbox', { name: 'Field path of edit 1' }).fill('description');
  await page.getByRole('textbox', { name: 'Value of edit 1' }).fill(text);
  await page.getByRole('button', { name: 'Preview changes' }).click();
}

async function confirmApply(page: Page, title: string) {
  await page.getByRole('button', { name: /^Apply to / }).click();
  const modal = page.getByRole('alertdialog', { name: title });
  await modal.getByRole('button', { name: /^Update / }).click();
}

test('repoints 50 visualizations to another data view, then undoes it; the history survives a reload', async ({ page, request }) => {
  // One admin journey (preview, apply, undo, reload) with two axe scans: longer than a single step.
  test.slow();
  const ids = await addVisualizations(request, 50);
  await page.goto(bulkEditUrl(ids));
  await expect(page.getByText('50 objects to edit.')).toBeVisible();

  await page.getByRole('group', { name: 'Add an edit' }).getByRole('button', { name: 'Repoint references' }).click();
  await pick(page, 'References to (edit 1)', 'logs', '(web-data-view)');
  await pick(page, 'Now point to (edit 1)', 'eCommerce', '(ecommerce-data-view)');
  await page.getByRole('button', { name: 'Preview changes' }).click();
  await expect(page.getByText('Will change (50)')).toBeVisible();
  await page.getByRole('button', { name: 'Show changes to Bulk vis 0' }).click();
  const diff = page.getByRole('table', { name: /^Changes to Bulk vis 0/ });
  await expect(diff.getByText('references[kibanaSavedObjectMeta.searchSourceJSON.index].id')).toBeVisible();
  await expect(diff.getByText('"ecommerce-data-view"')).toBeVisible();
  await expectAccessible(page, 'preview of 50 with a diff open');
  await page.screenshot({ path: 'test-results/bulk-edit-preview.png', fullPage: true, animations: 'disabled' });

  await confirmApply(page, 'Update 50 objects in 1 space?');
  await expect(page.getByRole('status').filter({ hasText: 'Updated: 50' })).toBeVisible();
  expect((await read(request, ids)).every((o) => o.references[0].id === 'ecommerce-data-view')).toBe(true);
  await page.screenshot({ path: 'test-results/bulk-edit-report.png', fullPage: true, animations: 'disabled' });

  await plantEdit(request, 'bulk-vis-7', 'edited since');
  const history = page.getByRole('table', { name: /^Past bulk edits/ });
  await history.getByRole('button', { name: /^Undo “Repoint references/ }).click();
  await expect(page.getByText(/Restored 49, 1 changed since \(not overwritten\)/).first()).toBeVisible();
  await expect(page.getByText(/Bulk vis 7 \(visualization:bulk-vis-7@default\): Changed since this edit; not overwritten\./)).toBeVisible();
  const after = await read(request, ids);
  expect(after.filter((o) => o.references[0].id === 'web-data-view')).toHaveLength(49);
  expect(after.find((o) => o.id === 'bulk-vis-7')?.references[0].id).toBe('ecommerce-data-view');
  await expectAccessible(page, 'undo result');

  await page.reload();
  await expect(page.getByRole('table', { name: /^Past bulk edits/ }).getByText(/Restored 49, 1 changed since/)).toBeVisible();
});

test('an object changed between preview and apply is reported as a conflict and not overwritten', async ({ page, request }) => {
  const ids = await addVisualizations(request, 3);
  await page.goto(bulkEditUrl(ids));
  await setDescription(page, 'reviewed');
  await expect(page.getByText('Will change (3)')).toBeVisible();
  await plantEdit(request, 'bulk-vis-1', 'theirs');

  await confirmApply(page, 'Update 3 objects in 1 space?');
  await expect(page.getByRole('status').filter({ hasText: 'Updated: 2 · Conflict: 1' })).toBeVisible();
  const report = page.getByRole('table', { name: /^Result of the bulk edit/ });
  await expect(report.getByRole('row', { name: /Conflict.*Bulk vis 1.*Changed by someone else since the preview/ })).toBeVisible();
  expect((await read(request, ids)).map((o) => o.attributes.description)).toEqual(['reviewed', 'theirs', 'reviewed']);
  await expectAccessible(page, 'conflict report');
});

test('a dropped connection mid-apply ends in an exact written / not-written report, nothing written twice', async ({ page, request, simulator }) => {
  const ids = await addVisualizations(request, 150);
  await page.goto(bulkEditUrl(ids));
  await setDescription(page, 'new');
  await expect(page.getByText('Will change (150)')).toBeVisible();
  const before = new Map((await read(request, ids)).map((o) => [o.id, o.version]));
  // Two chunks (100 + 50) go out; the first to arrive loses its connection.
  await simulator.setFaults([{ method: 'PUT', path: '/api/saved_objects/_bulk_update', drop: true, times: 1 }]);

  await confirmApply(page, 'Update 150 objects in 1 space?');
  await expect(page.getByText('The run stopped before the end')).toBeVisible();
  const summary = await page.getByRole('status').filter({ hasText: /Updated: \d+ · Not written: \d+/ }).textContent();
  const [, updated, notWritten] = /Updated: (\d+) · Not written: (\d+)/.exec(summary ?? '')!.map(Number);
  expect(updated + notWritten).toBe(150);
  expect([50, 100]).toContain(updated);

  const stored = await read(request, ids);
  const written = stored.filter((o) => o.attributes.description === 'new');
  expect(written).toHaveLength(updated);
  await page.screenshot({ path: 'test-results/bulk-edit-dropped.png', fullPage: true, animations: 'disabled' });

  // Retrying resends only what was not written, still with the versions of the preview.
  await page.getByRole('button', { name: `Retry failed (${notWritten})` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Updated: 150' })).toBeVisible();
  const final = await read(request, ids);
  expect(final.every((o) => o.attributes.description === 'new')).toBe(true);
  // Every object changed exactly once since the preview: a second write would have met a 409, not a new version.
  expect(final.every((o) => o.version !== before.get(o.id))).toBe(true);
  await expectAccessible(page, 'report after the retry');
});

for (const colorMode of COLOR_MODES) {
  test(`no serious accessibility violations, ${colorMode}: picker, reference list, preview, JSON flyout, confirmation, report`, async ({ page, request }) => {
    test.slow(); // axe reads the whole page in each of six states
    await startInColorMode(page, colorMode);
    await page.goto('/s/default/bulk-edit');
    await expect(page.getByRole('heading', { name: 'Pick the objects to edit' })).toBeVisible();
    await expectAccessible(page, 'object picker');

    const ids = await addVisualizations(request, 3);
    await page.goto(bulkEditUrl(ids));
    await page.getByRole('group', { name: 'Add an edit' }).getByRole('button', { name: 'Repoint references' }).click();
    const from = page.getByRole('combobox', { name: 'References to (edit 1)' });
    await from.click();
    await from.fill('logs');
    await expect(page.getByRole('listbox').getByRole('option').filter({ hasText: '(web-data-view)' })).toBeVisible();
    await expectAccessible(page, 'reference list open');
    await page.getByRole('listbox').getByRole('option').filter({ hasText: '(web-data-view)' }).click();
    await pick(page, 'Now point to (edit 1)', 'eCommerce', '(ecommerce-data-view)');
    await page.getByRole('button', { name: 'Preview changes' }).click();
    await page.getByRole('button', { name: 'Show changes to Bulk vis 0' }).click();
    await expect(page.getByRole('table', { name: /^Changes to Bulk vis 0/ })).toBeVisible();
    await expectAccessible(page, 'preview with a diff open');

    await page.getByRole('button', { name: 'Edit the JSON of Bulk vis 0' }).click();
    const flyout = page.getByRole('dialog', { name: 'Edit the JSON of Bulk vis 0' });
    await expect(flyout).toBeVisible();
    await expectAccessible(page, 'JSON flyout');
    await flyout.getByRole('button', { name: 'Cancel' }).click();
    await expect(flyout).toBeHidden();

    await page.getByRole('button', { name: /^Apply to / }).click();
    const modal = page.getByRole('alertdialog', { name: 'Update 3 objects in 1 space?' });
    await expect(modal).toBeVisible();
    await expectAccessible(page, 'apply confirmation');
    await modal.getByRole('button', { name: /^Update / }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Updated: 3' })).toBeVisible();
    await expect(page.getByRole('table', { name: /^Past bulk edits/ })).toBeVisible();
    await expectAccessible(page, 'report and history');
    await page.screenshot({ path: `test-results/bulk-edit-a11y-${colorMode}.png`, fullPage: true, animations: 'disabled' });
  });
}
