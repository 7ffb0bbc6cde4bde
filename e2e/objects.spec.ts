import type { Page } from '@playwright/test';
import { COLOR_MODES, expectAccessible, startInColorMode } from './axe';
import { expect, test } from './fixtures';

const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search saved objects' });
const table = (page: Page) => page.getByRole('table').first();
const titleLinks = (page: Page) => table(page).getByRole('row').getByRole('link');

test('browses the default space newest first, page by page', async ({ page }) => {
  await page.goto('/s/default/objects');
  await expect(status(page, 'Showing 1–20 of 41 saved objects')).toBeVisible();
  await expect(table(page).getByRole('row')).toHaveCount(21);
  await expect(titleLinks(page).first()).toHaveText('Production');
  await page.screenshot({ path: 'test-results/objects-default.png', fullPage: true, animations: 'disabled' });

  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL('/s/default/objects?page=2');
  await expect(status(page, 'Showing 21–40 of 41 saved objects')).toBeVisible();

  await page.getByRole('button', { name: 'Rows per page: 20' }).click();
  await page.getByRole('menuitem', { name: '50 rows' }).click();
  await expect(status(page, 'Showing 1–41 of 41 saved objects')).toBeVisible();
  await expect(page).toHaveURL('/s/default/objects?size=50');
});

test('shows every space with its avatars, and filters to some spaces', async ({ page }) => {
  await page.goto('/s/default/objects');
  await page.getByRole('button', { name: 'All spaces' }).click();
  await expect(page).toHaveURL('/s/default/objects?scope=all');
  await expect(status(page, /Showing 1–20 of 1\d\d saved objects/)).toBeVisible();

  await page.getByRole('button', { name: /^Space \d/ }).click();
  await page.getByRole('listbox', { name: 'Spaces' }).getByRole('option', { name: 'Marketing' }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL('/s/default/objects?scope=all&spaces=marketing');
  const firstRow = table(page).getByRole('row').nth(1);
  await expect(firstRow.getByRole('img', { name: 'Marketing' })).toBeVisible();
  await page.screenshot({ path: 'test-results/objects-all-spaces.png', fullPage: true, animations: 'disabled' });

  await page.getByRole('button', { name: /^Space \d/ }).click();
  await page.getByRole('button', { name: 'Clear space filter' }).click();
  await page.keyboard.press('Escape');
  await searchBox(page).fill('metrics');
  const shared = table(page).getByRole('row').filter({ has: page.getByRole('link', { name: 'metrics-*' }) });
  await expect(shared.getByText('all spaces')).toBeVisible();
});

test('searches, filters by type and sorts, all kept in the URL', async ({ page }) => {
  await page.goto('/s/default/objects');
  await expect(status(page, /of 41 saved objects/)).toBeVisible();
  await searchBox(page).fill('flight');
  await expect(status(page, 'Showing 1–8 of 8 saved objects')).toBeVisible();
  await expect(page).toHaveURL('/s/default/objects?q=flight');

  await page.getByRole('button', { name: /^Type \d/ }).click();
  const types = page.getByRole('listbox', { name: 'Types' });
  await expect(types.getByRole('option', { name: /Visualization/ })).toContainText('3');
  await types.getByRole('option', { name: /Visualization/ }).click();
  await page.keyboard.press('Escape');
  await expect(status(page, 'Showing 1–3 of 3 saved objects')).toBeVisible();
  await expect(searchBox(page)).toHaveValue('type:(visualization) flight');
  await expect(page).toHaveURL('/s/default/objects?q=flight&types=visualization');

  // One type: titles can be sorted.
  await page.getByRole('button', { name: 'Title', exact: true }).click();
  await expect(titleLinks(page)).toHaveText(['[Flight data] Average ticket price', '[Flight data] Cancelled flights', '[Flight data] Delays by carrier']);
  await expect(page).toHaveURL('/s/default/objects?q=flight&types=visualization&sort=title&direction=asc');
  await page.screenshot({ path: 'test-results/objects-search.png', fullPage: true, animations: 'disabled' });

  // Typing the clause works as well as the filter.
  await searchBox(page).fill('type:(dashboard or lens) flight');
  await expect(status(page, 'Showing 1–2 of 2 saved objects')).toBeVisible();
  await expect(page).toHaveURL(/types=dashboard%2Clens/);

  // A malformed clause is named, not silently ignored.
  await searchBox(page).fill('type:( flight');
  await expect(page.getByRole('status').filter({ hasText: 'has no closing parenthesis' })).toBeVisible();
});

test('a copied link reopens the same view, and back/forward step through it', async ({ page, context }) => {
  await page.goto('/s/default/objects');
  await page.getByRole('button', { name: 'All spaces' }).click();
  await searchBox(page).fill('overview');
  await expect(page).toHaveURL('/s/default/objects?scope=all&q=overview');
  await expect(status(page, /Showing 1–\d+ of \d+ saved objects/)).toBeVisible();
  await page.getByRole('button', { name: 'Type', exact: true }).click();
  await expect(page).toHaveURL(/sort=type&direction=asc/);
  // The rows of the sorted search, not those still shown while it loads.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const titles = await titleLinks(page).allTextContents();
  const copied = page.url();

  const other = await context.newPage();
  await other.goto(copied);
  await expect(titleLinks(other)).toHaveText(titles);
  await expect(searchBox(other)).toHaveValue('overview');
  await expect(other.getByRole('button', { name: 'All spaces' })).toHaveAttribute('aria-pressed', 'true');
  await other.close();

  await page.goBack();
  await expect(page).not.toHaveURL(/sort=type/);
  await page.goBack();
  await expect(page).toHaveURL('/s/default/objects?scope=all');
  await expect(searchBox(page)).toHaveValue('');
  await page.goForward();
  await expect(searchBox(page)).toHaveValue('overview');
  await page.goForward();
  await expect(titleLinks(page)).toHaveText(titles);
});

// A slow machine, made reproducible: the browser's CPU runs many times slower, so the screen renders a
// navigation long after the address bar has moved.
async function slowCpu(page: Page, rate = 10) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

test('on a slow machine, each change composes with the one before, and one search is one Back', async ({ page }) => {
  await page.goto('/s/default/objects');
  await expect(status(page, /of 41 saved objects/)).toBeVisible();
  await slowCpu(page);
  await page.getByRole('button', { name: 'All spaces' }).click();
  await searchBox(page).pressSequentially('over');
  // A pause long enough for the typed search to reach the URL, then the rest of the word and Enter.
  await expect(page).toHaveURL('/s/default/objects?scope=all&q=over');
  await searchBox(page).pressSequentially('view');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL('/s/default/objects?scope=all&q=overview');
  await expect(page.getByRole('button', { name: 'All spaces' })).toHaveAttribute('aria-pressed', 'true');

  await page.goBack();
  await expect(page).toHaveURL('/s/default/objects?scope=all');
  await expect(searchBox(page)).toHaveValue('');
  await page.goBack();
  await expect(page).toHaveURL('/s/default/objects');
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL('/s/default/objects?scope=all&q=overview');
  await expect(searchBox(page)).toHaveValue('overview');
});

test('the flyout shows an object, follows references, flags missing ones', async ({ page }) => {
  await page.goto('/s/default/objects?q=legacy');
  await titleLinks(page).filter({ hasText: '[Legacy] Error review' }).click();
  const dashboard = page.getByRole('dialog', { name: '[Legacy] Error review' });
  await expect(dashboard).toBeVisible();
  await expect(page).toHaveURL(/object=dashboard%3Alegacy-errors-dashboard/);
  await expect(dashboard.getByText('panelsJSON', { exact: true })).toBeVisible();

  await dashboard.getByRole('link', { name: '[Legacy] Error spikes (data view deleted)' }).click();
  const visualization = page.getByRole('dialog', { name: '[Legacy] Error spikes (data view deleted)' });
  await expect(visualization.getByText('missing', { exact: true })).toBeVisible();
  await expect(visualization.getByText('1 missing reference')).toBeVisible();
  await expect(visualization.getByRole('heading', { name: 'Referenced by (1)' })).toBeVisible();
  await page.screenshot({ path: 'test-results/objects-flyout-missing.png', animations: 'disabled' });

  await page.goBack();
  await expect(page.getByRole('dialog', { name: '[Legacy] Error review' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).first().click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).toHaveURL('/s/default/objects?q=legacy');

  await page.goto('/s/default/objects?object=dashboard:web-overview');
  await expect(page.getByRole('dialog', { name: '[Web logs] Overview' })).toBeVisible();
  await page.screenshot({ path: 'test-results/objects-flyout.png', animations: 'disabled' });
});

test('deletes after confirming; a shared object is deleted from every space', async ({ page }) => {
  await page.goto('/s/default/objects?q=kpi');
  await titleLinks(page).filter({ hasText: 'Company KPIs (imported)' }).click();
  const flyout = page.getByRole('dialog', { name: 'Company KPIs (imported)' });
  await flyout.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete “Company KPIs (imported)”?' });
  await expect(confirm.getByText('This object is shared')).toHaveCount(0);
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Deleted “Company KPIs (imported)”')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Company KPIs (imported)' })).toHaveCount(0);
  await expect(status(page, 'Showing 1–1 of 1 saved object')).toBeVisible();

  await page.goto('/s/sales/objects?scope=all&object=index-pattern:shared-metrics-data-view');
  await page.getByRole('dialog', { name: 'metrics-*' }).getByRole('button', { name: 'Delete' }).click();
  const sharedConfirm = page.getByRole('alertdialog', { name: 'Delete “metrics-*”?' });
  await expect(sharedConfirm.getByText('This object is shared')).toBeVisible();
  await page.screenshot({ path: 'test-results/objects-delete-shared.png', animations: 'disabled' });
  await sharedConfirm.getByRole('button', { name: 'Delete from all spaces' }).click();
  await expect(page.getByText('Deleted “metrics-*”')).toBeVisible();
  await searchBox(page).fill('metrics');
  // 8 objects matched "metrics" in the demo, the shared data view among them.
  await expect(status(page, 'Showing 1–7 of 7 saved objects')).toBeVisible();
  await expect(table(page).getByRole('link', { name: 'metrics-*', exact: true })).toHaveCount(0);
});

test('selection survives paging and hands over to the other screens', async ({ page }) => {
  await page.goto('/s/default/objects');
  await page.getByRole('checkbox', { name: 'Select Production', exact: true }).check();
  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(status(page, /Showing 21–40/)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Select Flight data: all events', exact: true }).check();
  const selection = page.getByRole('region', { name: 'Selection' });
  await expect(selection.getByText('2 selected')).toBeVisible();
  await selection.getByRole('button', { name: 'Select all 41 matching' }).click();
  await expect(selection.getByText('All 41 matching selected')).toBeVisible();
  await page.screenshot({ path: 'test-results/objects-selection.png', animations: 'disabled' });

  const download = page.waitForEvent('download');
  await selection.getByRole('button', { name: /^Export/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Export' }).click();
  expect((await download).suggestedFilename()).toBe('export.ndjson');
  await expect(page.getByText(/^Exported \d+ objects$/)).toBeVisible();

  await selection.getByRole('link', { name: 'Copy to spaces' }).click();
  await expect(page).toHaveURL(/\/s\/default\/copy\?query=/);
});

test('Back from Copy to spaces or Bulk edit finds the selection again', async ({ page }) => {
  await page.goto('/s/default/objects');
  await page.getByRole('checkbox', { name: 'Select Production', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Select Executive', exact: true }).check();
  const selection = page.getByRole('region', { name: 'Selection' });
  await expect(selection.getByText('2 selected')).toBeVisible();
  await selection.getByRole('link', { name: 'Copy to spaces' }).click();
  await expect(page).toHaveURL(/\/s\/default\/copy\?objects=/);
  await page.goBack();
  await expect(selection.getByText('2 selected')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Select Production', exact: true })).toBeChecked();

  await selection.getByRole('button', { name: 'Select all 41 matching' }).click();
  await selection.getByRole('link', { name: 'Bulk edit' }).click();
  await expect(page).toHaveURL(/\/s\/default\/bulk-edit\?query=/);
  await page.goBack();
  await expect(selection.getByText('All 41 matching selected')).toBeVisible();
  // A new visit starts with nothing selected (a reload of the same entry keeps it, as Back does).
  await page.goto('/s/default/objects?size=50');
  await expect(status(page, 'Showing 1–41 of 41 saved objects')).toBeVisible();
  await expect(selection).toHaveCount(0);
});

test('a failed load offers a retry in place of the table', async ({ page, simulator }) => {
  await simulator.setFaults([{ path: '/api/saved_objects/_find', status: 503, times: 3 }]);
  await page.goto('/s/default/objects');
  await expect(page.getByRole('alert').getByText('Could not load saved objects')).toBeVisible();
  await page.screenshot({ path: 'test-results/objects-error.png', animations: 'disabled' });
  await simulator.clearFaults();
  await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await expect(status(page, 'Showing 1–20 of 41 saved objects')).toBeVisible();
});

for (const colorMode of COLOR_MODES) {
  test(`no serious accessibility violations, ${colorMode}: table, filters, selection, export, flyout, modals`, async ({ page }) => {
    test.slow(); // axe reads the whole page in each of six states
    await startInColorMode(page, colorMode);
    await page.goto('/s/default/objects?scope=all');
    await expect(status(page, /Showing 1–20 of/)).toBeVisible();
    await expectAccessible(page, 'table, all spaces');

    await page.getByRole('button', { name: /^Type \d/ }).click();
    await expect(page.getByRole('dialog', { name: 'Type filter' }).getByRole('listbox', { name: 'Types' })).toBeVisible();
    await expectAccessible(page, 'type filter open');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Space \d/ }).click();
    await expect(page.getByRole('dialog', { name: 'Space filter' }).getByRole('listbox', { name: 'Spaces' })).toBeVisible();
    await expectAccessible(page, 'space filter open');
    await page.keyboard.press('Escape');
    await page.getByRole('row').nth(1).getByRole('checkbox').check();
    await page.getByRole('region', { name: 'Selection' }).getByRole('button', { name: /^Export/ }).click();
    await expect(page.getByRole('dialog', { name: 'Export options' })).toBeVisible();
    await expectAccessible(page, 'selection, export options open');
    await page.keyboard.press('Escape');

    await page.goto('/s/default/objects?object=dashboard:web-overview');
    const flyout = page.getByRole('dialog', { name: '[Web logs] Overview' });
    await expect(flyout.getByRole('link', { name: '[Web logs] Requests per minute' })).toBeVisible();
    await expectAccessible(page, 'flyout');
    await flyout.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectAccessible(page, 'delete confirmation');
    await page.screenshot({ path: `test-results/objects-a11y-${colorMode}.png`, animations: 'disabled' });
  });
}

test('keyboard only: skip link, filter lists with the arrow keys, one Escape closes the flyout', async ({ page }) => {
  await page.goto('/s/default/objects');
  await expect(status(page, /of 41 saved objects/)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main-content')).toBeFocused();

  await page.getByRole('button', { name: /^Type \d/ }).focus();
  await page.keyboard.press('Enter');
  const types = page.getByRole('dialog', { name: 'Type filter' }).getByRole('listbox', { name: 'Types' });
  await expect(types).toBeFocused();
  // Focus on the list marks its first type (Dashboard); the arrow moves to the next one.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/s/default/objects?types=visualization');
  await page.keyboard.press('Escape');

  await page.goto('/s/default/objects?object=dashboard:web-overview');
  const flyout = page.getByRole('dialog', { name: '[Web logs] Overview' });
  await flyout.locator('time').first().focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).toHaveURL('/s/default/objects');
});

test('follows the system light/dark setting until the admin picks one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/s/default/objects');
  const darkMode = page.getByRole('button', { name: 'Dark mode' });
  await expect(darkMode).toHaveAttribute('aria-pressed', 'true');
  await darkMode.click();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'false');
});

for (const width of [1024, 800]) {
  test(`the flyout's references stay readable at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/s/default/objects?object=dashboard:web-overview');
    const references = page.getByRole('dialog', { name: '[Web logs] Overview' }).getByRole('region', { name: 'References' });
    const link = references.getByRole('link', { name: '[Web logs] Requests per minute' });
    await expect(link).toBeVisible();
    // One line (two at most), not one letter per line.
    const box = await link.boundingBox();
    expect(box?.height ?? 0).toBeLessThan(48);
    expect(box?.width ?? 0).toBeGreaterThan(120);
  });
}

test('at 800 px the header keeps the theme toggle on screen', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto('/s/default/objects');
  const box = await page.getByRole('button', { name: 'Dark mode' }).boundingBox();
  expect(box).not.toBeNull();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(800);
});

for (const width of [1440, 800]) {
  test(`at ${width} px the flyout footer stays on at most two rows and the export toast covers none of its buttons`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/s/default/objects?object=dashboard:web-overview');
    const flyout = page.getByRole('dialog', { name: '[Web logs] Overview' });
    const footerButtons = flyout.locator('.euiFlyoutFooter').locator('a, button');
    // Close sits beside the actions when there is room; the × above always closes.
    await expect(footerButtons).toHaveCount(width < 992 ? 4 : 5);
    const boxes = async () => (await footerButtons.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON()))) as DOMRect[];
    const rows = new Set((await boxes()).map((box) => Math.round(box.top)));
    expect(rows.size).toBeLessThanOrEqual(2);

    const download = page.waitForEvent('download');
    await flyout.getByRole('button', { name: /^Export/ }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await download;
    const toast = page.locator('.euiToast').filter({ hasText: /Exported/ });
    await expect(toast).toBeVisible();
    await page.screenshot({ path: `test-results/objects-flyout-toast-${width}.png`, animations: 'disabled' });
    const toastBox = (await toast.boundingBox())!;
    for (const box of await boxes()) {
      const overlaps =
        box.left < toastBox.x + toastBox.width && toastBox.x < box.right && box.top < toastBox.y + toastBox.height && toastBox.y < box.bottom;
      expect(overlaps, `toast over a footer button at ${JSON.stringify(box)}`).toBe(false);
    }
  });
}
