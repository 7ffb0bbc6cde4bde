import { COLOR_MODES, expectAccessible, startInColorMode } from './axe';
import { expect, test } from './fixtures';

const IDS = ['dashboard:web-overview', 'dashboard:old-web-overview', 'dashboard:kpi-overview', 'visualization:legacy-requests', 'dashbaord:typo'];

test('open by id shows what Kibana opens for each id', async ({ page }) => {
  // Started here rather than from another screen: those are built concurrently and load their own chunks.
  await page.goto('/s/default/aliases');
  await expect(page.getByRole('heading', { level: 1, name: 'Open by id and aliases' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Aliases', exact: true })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('textbox', { name: 'Ids' }).fill(IDS.join('\n'));
  await page.getByRole('button', { name: 'Resolve' }).click();

  await expect(page.getByText('5 ids: 1 conflict, 1 moved, 1 exact match, 1 not found, 1 unsupported type')).toBeVisible();
  const result = (name: string) => page.getByRole('region', { name, exact: true });
  await expect(result('dashboard:web-overview').getByText('Exact match', { exact: true })).toBeVisible();
  await expect(result('dashboard:old-web-overview').getByText('This id moved to web-overview', { exact: false })).toBeVisible();
  await expect(result('dashboard:kpi-overview').getByRole('heading', { name: 'Company KPIs (imported)' })).toBeVisible();
  await expect(result('visualization:legacy-requests').getByText('Not found', { exact: true })).toBeVisible();
  await expect(result('dashbaord:typo').getByText('Unsupported type', { exact: true })).toBeVisible();
  await expect(page.getByText('Did you mean “dashboard”?', { exact: false })).toBeVisible();

  await page.screenshot({ path: 'test-results/aliases-open-by-id.png', fullPage: true });

  // The list is in the URL: a reload shows the same results.
  await page.reload();
  await expect(result('dashboard:kpi-overview').getByText('Conflict', { exact: true })).toBeVisible();
});

test('open by id reads whole Kibana links', async ({ page }) => {
  await page.goto('/s/default/aliases');
  await page
    .getByRole('textbox', { name: 'Ids' })
    .fill('https://kibana.example.com/app/dashboards#/view/old-web-overview?_g=(time:(from:now-15m))\nhttps://kibana.example.com/app/visualize#/edit/legacy-requests');
  await page.getByRole('button', { name: 'Resolve' }).click();
  const result = (name: string) => page.getByRole('region', { name, exact: true });
  await expect(result('dashboard:old-web-overview').getByText('This id moved to web-overview', { exact: false })).toBeVisible();
  await expect(result('visualization:legacy-requests').getByText('Not found', { exact: true })).toBeVisible();
});

test('fixing a conflict makes the id an exact match', async ({ page }) => {
  await page.goto('/s/default/aliases?object=dashboard:kpi-overview');
  const conflict = page.getByRole('region', { name: 'dashboard:kpi-overview' });
  await expect(conflict.getByRole('heading', { name: 'Company KPIs (imported)' })).toBeVisible();
  await conflict.getByRole('button', { name: 'Disable the alias' }).click();

  const modal = page.getByRole('alertdialog', { name: 'Disable the alias for dashboard:kpi-overview?' });
  await expect(modal).toBeVisible();
  await page.screenshot({ path: 'test-results/aliases-fix-confirm.png', animations: 'disabled' });
  await modal.getByRole('button', { name: 'Disable alias' }).click();

  await expect(page.getByText('Disabled the alias for dashboard:kpi-overview')).toBeVisible();
  await expect(conflict.getByText('Exact match', { exact: true })).toBeVisible();
  await expect(conflict.getByRole('heading', { name: 'Company KPIs' })).toBeVisible();
  await page.screenshot({ path: 'test-results/aliases-fixed.png' });
});

test('the aliases tab lists the conflict first', async ({ page }) => {
  await page.goto('/s/default/aliases');
  await page.getByRole('tab', { name: 'Legacy URL aliases' }).click();
  await expect(page).toHaveURL('/s/default/aliases?tab=aliases');
  await expect(page.getByText('1 alias is in conflict')).toBeVisible();

  const rows = page.getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('kpi-overview');
  await expect(rows.nth(1)).toContainText('Conflict');
  await expect(rows.nth(2)).toContainText('old-web-overview');
  await expect(rows.nth(3)).toContainText('Disabled');
  await page.screenshot({ path: 'test-results/aliases-tab.png', fullPage: true });

  // The old id leads to Open by id with both objects side by side.
  await rows.nth(1).getByRole('link', { name: 'kpi-overview', exact: true }).click();
  await expect(page).toHaveURL('/s/default/aliases?object=dashboard:kpi-overview');
  await expect(page.getByRole('region', { name: 'dashboard:kpi-overview' }).getByText('Conflict', { exact: true })).toBeVisible();
});

test('at 800 px the alias list breaks no word of its Type cells', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto('/s/default/aliases?tab=aliases');
  await expect(page.getByText('1 alias is in conflict')).toBeVisible();
  await page.screenshot({ path: 'test-results/aliases-tab-800.png', fullPage: true });
  const typeColumn = await page.getByRole('columnheader').allTextContents();
  const typeIndex = typeColumn.findIndex((text) => /^Type\W*$/.test(text.trim()));
  expect(typeIndex).toBeGreaterThan(-1);
  // Each word of each Type cell lies on one line (a word broken in two has two line boxes).
  const brokenWords = await page.getByRole('row').evaluateAll((rows, index) => {
    const broken: string[] = [];
    for (const row of rows.slice(1)) {
      const cell = row.querySelectorAll('td')[index];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if (range.getClientRects().length > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, typeIndex);
  expect(brokenWords).toEqual([]);
});

test('a failed disable says so and leaves the aliases as they were', async ({ page, simulator }) => {
  await simulator.setFaults([{ path: '/api/spaces/_disable_legacy_url_aliases', status: 503 }]);
  await page.goto('/s/default/aliases?tab=aliases');
  const firstRow = page.getByRole('row').nth(1);
  await expect(firstRow).toContainText('Conflict');
  await firstRow.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Disable selected (1)' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Disable alias' }).click();

  await expect(page.getByText('Could not disable the alias for dashboard:kpi-overview')).toBeVisible();
  await expect(firstRow).toContainText('Conflict');
  await page.screenshot({ path: 'test-results/aliases-disable-failed.png' });
});

for (const colorMode of COLOR_MODES) {
  test(`no serious accessibility violations, ${colorMode}: results, type list, aliases tab, confirmation`, async ({ page }) => {
    test.slow(); // axe reads the whole page in each of four states
    await startInColorMode(page, colorMode);
    await page.goto(`/s/default/aliases?${IDS.map((id) => `object=${id}`).join('&')}`);
    await expect(page.getByRole('region', { name: 'dashboard:kpi-overview' }).getByText('Conflict', { exact: true })).toBeVisible();
    await expectAccessible(page, 'open by id results');
    await page.getByRole('button', { name: 'Ids of one type' }).click();
    await page.getByRole('button', { name: /Type of the ids/ }).click();
    await expect(page.getByRole('listbox')).toBeVisible();
    await expectAccessible(page, 'type of the ids list open');
    await page.keyboard.press('Escape');

    await page.goto('/s/default/aliases?tab=aliases');
    const firstRow = page.getByRole('row').nth(1);
    await expect(firstRow).toContainText('Conflict');
    await expectAccessible(page, 'aliases tab');
    await firstRow.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Disable selected (1)' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectAccessible(page, 'disable confirmation');
    await page.screenshot({ path: `test-results/aliases-a11y-${colorMode}.png`, animations: 'disabled' });
  });
}
