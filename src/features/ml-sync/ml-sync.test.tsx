import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { smallState } from '../../testing/conformance';
import { renderWithProviders } from '../../testing/render';
import { createTestSimulator, startMswServer } from '../../testing/simulator';
import { MlSyncRoute } from './route';

const { sim } = createTestSimulator();
const server = startMswServer(sim);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => sim.resetToInitial());
afterAll(() => server.close());

const SYNC = '/api/ml/saved_objects/sync';
const section = (name: RegExp) => screen.findByRole('region', { name });
const rowOf = (container: HTMLElement, id: string) => within(container).getByText(id).closest('tr')!;

function renderScreen(space = 'default') {
  return renderWithProviders(<MlSyncRoute />, { route: `/s/${space}/ml-sync` });
}

async function synchronise(user: ReturnType<typeof renderScreen>['user']) {
  await user.click(await screen.findByRole('button', { name: /^Synchronise/ }));
  const dialog = await screen.findByRole('alertdialog');
  await user.click(within(dialog).getByRole('button', { name: 'Synchronise' }));
}

describe('ML sync preview', () => {
  it('shows the demo drift in four sections, each item with its reason and its spaces', async () => {
    renderScreen();
    const create = await section(/Saved objects to create 4/);
    expect(within(create).getByText('high-latency-detector')).toBeInTheDocument();
    expect(within(rowOf(create, '.elser_model_2')).getByText('all spaces')).toBeInTheDocument();
    expect(within(rowOf(create, 'customer-churn')).getByText('Data frame analytics job')).toBeInTheDocument();

    const remove = await section(/Saved objects to delete 3/);
    const retired = rowOf(remove, 'retired-capacity-job');
    expect(within(retired).getByText(/no longer exists in Elasticsearch/)).toBeInTheDocument();
    expect(within(retired).getByRole('img', { name: 'Engineering' })).toBeInTheDocument();

    const added = rowOf(await section(/Datafeed ids to add 1/), 'checkout-errors');
    expect(within(added).getByRole('img', { name: 'Marketing' })).toBeInTheDocument();
    expect(within(added).getByText(/Cannot be repaired from Default/)).toBeInTheDocument();
    expect(within(added).getByRole('link', { name: 'Marketing' })).toHaveAttribute('href', '/s/marketing/ml-sync');

    const removed = rowOf(await section(/Datafeed ids to remove 1/), 'login-spikes');
    expect(removed).toHaveTextContent('datafeed-login-spikes → none');
    expect(within(removed).getByRole('link', { name: 'Security Ops' })).toHaveAttribute('href', '/s/security-ops/ml-sync');
  });

  it('an empty deployment is in sync, with the time of the check', async () => {
    sim.reset(smallState());
    renderScreen();
    expect(await screen.findByRole('heading', { name: 'Everything is in sync' })).toBeInTheDocument();
    expect(screen.getByText(/Checked from Default at \d/)).toBeInTheDocument();
  });

  it('a 403 explains the privilege, a licence 403 the licence, a 404 that ML is missing', async () => {
    sim.faults.replace([{ path: SYNC, status: 403, times: 1, body: { statusCode: 403, error: 'Forbidden', message: 'API [GET /api/ml/saved_objects/sync] is unauthorized for user, this action is granted by the Kibana privileges [ml:canCreateJob]' } }]);
    const first = renderScreen('marketing');
    expect(await screen.findByRole('alert')).toHaveTextContent('Syncing needs the Machine Learning “All” privilege in the space Marketing');
    first.unmount();

    sim.faults.replace([{ path: SYNC, status: 403, times: 1, body: { statusCode: 403, error: 'Forbidden', message: 'Your license does not support this feature' } }]);
    const second = renderScreen();
    expect(await screen.findByRole('alert')).toHaveTextContent('Platinum, Enterprise or trial licence');
    second.unmount();

    sim.faults.replace([{ path: SYNC, status: 404, times: 1, body: { statusCode: 404, error: 'Not Found', message: 'Not Found' } }]);
    renderScreen();
    expect(await screen.findByRole('alert')).toHaveTextContent('Machine learning is not available');
  });
});

describe('ML sync run', () => {
  it('from the default space: every repair but the two datafeed ones is done, and the re-preview shows exactly those two', async () => {
    const { user } = renderScreen();
    await section(/Saved objects to create 4/);
    await user.click(screen.getByRole('button', { name: /^Synchronise/ }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Saved objects to create: 4');
    expect(dialog).toHaveTextContent('New saved objects will go to all spaces');
    expect(dialog).toHaveTextContent('2 items cannot be repaired from Default and will fail');
    await user.click(within(dialog).getByRole('button', { name: 'Synchronise' }));

    const result = await section(/Result of the sync/);
    expect(await within(result).findByText('7 done, 2 failed')).toBeInTheDocument();
    const failed = within(result).getAllByText('Failed').map((badge) => badge.closest('tr')!);
    expect(failed.map((row) => within(row).getByText(/checkout-errors|login-spikes/).textContent)).toEqual(['checkout-errors', 'login-spikes']);
    expect(failed[0]).toHaveTextContent('404 Not Found, without a message.');
    expect(failed[0]).toHaveTextContent('Its saved object lives in Marketing, which the sync cannot see from this space. Run the sync from Marketing.');

    expect((await screen.findByText(/Still out of sync after the run:/)).parentElement).toHaveTextContent('2 items out of sync');
    expect(await section(/Saved objects to create 0/)).toBeInTheDocument();
    expect(sim.store.get('ml-job', 'anomaly-detector-high-latency-detector')?.namespaces).toEqual(['*']);
  });

  it('runs from the spaces the screen names until the re-preview proves everything is in sync', async () => {
    const { user } = renderScreen();
    await section(/Saved objects to create 4/);
    await synchronise(user);
    await screen.findByText(/Still out of sync after the run:/);
    await user.click(within(rowOf(await section(/Datafeed ids to add 1/), 'checkout-errors')).getByRole('link', { name: 'Marketing' }));
    expect(await screen.findByText('The sync runs in the space Marketing')).toBeInTheDocument();
    await section(/Datafeed ids to add 1/);
    await synchronise(user);
    expect(await within(await section(/Result of the sync/)).findByText('1 done, 1 failed')).toBeInTheDocument();
    await user.click(within(rowOf(await section(/Datafeed ids to remove 1/), 'login-spikes')).getByRole('link', { name: 'Security Ops' }));
    await section(/Datafeed ids to remove 1/);
    await synchronise(user);
    expect(await screen.findByRole('heading', { name: 'Everything is in sync' })).toBeInTheDocument();
    expect(screen.getByText(/Checked again after the run: nothing is left to repair/)).toBeInTheDocument();
    expect(within(await section(/Runs from this browser/)).getAllByText('Completed').length).toBeGreaterThanOrEqual(3);
  });

  it('"Only this space" creates the new objects in the URL’s space, as the screen says', async () => {
    const { user } = renderScreen('sales');
    await section(/Saved objects to create 4/);
    await user.click(screen.getByRole('radio', { name: 'Only Sales' }));
    expect(within(rowOf(await section(/Saved objects to create 4/), 'customer-churn')).getByRole('img', { name: 'Sales' })).toBeInTheDocument();
    await synchronise(user);
    await section(/Result of the sync/);
    expect(sim.store.get('ml-job', 'data-frame-analytics-customer-churn')?.namespaces).toEqual(['sales']);
    expect(sim.store.get('ml-trained-model', '.elser_model_2')?.namespaces).toEqual(['*']);
  });

  it('one item that Kibana fails is shown as failed, with its message, and only that one', async () => {
    sim.reset(smallState([{ type: 'ml-job', id: 'anomaly-detector-blocked', namespaces: ['sales'], attributes: { job_id: 'squatter', datafeed_id: null, type: 'data-frame-analytics' } }], { jobs: [{ type: 'anomaly-detector', id: 'blocked' }, { type: 'anomaly-detector', id: 'free' }, { type: 'data-frame-analytics', id: 'squatter' }], trainedModels: [] }));
    const { user } = renderScreen();
    await section(/Saved objects to create 2/);
    await synchronise(user);
    const result = await section(/Result of the sync/);
    expect(await within(result).findByText('1 done, 1 failed')).toBeInTheDocument();
    const blocked = rowOf(result, 'blocked');
    expect(within(blocked).getByText('Failed')).toBeInTheDocument();
    expect(blocked).toHaveTextContent('409 Conflict: Saved object [ml-job/anomaly-detector-blocked] conflict');
    expect(within(rowOf(result, 'free')).getByText('Done')).toBeInTheDocument();
  });

  it('a run that fails with 503 keeps the preview and offers to synchronise again', async () => {
    const { user } = renderScreen();
    await section(/Saved objects to create 4/);
    sim.faults.replace([{ method: 'GET', path: SYNC, status: 503, times: 1, body: { statusCode: 503, error: 'Service Unavailable', message: 'Kibana is not ready' } }]);
    await synchronise(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('Kibana answered 503 Service Unavailable. Kibana said: “Kibana is not ready.”');
    expect(await section(/Saved objects to create 4/)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Synchronise again…' })).toBeEnabled();
    expect(sim.store.get('ml-job', 'anomaly-detector-high-latency-detector')).toBeUndefined();
  });

  it('a run whose answer is lost is never resent: the screen checks again and shows what is left', async () => {
    const { user } = renderScreen();
    await section(/Saved objects to create 4/);
    let runs = 0;
    server.events.on('request:start', ({ request }) => void (new URL(request.url).searchParams.get('simulate') === 'false' && (runs += 1)));
    // The sync happens, but its answer never arrives.
    sim.faults.replace([{ path: SYNC, drop: true, times: 1 }]);
    await synchronise(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('The answer to the sync was lost');
    expect(await screen.findByText(/Still out of sync after the run:/)).toBeInTheDocument();
    expect(runs).toBe(1);
    server.events.removeAllListeners();
  });

  it('after a lost answer, synchronising again waits for a successful check', async () => {
    const { user } = renderScreen();
    await section(/Saved objects to create 4/);
    // The run's answer is lost, and so is the check right after it.
    sim.faults.replace([{ path: SYNC, drop: true, times: 1 }, { path: SYNC, status: 503, times: 1 }]);
    await synchronise(user);
    expect(await screen.findByText('The answer to the sync was lost')).toBeInTheDocument();
    expect(await screen.findByText(/Showing the check from/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Synchronise again…' })).toBeDisabled();
    await user.click(screen.getAllByRole('button', { name: 'Check again' })[0]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Synchronise again…' })).toBeEnabled());
  });
});
