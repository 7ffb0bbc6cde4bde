import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestSimulator, startMswServer } from '../testing/simulator';
import { KibanaError, ResultUnknownError } from './client';
import { findMlSavedObjects, mlSyncResponseValidator, syncMlSavedObjects } from './ml-sync';

const { sim } = createTestSimulator();
const server = startMswServer(sim);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => sim.resetToInitial());
afterAll(() => server.close());

const SYNC = '/api/ml/saved_objects/sync';

describe('ML sync fetchers against the simulator', () => {
  it('a simulated sync changes nothing; the real one does', async () => {
    const preview = await syncMlSavedObjects('default', { simulate: true, addToAllSpaces: true });
    expect(Object.keys(preview.savedObjectsCreated['anomaly-detector'] ?? {})).toEqual(['high-latency-detector']);
    expect(sim.store.get('ml-job', 'anomaly-detector-high-latency-detector')).toBeUndefined();
    await syncMlSavedObjects('default', { simulate: false, addToAllSpaces: false });
    expect(sim.store.get('ml-job', 'anomaly-detector-high-latency-detector')?.namespaces).toEqual(['default']);
  });

  it('finds the ML saved objects of every space', async () => {
    const objects = await findMlSavedObjects('default');
    expect(objects.find((o) => o.id === 'anomaly-detector-checkout-errors')?.namespaces).toEqual(['marketing']);
    expect(new Set(objects.map((o) => o.type))).toEqual(new Set(['ml-job', 'ml-trained-model']));
  });

  it('a real run whose answer is lost is "result unknown", sent once; a lost preview is a plain network error', async () => {
    let calls = 0;
    server.events.on('request:start', ({ request }) => void (new URL(request.url).pathname === SYNC && (calls += 1)));
    sim.faults.replace([{ path: SYNC, drop: true }]);
    await expect(syncMlSavedObjects('default', { simulate: false, addToAllSpaces: true })).rejects.toBeInstanceOf(ResultUnknownError);
    expect(calls).toBe(1);
    const preview = syncMlSavedObjects('default', { simulate: true, addToAllSpaces: true });
    await expect(preview).rejects.not.toBeInstanceOf(ResultUnknownError);
    server.events.removeAllListeners();
  });

  it('a 403 keeps Kibana’s status and message', async () => {
    sim.faults.replace([{ path: SYNC, status: 403, body: { statusCode: 403, error: 'Forbidden', message: 'Forbidden' } }]);
    await expect(syncMlSavedObjects('marketing', { simulate: true, addToAllSpaces: true })).rejects.toEqual(expect.any(KibanaError));
    await expect(syncMlSavedObjects('marketing', { simulate: true, addToAllSpaces: true })).rejects.toMatchObject({ statusCode: 403 });
  });
});

describe('mlSyncResponseValidator', () => {
  it('fills absent categories, keeps unknown kinds and any error shape', () => {
    const parsed = mlSyncResponseValidator({ savedObjectsCreated: { 'future-kind': { x: { success: false, error: 'boom' } } } }, '');
    expect(parsed).toEqual({ savedObjectsCreated: { 'future-kind': { x: { success: false, error: 'boom' } } }, savedObjectsDeleted: {}, datafeedsAdded: {}, datafeedsRemoved: {} });
  });

  it('refuses an entry without success', () => {
    expect(() => mlSyncResponseValidator({ datafeedsAdded: { 'anomaly-detector': { j: { ok: true } } } }, '')).toThrow(/success/);
  });
});
