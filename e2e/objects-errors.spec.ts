// Errors an admin can act on, through the real app server: a Kibana that never answers, a delete whose
// answer is lost, a delete of an object others use, and a refused export.
import type { Page } from '@playwright/test';
import { COLOR_MODES, expectAccessible, startInColorMode } from './axe';
import { expect, test } from './fixtures';

const flyout = (page: Page, name: string) => page.getByRole('dialog', { name });

async function openDelete(page: Page, objectKey: string, title: string) {
  await page.goto(`/s/default/objects?object=${encodeURIComponent(objectKey)}`);
  await flyout(page, title).getByRole('button', { name: 'Delete' }).click();
  return page.getByRole('alertdialog', { name: `Delete “${title}”?` });
}

test('a Kibana that never answers ends "Loading spaces" with a message and Retry', async ({ page, simulator }) => {
  // The client gives up after its 30 s read timeout; the hung request is not silently repeated.
  test.setTimeout(120_000);
  await simulator.setFaults([{ method: 'GET', path: '/api/spaces/space', delayMs: 100_000, times: 1 }]);
  await page.goto('/s/default/objects');
  await expect(page.getByText('Loading spaces')).toBeVisible();

  await expect(page.getByRole('heading', { name: 'Kibana did not answer in time' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/did not answer GET \/api\/spaces\/space within 30 s/)).toBeVisible();
  await page.screenshot({ path: 'test-results/objects-spaces-timeout.png', animations: 'disabled' });
  await expectAccessible(page, 'Kibana did not answer in time');
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
});

test('a delete whose answer was lost is reported as unknown, then settled by reading the object again', async ({ page, simulator, request }) => {
  const confirm = await openDelete(page, 'dashboard:kpi-overview', 'Company KPIs');
  await expect(confirm.getByText('No saved object references it.')).toBeVisible();
  // Kibana performs the delete, then the connection drops before the answer reaches the console.
  const direct = await request.delete('/api/saved_objects/dashboard/kpi-overview', { headers: { 'kbn-xsrf': 'e2e' } });
  expect(direct.ok()).toBe(true);
  await simulator.setFaults([{ method: 'DELETE', path: '/api/saved_objects/dashboard/kpi-overview', drop: true }]);
  await confirm.getByRole('button', { name: 'Delete' }).click();

  await expect(page.getByText('Deleted “Company KPIs”')).toBeVisible();
  await expect(page.getByText('The answer from Kibana was lost, so the result is unknown; reading it again shows Kibana no longer has it.')).toBeVisible();
  await expect(confirm).toBeHidden();
  await expect(page.getByText(/Kibana failed to delete it|Already gone/)).toHaveCount(0);
});

test('a dropped delete that did not happen says so, and Delete can be chosen again', async ({ page, simulator }) => {
  const confirm = await openDelete(page, 'dashboard:kpi-overview', 'Company KPIs');
  await expect(confirm.getByText('No saved object references it.')).toBeVisible();
  await simulator.setFaults([{ method: 'DELETE', path: '/api/saved_objects/dashboard/kpi-overview', drop: true, times: 1 }]);
  await confirm.getByRole('button', { name: 'Delete' }).click();

  await expect(confirm.getByText('Not deleted')).toBeVisible();
  await expect(confirm.getByText(/Reading it again shows Kibana still has “Company KPIs”: the delete did not happen/)).toBeVisible();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Deleted “Company KPIs”')).toBeVisible();
});

test('deleting a data view others use names them and needs an explicit "delete anyway"', async ({ page }) => {
  const confirm = await openDelete(page, 'index-pattern:web-data-view', 'logs-nginx.access-*');
  await expect(confirm.getByText('6 saved objects reference it')).toBeVisible();
  const referrers = confirm.getByRole('list', { name: 'Saved objects that reference it' });
  await expect(referrers.getByRole('listitem')).toHaveCount(6);
  await expect(referrers).toContainText('[Web logs] Requests per minute');
  const remove = confirm.getByRole('button', { name: 'Delete' });
  await expect(remove).toBeDisabled();

  await expectAccessible(page, 'delete confirmation naming the referrers');
  await page.screenshot({ path: 'test-results/objects-delete-referenced.png', animations: 'disabled' });

  await confirm.getByRole('checkbox', { name: 'Delete it anyway: 6 objects will be left with a missing reference' }).check();
  await expect(remove).toBeEnabled();
  await remove.click();
  await expect(page.getByText('Deleted “logs-nginx.access-*”')).toBeVisible();
});

test('a refused export names the privilege to grant, not just "Forbidden"', async ({ page, simulator }) => {
  await simulator.setFaults([
    { method: 'POST', path: '/api/saved_objects/_export', status: 403, body: { statusCode: 403, error: 'Forbidden', message: 'Unable to export dashboard' } },
  ]);
  await page.goto('/s/default/objects?object=dashboard%3Akpi-overview');
  await flyout(page, 'Company KPIs').getByRole('button', { name: /^Export/ }).click();
  await page.getByRole('dialog').filter({ hasText: 'NDJSON file' }).getByRole('button', { name: 'Export' }).click();

  await expect(page.getByText('Export failed')).toBeVisible();
  await expect(page.getByText(/Unable to export dashboard\. The user or API key the console uses needs Saved Objects Management: Read in this space/)).toBeVisible();
});

for (const colorMode of COLOR_MODES) {
  test(`no serious accessibility violations, ${colorMode}: referenced delete, delete not done, export options, refused export`, async ({ page, simulator }) => {
    test.slow(); // axe reads the whole page in each of four states
    await startInColorMode(page, colorMode);
    const referenced = await openDelete(page, 'index-pattern:web-data-view', 'logs-nginx.access-*');
    await expect(referenced.getByText('6 saved objects reference it')).toBeVisible();
    await expectAccessible(page, 'delete confirmation naming the referrers');

    const confirm = await openDelete(page, 'dashboard:kpi-overview', 'Company KPIs');
    await expect(confirm.getByText('No saved object references it.')).toBeVisible();
    await simulator.setFaults([{ method: 'DELETE', path: '/api/saved_objects/dashboard/kpi-overview', drop: true, times: 1 }]);
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm.getByText('Not deleted')).toBeVisible();
    await expectAccessible(page, 'delete not done');

    await simulator.setFaults([
      { method: 'POST', path: '/api/saved_objects/_export', status: 403, body: { statusCode: 403, error: 'Forbidden', message: 'Unable to export dashboard' } },
    ]);
    await page.goto('/s/default/objects?object=dashboard%3Akpi-overview');
    await flyout(page, 'Company KPIs').getByRole('button', { name: /^Export/ }).click();
    const exportOptions = page.getByRole('dialog').filter({ hasText: 'NDJSON file' });
    await expect(exportOptions).toBeVisible();
    await expectAccessible(page, 'export options');
    await exportOptions.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByText('Export failed')).toBeVisible();
    await page.screenshot({ path: `test-results/objects-errors-a11y-${colorMode}.png`, animations: 'disabled' });
    await expectAccessible(page, 'refused export');
  });
}
