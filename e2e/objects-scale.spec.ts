// The objects screen on a 100,000-object deployment: it pages, filters and counts through Kibana's API
// without ever asking for more than one page of objects.
import { CONTROL_HEADERS, expect, test } from './fixtures';

test('a 100,000-object deployment pages and filters without loading it whole', async ({ page, request }) => {
  test.setTimeout(120_000);
  const reset = await request.post('/__simulator/reset', { data: { demo: true, objects: 100_000 }, headers: CONTROL_HEADERS });
  expect(reset.status()).toBe(204);

  const pageSizes: number[] = [];
  page.on('request', (sent) => {
    const url = new URL(sent.url());
    if (url.pathname.endsWith('/api/saved_objects/_find')) pageSizes.push(Number(url.searchParams.get('per_page') ?? 20));
  });

  await page.goto('/s/default/objects?scope=all');
  const status = page.getByRole('status').filter({ hasText: /^Showing/ });
  // The demo's 135 importable objects (aliases and ML objects are not listed) + 100,000 generated ones.
  await expect(status).toHaveText('Showing 1–20 of 100,135 saved objects');
  // More than Kibana's 10,000-match window: the screen says how to narrow.
  await expect(page.getByText(/first 10,000/).first()).toBeVisible();
  // There, Kibana pages oldest first: the Updated header shows that order, not the newest-first default.
  await expect(page.getByRole('columnheader', { name: /Updated/ })).toHaveAttribute('aria-sort', 'ascending');

  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(status).toHaveText('Showing 21–40 of 100,135 saved objects');

  await page.getByRole('button', { name: /^Type \d/ }).click();
  const dashboards = page.getByRole('listbox', { name: 'Types' }).getByRole('option', { name: /Dashboard/ });
  await expect(dashboards).toContainText(/\d{1,3},\d{3}/); // a per-type count in the thousands
  await dashboards.click();
  await page.keyboard.press('Escape');
  await expect(status).toHaveText(/^Showing 1–20 of \d{1,3},\d{3} saved objects$/);
  await page.screenshot({ path: 'test-results/objects-100k.png', animations: 'disabled' });

  // Every request asked for one page (or only a count), never the deployment.
  expect(pageSizes.length).toBeGreaterThan(0);
  expect(Math.max(...pageSizes)).toBeLessThanOrEqual(20);
});
