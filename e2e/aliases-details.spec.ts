// The Aliases screen's finer points, in a real browser: what it says while it checks, how it counts the
// lines to fix, what a disabled alias means, and what resolving and disabling cost.
import { expect, test } from './fixtures';

test('while the conflict check runs, enabled aliases read "Checking…", then the conflict sorts first', async ({ page, simulator }) => {
  await simulator.setFaults([{ method: 'POST', path: '/api/saved_objects/_bulk_get', delayMs: 6000, times: 1 }]);
  await page.goto('/s/default/aliases?tab=aliases');
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(page.getByText('Checking…')).toHaveCount(2);
  await expect(page.getByText('Enabled', { exact: true })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/aliases-checking.png' });

  await expect(page.getByText('1 alias is in conflict')).toBeVisible();
  await expect(rows.nth(0)).toContainText('Conflict');
  await expect(rows.nth(0)).toContainText('kpi-overview');
  await expect(rows.nth(1)).toContainText('Enabled');
});

test('the title counts every line it lists, and resolving says it counts as a use of the alias', async ({ page }) => {
  await page.goto('/s/default/aliases');
  const resolve = page.getByRole('button', { name: 'Resolve' });
  await expect(resolve).toHaveAccessibleDescription(/adds one to that alias’s resolve count/);
  await page.getByRole('textbox', { name: 'Ids' }).fill(['dashboard:web-overview', 'web-overview', 'dashboard:'].join('\n'));
  await resolve.click();
  await expect(page.getByText('2 lines need fixing before the ids can be resolved')).toBeVisible();
  // Nothing was resolved, and the text is kept for fixing.
  await expect(page.getByRole('region', { name: 'dashboard:web-overview' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Ids' })).toHaveValue('dashboard:web-overview\nweb-overview\ndashboard:');
});

test('a not-found id whose alias is disabled says the alias is disabled', async ({ page }) => {
  await page.goto('/s/default/aliases');
  await page.getByRole('textbox', { name: 'Ids' }).fill('visualization:legacy-requests');
  await page.getByRole('button', { name: 'Resolve' }).click();
  const result = page.getByRole('region', { name: 'visualization:legacy-requests', exact: true });
  await expect(result.getByText('Not found', { exact: true })).toBeVisible();
  await expect(result).toContainText('Its alias to web-vis-0 is disabled, so Kibana no longer follows it');
  await expect(result).not.toContainText('may have been disabled');
});

test('disabling a non-conflicting alias names what its old links will do', async ({ page }) => {
  await page.goto('/s/default/aliases?tab=aliases');
  await expect(page.getByText('1 alias is in conflict')).toBeVisible();
  const rows = page.getByRole('table').locator('tbody tr');
  await rows.nth(0).getByRole('checkbox').check();
  await rows.nth(1).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Disable selected (2)' }).click();
  const modal = page.getByRole('alertdialog', { name: 'Disable 2 aliases?' });
  await expect(modal.getByText(/1 of them is not in conflict/)).toContainText('will answer “not found”');
  await page.screenshot({ path: 'test-results/aliases-bulk-disable-confirm.png', animations: 'disabled' });
  await modal.getByRole('button', { name: 'Cancel' }).click();
  await expect(modal).toBeHidden();
  // Cancelled: nothing was disabled.
  await expect(rows.nth(1)).toContainText('Enabled');
});
