import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { createTestSimulator, startMswServer } from '../../testing/simulator';
import { ObjectsRoute } from './route';

const { sim } = createTestSimulator();
const server = startMswServer(sim);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => sim.resetToInitial());
afterAll(() => server.close());

const renderAt = (route: string) => renderWithProviders(<ObjectsRoute />, { route });
const status = (text: string | RegExp) => screen.findByText(text, { selector: '[role="status"]' });
const rowOf = (link: HTMLElement) => link.closest('tr')!;
const marks = (element: HTMLElement) => [...element.querySelectorAll('mark')].map((mark) => mark.textContent);

describe('Data view titles', () => {
  it('shows a named data view by its name with its index pattern beside it, an unnamed one by its pattern', async () => {
    renderAt('/s/default/objects?types=index-pattern');
    await status(/of 5 saved objects/);
    const named = screen.getByRole('link', { name: 'Flight data' });
    expect(within(rowOf(named)).getByText('flights-*')).toBeInTheDocument();
    expect(within(rowOf(named)).getByRole('checkbox', { name: 'Select Flight data (flights-*)' })).toBeInTheDocument();

    const unnamed = screen.getByRole('link', { name: 'logs-nginx.access-*' });
    expect(rowOf(unnamed).textContent).not.toContain('·');
    expect(within(rowOf(unnamed)).getByRole('checkbox', { name: 'Select logs-nginx.access-*' })).toBeInTheDocument();
    expect(marks(screen.getByRole('table'))).toEqual([]);
  });

  it('finds a data view by a word of its name alone and highlights the word', async () => {
    renderAt('/s/default/objects?types=index-pattern&q=data');
    expect(await status('Showing 1–1 of 1 saved object')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Flight data' });
    expect(marks(link)).toEqual(['data']);
    expect(marks(rowOf(link))).toEqual(['data']); // "flights-*" does not match "data"
  });

  it('highlights a search that matches both the name and the pattern', async () => {
    renderAt('/s/default/objects?types=index-pattern&q=flight');
    expect(await status('Showing 1–1 of 1 saved object')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Flight data' });
    expect(marks(link)).toEqual(['Flight']);
    expect(marks(rowOf(link))).toEqual(['Flight', 'flight']);
  });

  it('shows the name and the pattern in the flyout heading and in the references of what uses it', async () => {
    const { user } = renderAt('/s/default/objects?object=visualization:flights-vis-0');
    const visualization = await screen.findByRole('dialog', { name: '[Flight data] Delays by carrier' });
    const references = within(visualization).getByRole('region', { name: 'References' });
    const reference = await within(references).findByRole('link', { name: 'Flight data' });
    expect(reference.closest('td')!.textContent).toContain('flights-*');

    await user.click(reference);
    const dataView = await screen.findByRole('dialog', { name: 'Flight data · flights-*' });
    const heading = within(dataView).getByRole('heading', { level: 2 });
    expect(within(heading).getByText('Flight data')).toBeInTheDocument();
    expect(within(heading).getByText('flights-*')).toBeInTheDocument();
  });

  it('names a named data view with its pattern in the delete confirmation, above what references it', async () => {
    // As in object-flyout.test.tsx: computed styles from inline styles only, or opening a modal takes ~30 s in jsdom.
    const computedStyle = vi.spyOn(window, 'getComputedStyle').mockImplementation((element) => (element as HTMLElement).style);
    onTestFinished(() => computedStyle.mockRestore());
    const { user } = renderAt('/s/default/objects?object=index-pattern:flights-data-view');
    const dataView = await screen.findByRole('dialog', { name: 'Flight data · flights-*' });
    await user.click(within(dataView).getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete “Flight data (flights-*)”?' });
    const referrers = await within(confirm).findByRole('list', { name: 'Saved objects that reference it' });
    expect(within(referrers).getByText('[Flight data] Delays by carrier')).toBeInTheDocument();
  });
});
