// `npm start` serves the app through Vite's dev server; the rest of the suite runs against the production
// build. This drives the dev server end to end, as a developer's first visit does: every screen loads its
// data from the simulator, the page never reloads itself (Vite reloads it once when it meets a dependency it
// had not pre-bundled, see optimizeDeps in vite.config.ts) and nothing is logged as an error.
import { expect, test } from './fixtures';

test('the dev server (npm start) serves every screen on the simulator, without reloading the page or logging errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  let loads = 0;
  page.on('load', () => (loads += 1));

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Saved objects' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Showing 1–\d+ of \d+/ })).toBeVisible();

  for (const screen of [
    { link: 'Bulk edit', title: 'Bulk edit' },
    { link: 'ML sync', title: 'ML sync' },
    { link: 'Aliases', title: 'Open by id and aliases' },
    { link: 'Copy to spaces', title: 'Copy to spaces' },
  ]) {
    await page.getByRole('link', { name: screen.link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: screen.title })).toBeVisible();
  }
  await page.goto('/s/default/copy?objects=dashboard:web-overview');
  await expect(page.getByRole('button', { name: /^Related objects added: \d+$/ })).toBeVisible();

  expect(loads).toBe(2); // the two page.goto calls, nothing more
  expect(errors).toEqual([]);
});
