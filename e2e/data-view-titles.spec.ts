// Data views are shown as Kibana shows them: by name when they have one, with the index pattern beside it;
// a search that matches the name visibly matches.
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';

const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search saved objects' });
const table = (page: Page) => page.getByRole('table').first();
const rowWith = (page: Page, link: string) => table(page).getByRole('row').filter({ has: page.getByRole('link', { name: link, exact: true }) });

test('shows a named data view by name and pattern, finds it by a word of its name and highlights the word', async ({ page }) => {
  await page.goto('/s/default/objects?types=index-pattern');
  await expect(status(page, /of 5 saved objects/)).toBeVisible();
  const named = rowWith(page, 'Flight data');
  await expect(named).toContainText('Flight data · flights-*');
  await expect(named.getByRole('checkbox', { name: 'Select Flight data (flights-*)' })).toBeVisible();
  // Unnamed: the pattern alone, as before.
  const unnamed = rowWith(page, 'logs-nginx.access-*');
  await expect(unnamed).toBeVisible();
  await expect(unnamed).not.toContainText('·');

  // "data" is in the name only ("flights-*" has no such word): the row is found and the word is marked.
  await searchBox(page).fill('type:(index-pattern) data');
  await expect(status(page, 'Showing 1–1 of 1 saved object')).toBeVisible();
  const found = rowWith(page, 'Flight data');
  const marked = found.locator('mark');
  await expect(marked).toHaveText(['data']);
  // Drawn as a highlight: a background of its own, unlike the link around it.
  const [markBackground, linkBackground] = await Promise.all([
    marked.evaluate((element) => getComputedStyle(element).backgroundColor),
    found.getByRole('link').evaluate((element) => getComputedStyle(element).backgroundColor),
  ]);
  expect(markBackground).not.toBe(linkBackground);
  await page.screenshot({ path: 'test-results/data-view-search.png', animations: 'disabled' });
  await expectAccessible(page, 'a data view found by its name, highlighted');

  await found.getByRole('link', { name: 'Flight data' }).click();
  const flyout = page.getByRole('dialog', { name: 'Flight data · flights-*' });
  await expect(flyout.getByRole('heading', { level: 2 })).toHaveText('Flight data · flights-*');
  await expect(flyout.getByRole('region', { name: 'Referenced by' }).getByRole('link', { name: '[Flight data] Delays by carrier' })).toBeVisible();
  await page.screenshot({ path: 'test-results/data-view-flyout.png', animations: 'disabled' });
  await expectAccessible(page, 'a named data view in the flyout');

  // From something that uses it, the reference shows the name and the pattern too.
  await flyout.getByRole('link', { name: '[Flight data] Delays by carrier' }).click();
  const visualization = page.getByRole('dialog', { name: '[Flight data] Delays by carrier' });
  const reference = visualization.getByRole('region', { name: 'References' }).getByRole('row').filter({ has: page.getByRole('link', { name: 'Flight data', exact: true }) });
  await expect(reference).toContainText('Flight data · flights-*');
});

test('shows an unnamed data view by its pattern, highlighted where the search matches it', async ({ page }) => {
  await page.goto('/s/default/objects');
  await searchBox(page).fill('nginx');
  const row = rowWith(page, 'logs-nginx.access-*');
  await expect(row.locator('mark')).toHaveText(['nginx']);
  await row.getByRole('link', { name: 'logs-nginx.access-*' }).click();
  await expect(page.getByRole('dialog', { name: 'logs-nginx.access-*' }).getByRole('heading', { level: 2 })).toHaveText('logs-nginx.access-*');
});

test('Open by id shows a named data view by name and pattern', async ({ page }) => {
  await page.goto('/s/default/aliases');
  await page.getByRole('textbox', { name: 'Ids' }).fill('index-pattern:flights-data-view');
  await page.getByRole('button', { name: 'Resolve' }).click();
  const result = page.getByRole('region', { name: 'index-pattern:flights-data-view', exact: true });
  await expect(result.getByRole('heading', { name: 'Flight data · flights-*' })).toBeVisible();
  await expect(result.getByRole('link', { name: 'Open in Objects: Flight data (flights-*)' })).toBeVisible();
});

test('a highlighted search and a named data view pass the accessibility check in dark mode', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('saved-objects-console:color-mode', 'dark'));
  await page.goto('/s/default/objects?types=index-pattern&q=flight');
  await expect(rowWith(page, 'Flight data').locator('mark')).toHaveText(['Flight', 'flight']);
  await page.screenshot({ path: 'test-results/data-view-search-dark.png', animations: 'disabled' });
  await expectAccessible(page, 'highlighted search, dark');
});
