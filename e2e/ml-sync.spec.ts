import type { Page } from '@playwright/test';
import { COLOR_MODES, expectAccessible, startInColorMode } from './axe';
import { expect, test } from './fixtures';

const SYNC = '/api/ml/saved_objects/sync';

const section = (page: Page, name: RegExp) => page.getByRole('region', { name });

async function synchronise(page: Page) {
  await page.getByRole('button', { name: /^Synchronise/ }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Synchronise' }).click();
}

type State = { objects: { type: string; id: string; namespaces: string[]; attributes: Record<string, unknown> }[] };

test('preview, then a run from the default space: everything but the two datafeed repairs is done', async ({ page, request }) => {
  await page.goto('/s/default/ml-sync');
  await expect(page.getByRole('heading', { level: 1, name: 'ML sync' })).toBeVisible();
  await expect(section(page, /Saved objects to create 4/)).toBeVisible();
  await expect(section(page, /Saved objects to delete 3/)).toContainText('retired-capacity-job');
  const added = section(page, /Datafeed ids to add 1/);
  await expect(added).toContainText('Cannot be repaired from Default');
  await expect(section(page, /Datafeed ids to remove 1/)).toContainText('datafeed-login-spikes → none');
  await expectAccessible(page, 'preview');
  await page.screenshot({ path: 'test-results/ml-sync-preview.png', fullPage: true, animations: 'disabled' });

  await page.getByRole('button', { name: /^Synchronise/ }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('2 items cannot be repaired from Default and will fail');
  await expectAccessible(page, 'confirmation');
  await dialog.getByRole('button', { name: 'Synchronise' }).click();

  const result = section(page, /Result of the sync/);
  await expect(result).toContainText('7 done, 2 failed');
  await expect(result.getByRole('row').filter({ hasText: 'checkout-errors' })).toContainText('Run the sync from Marketing.');
  await expect(result.getByRole('row').filter({ hasText: 'login-spikes' })).toContainText('Run the sync from Security Ops.');
  await expect(page.getByText('Still out of sync after the run:')).toBeVisible();
  await expectAccessible(page, 'result of a run from Default');
  await page.screenshot({ path: 'test-results/ml-sync-run-default.png', fullPage: true, animations: 'disabled' });

  // New objects went where the screen said: all spaces.
  const state = (await (await request.get('/__simulator/state')).json()) as State;
  expect(state.objects.find((o) => o.id === 'anomaly-detector-high-latency-detector')?.namespaces).toEqual(['*']);
});

test('runs from the spaces the screen names until the re-preview proves everything in sync', async ({ page }) => {
  await page.goto('/s/default/ml-sync');
  await expect(section(page, /Saved objects to create 4/)).toBeVisible();
  await synchronise(page);
  await expect(section(page, /Result of the sync/)).toContainText('7 done, 2 failed');
  await section(page, /Datafeed ids to add 1/).getByRole('link', { name: 'Marketing' }).click();
  await expect(page).toHaveURL('/s/marketing/ml-sync');
  await expect(section(page, /Datafeed ids to add 1/)).toBeVisible();
  await synchronise(page);
  await expect(section(page, /Result of the sync/)).toContainText('1 done, 1 failed');
  await section(page, /Datafeed ids to remove 1/).getByRole('link', { name: 'Security Ops' }).click();
  await expect(page).toHaveURL('/s/security-ops/ml-sync');
  await synchronise(page);
  await expect(page.getByRole('heading', { name: 'Everything is in sync' })).toBeVisible();
  await expect(page.getByText('Checked again after the run: nothing is left to repair.', { exact: false })).toBeVisible();
  await expect(section(page, /Runs from this browser/).getByText('Completed')).toHaveCount(3);
  await expectAccessible(page, 'everything in sync');
  await page.screenshot({ path: 'test-results/ml-sync-in-sync.png', fullPage: true, animations: 'disabled' });
});

test('"only this space" puts the new saved objects in the URL’s space', async ({ page, request }) => {
  await page.goto('/s/sales/ml-sync');
  await page.getByRole('radio', { name: 'Only Sales' }).check();
  await expect(section(page, /Saved objects to create 4/).getByRole('row').filter({ hasText: 'customer-churn' }).first()).toContainText('SA');
  await synchronise(page);
  await expect(section(page, /Result of the sync/)).toBeVisible();
  const state = (await (await request.get('/__simulator/state')).json()) as State;
  expect(state.objects.find((o) => o.id === 'data-frame-analytics-customer-churn')?.namespaces).toEqual(['sales']);
  expect(state.objects.find((o) => o.id === '.elser_model_2')?.namespaces).toEqual(['*']);
});

test('a 403 on open explains the privilege and licence needed', async ({ page, simulator }) => {
  await simulator.setFaults([{ path: SYNC, status: 403, body: { statusCode: 403, error: 'Forbidden', message: 'Forbidden' } }]);
  await page.goto('/s/marketing/ml-sync');
  const alert = page.getByRole('alert').filter({ hasText: 'Kibana refused the ML sync' });
  await expect(alert).toContainText('Machine Learning “All” privilege in the space Marketing');
  await expect(alert).toContainText('Platinum, Enterprise or trial licence');
  await expectAccessible(page, 'refused (403)');
  await page.screenshot({ path: 'test-results/ml-sync-403.png', fullPage: true, animations: 'disabled' });
});

test('a run that fails with 503 keeps the preview; a lost answer is followed by a re-preview and never resent', async ({ page, simulator }) => {
  await page.goto('/s/default/ml-sync');
  await expect(section(page, /Saved objects to create 4/)).toBeVisible();
  await simulator.setFaults([{ method: 'GET', path: SYNC, status: 503, times: 1 }]);
  await synchronise(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Kibana could not answer' })).toContainText('503');
  await expect(section(page, /Saved objects to create 4/)).toBeVisible();

  let realRuns = 0;
  page.on('request', (r) => void (r.url().includes(SYNC) && new URL(r.url()).searchParams.get('simulate') === 'false' && (realRuns += 1)));
  await simulator.setFaults([{ method: 'GET', path: SYNC, drop: true, times: 1 }]);
  await page.getByRole('button', { name: 'Synchronise again…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Synchronise' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The answer to the sync was lost' })).toBeVisible();
  // Checked again before anything else: the simulator dropped the request before acting, so all is still listed.
  await expect(page.getByText('Still out of sync after the run:')).toBeVisible();
  await expect(section(page, /Saved objects to create 4/)).toBeVisible();
  expect(realRuns).toBe(1);
  await expect(section(page, /Runs from this browser/).getByText('Answer lost')).toBeVisible();
  await page.screenshot({ path: 'test-results/ml-sync-lost-answer.png', fullPage: true, animations: 'disabled' });

  // Only the admin sends it again.
  await synchronise(page);
  await expect(section(page, /Result of the sync/)).toContainText('7 done, 2 failed');
  expect(realRuns).toBe(2);
});

for (const colorMode of COLOR_MODES) {
  test(`no serious accessibility violations, ${colorMode}: preview, confirmation, result, refused`, async ({ page, simulator }) => {
    test.slow(); // axe reads the whole page in each of four states
    await startInColorMode(page, colorMode);
    await page.goto('/s/default/ml-sync');
    await expect(section(page, /Saved objects to create 4/)).toBeVisible();
    await expectAccessible(page, 'preview');

    await page.getByRole('button', { name: /^Synchronise/ }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('2 items cannot be repaired from Default and will fail');
    await expectAccessible(page, 'confirmation');
    await dialog.getByRole('button', { name: 'Synchronise' }).click();
    await expect(section(page, /Result of the sync/)).toContainText('7 done, 2 failed');
    await expect(section(page, /Runs from this browser/).getByText('Completed')).toBeVisible();
    await expectAccessible(page, 'result and runs');
    await page.screenshot({ path: `test-results/ml-sync-a11y-${colorMode}.png`, fullPage: true, animations: 'disabled' });

    await simulator.setFaults([{ path: SYNC, status: 403, body: { statusCode: 403, error: 'Forbidden', message: 'Forbidden' } }]);
    await page.goto('/s/marketing/ml-sync');
    await expect(page.getByRole('alert').filter({ hasText: 'Kibana refused the ML sync' })).toBeVisible();
    await expectAccessible(page, 'refused (403)');
  });
}
