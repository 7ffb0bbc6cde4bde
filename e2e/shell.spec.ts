import { COLOR_MODES, expectAccessible, startInColorMode } from './axe';
import { expect, test } from './fixtures';

const DEMO_SPACES = ['Default', 'Engineering', 'Marketing', 'Sales', 'Security Ops'];

test('the shell links the four screens and navigates between them', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL('/s/default/objects');
  await expect(page.getByRole('heading', { level: 1, name: 'Saved objects' })).toBeVisible();

  const screens = [
    { link: 'Bulk edit', path: '/s/default/bulk-edit', title: 'Bulk edit' },
    { link: 'Copy to spaces', path: '/s/default/copy', title: 'Copy to spaces' },
    { link: 'ML sync', path: '/s/default/ml-sync', title: 'ML sync' },
    { link: 'Objects', path: '/s/default/objects', title: 'Saved objects' },
  ];
  for (const screen of screens) {
    await page.getByRole('link', { name: screen.link, exact: true }).click();
    await expect(page).toHaveURL(screen.path);
    await expect(page.getByRole('heading', { level: 1, name: screen.title })).toBeVisible();
    await expect(page.getByRole('link', { name: screen.link, exact: true })).toHaveAttribute('aria-current', 'page');
  }

  await page.screenshot({ path: 'test-results/shell.png' });
});

test('the space switcher lists the spaces and keeps the screen when switching', async ({ page }) => {
  await page.goto('/s/default/copy');
  await page.getByRole('button', { name: /Default.*current space/ }).click();

  const spaces = page.getByRole('listbox', { name: 'Spaces' });
  for (const name of DEMO_SPACES) await expect(spaces.getByRole('option', { name, exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/space-switcher.png' });

  await spaces.getByRole('option', { name: 'Marketing', exact: true }).click();
  await expect(page).toHaveURL('/s/marketing/copy');
  await expect(page.getByRole('button', { name: /Marketing.*current space/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Copy to spaces' })).toBeVisible();
});

test('dark mode is remembered after a reload', async ({ page }) => {
  await page.goto('/s/default/objects');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();

  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(lightBackground);
  await page.screenshot({ path: 'test-results/shell-dark.png' });
});

test('Kibana failing to list spaces gives a clear full-page state, and Retry recovers', async ({ page, simulator }) => {
  await simulator.setFaults([{ path: '/api/spaces/space', status: 503 }]);
  await page.goto('/s/default/objects');

  await expect(page.getByRole('heading', { name: 'Kibana is not available right now' })).toBeVisible();
  await expect(page.getByText(/Kibana may be starting, restarting or overloaded/)).toBeVisible();
  await page.screenshot({ path: 'test-results/shell-unavailable.png' });

  await simulator.clearFaults();
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saved objects' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Default.*current space/ })).toBeVisible();
});

test('an unknown space in the URL says so and links to the default space', async ({ page }) => {
  await page.goto('/s/ghost/ml-sync');
  await expect(page.getByRole('heading', { name: 'There is no space “ghost”' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the default space' }).click();
  await expect(page).toHaveURL('/s/default/objects');
});

for (const colorMode of COLOR_MODES) {
  test(`no serious accessibility violations, ${colorMode}: space switcher, Kibana unavailable, unknown space`, async ({ page, simulator }) => {
    test.slow(); // axe reads the whole page in each of three states
    await startInColorMode(page, colorMode);
    await page.goto('/s/default/copy');
    await page.getByRole('button', { name: /Default.*current space/ }).click();
    await expect(page.getByRole('listbox', { name: 'Spaces' }).getByRole('option', { name: 'Marketing', exact: true })).toBeVisible();
    await expectAccessible(page, 'space switcher open');

    await page.goto('/s/ghost/ml-sync');
    await expect(page.getByRole('heading', { name: 'There is no space “ghost”' })).toBeVisible();
    await expectAccessible(page, 'unknown space');

    await simulator.setFaults([{ path: '/api/spaces/space', status: 503 }]);
    await page.goto('/s/default/objects');
    await expect(page.getByRole('heading', { name: 'Kibana is not available right now' })).toBeVisible();
    await expectAccessible(page, 'Kibana unavailable');
  });
}
