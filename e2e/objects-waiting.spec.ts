// The Objects screen while Kibana is slow or failing, and the selection edge cases an admin runs into:
// what the screen shows during each wait, and what it says when something goes wrong.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const table = (page: Page) => page.getByRole('table').first();
const dataRows = (page: Page) => table(page).locator('tbody tr');

test('a slow page change dims the old rows, keeps their caption, and sends the count and the page at once', async ({ page, simulator }) => {
  await page.goto('/s/default/objects');
  await expect(status(page, 'Showing 1–20 of 41 saved objects')).toBeVisible();
  const firstPageTitles = await dataRows(page).allTextContents();

  // Every _find from here on takes 4 s: one after the other, page 2 would take 8 s.
  await simulator.setFaults([{ method: 'GET', path: '/api/saved_objects/_find', delayMs: 4000 }]);
  const sent: number[] = [];
  const answered: number[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/_find')) sent.push(Date.now());
  });
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname.endsWith('/_find')) answered.push(Date.now());
  });
  await page.getByRole('link', { name: 'Next page' }).click();

  // While waiting: the rows of page 1 stay, dimmed and marked busy, under the caption of what they are.
  await expect(page.locator('[aria-busy="true"]:has(table)')).toBeVisible();
  await expect(dataRows(page).first()).toHaveCSS('opacity', '0.5');
  await expect(status(page, /^Showing/)).toHaveText('Showing 1–20 of 41 saved objects');
  expect(await dataRows(page).allTextContents()).toEqual(firstPageTitles);
  await page.screenshot({ path: 'test-results/objects-page-change-waiting.png' });

  await expect(status(page, /^Showing/)).toHaveText('Showing 21–40 of 41 saved objects');
  await expect(page.locator('[aria-busy="true"]:has(table)')).toHaveCount(0);
  await expect(dataRows(page).first()).toHaveCSS('opacity', '1');
  // Every request of the page change went out before the first of them was answered.
  expect(sent.length).toBeGreaterThanOrEqual(2);
  expect(Math.max(...sent)).toBeLessThan(Math.min(...answered));
});

test('a long first load says it is still waiting and can be cancelled, then tried again', async ({ page, simulator }) => {
  await simulator.setFaults([{ method: 'GET', path: '/api/saved_objects/_find', delayMs: 20_000, times: 20 }]);
  await page.goto('/s/default/objects');
  await expect(status(page, 'Still waiting for Kibana to answer…')).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: 'test-results/objects-still-waiting.png' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Loading cancelled')).toBeVisible();

  await simulator.clearFaults();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(status(page, 'Showing 1–20 of 41 saved objects')).toBeVisible();
});

test('a dropped connection is named as such, without the address of Kibana', async ({ page, simulator }) => {
  await simulator.setFaults([{ method: 'GET', path: '/api/saved_objects/_find', drop: true }]);
  await page.goto('/s/default/objects');
  const callout = page.getByRole('alert').filter({ hasText: 'Could not load saved objects' });
  await expect(callout).toContainText("The connection from the console's server to Kibana broke before Kibana answered", { timeout: 30_000 });
  // A read: nothing to say about writes.
  await expect(callout).not.toContainText('write');
  await expect(page.getByText(/Kibana answered 502/)).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('127.0.0.1');
  await page.screenshot({ path: 'test-results/objects-dropped.png' });

  await simulator.clearFaults();
  await page.getByRole('button', { name: /Retry|Try again/ }).first().click();
  await expect(status(page, 'Showing 1–20 of 41 saved objects')).toBeVisible();
});

test('unticking a row after "select all matching" says plainly what stays selected', async ({ page }) => {
  await page.goto('/s/default/objects');
  await expect(status(page, 'Showing 1–20 of 41 saved objects')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Select Production' }).check();
  const selection = page.getByRole('region', { name: 'Selection' });
  await selection.getByRole('button', { name: 'Select all 41 matching' }).click();
  await expect(selection.getByText('All 41 matching selected')).toBeVisible();

  await page.getByRole('checkbox', { name: 'Select Production' }).uncheck();
  await expect(selection.getByRole('status')).toHaveText(
    '19 selected — Unticking a row ended the selection of all 41 matching: only the 19 rows still ticked on this page stay selected.',
  );
  // The hand-over carries exactly those 19 objects, not a query for all 41.
  const copyHref = (await selection.getByRole('link', { name: 'Copy to spaces' }).getAttribute('href')) ?? '';
  const handedOver = new URL(copyHref, 'http://console').searchParams.get('objects')?.split(',') ?? [];
  expect(handedOver).toHaveLength(19);
  expect(handedOver).not.toContain('tag:tag-production');
});

test('the flyout shows times in local time with how long ago, the exact value on hover', async ({ page }) => {
  await page.goto('/s/default/objects?object=dashboard:web-overview');
  const flyout = page.getByRole('dialog', { name: '[Web logs] Overview' });
  const updated = flyout.locator('time').first();
  await expect(updated).toHaveText(/\d{4}.*\(.+\)$/); // e.g. "… 2026 at 10:00:00 (last month)"
  const exact = (await updated.getAttribute('datetime')) ?? '';
  expect(exact).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  await expect(updated).not.toContainText(exact);
  await updated.hover();
  await expect(page.getByRole('tooltip')).toContainText(exact);
});
