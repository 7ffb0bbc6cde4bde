// @vitest-environment node
// Fault rules (kibana-api.md §14.2) on the write, resolve and ML sync endpoints: status, delay, drop,
// `times` counting down and seeded `rate`.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestSimulator, type TestSimulator } from '../testing/simulator';
import type { FaultRule } from './faults';
import { startSimulatorServer, type SimulatorServer } from './node-server';

const BULK_UPDATE = '/api/saved_objects/_bulk_update';
const rename = (title: string) => ({ body: [{ type: 'dashboard', id: 'web-overview', attributes: { title } }] });
const titleOf = (t: TestSimulator) => t.sim.store.get('dashboard', 'web-overview')?.attributes.title;

async function setFaults(t: TestSimulator, rules: FaultRule[]): Promise<void> {
  const answer = await t.call('PUT', '/__simulator/faults', { body: rules });
  expect(answer.status).toBe(204);
}

describe('fault rules', () => {
  it('answers the rule status with Kibana’s error body, and the write does not happen', async () => {
    const t = createTestSimulator();
    await setFaults(t, [{ method: 'PUT', path: BULK_UPDATE, status: 503 }]);
    const answer = await t.json('PUT', BULK_UPDATE, rename('Faulted'));
    expect(answer).toMatchObject({ status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'Service Unavailable' } });
    expect(titleOf(t)).toBe('[Web logs] Overview');
  });

  it('sends a custom body, matches after the space prefix, and honours the method', async () => {
    const t = createTestSimulator();
    await setFaults(t, [{ method: 'POST', path: '/api/saved_objects/_bulk_resolve', status: 429, body: { message: 'slow down' } }]);
    expect(await t.json('POST', '/s/marketing/api/saved_objects/_bulk_resolve', { body: [] })).toMatchObject({ status: 429, body: { message: 'slow down' } });
    expect((await t.json('GET', '/api/saved_objects/resolve/dashboard/web-overview')).status).toBe(200);
  });

  it('matches a path prefix ending in *', async () => {
    const t = createTestSimulator();
    await setFaults(t, [{ path: '/api/saved_objects/*', status: 500 }]);
    expect((await t.json('DELETE', '/api/saved_objects/dashboard/web-overview')).status).toBe(500);
    expect((await t.json('GET', '/api/ml/saved_objects/sync?simulate=true')).status).toBe(200);
    expect(t.sim.store.get('dashboard', 'web-overview')).toBeDefined();
  });

  it('delays the answer by delayMs, then answers normally', async () => {
    const t = createTestSimulator();
    await setFaults(t, [{ path: '/api/ml/saved_objects/sync', delayMs: 120 }]);
    const started = performance.now();
    const answer = await t.json('GET', '/api/ml/saved_objects/sync?simulate=true');
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    expect(answer.status).toBe(200);
  });

  it('counts `times` down and removes the rule when it is used up', async () => {
    const t = createTestSimulator();
    await setFaults(t, [{ method: 'PUT', path: BULK_UPDATE, status: 503, times: 2 }]);
    expect((await t.json('PUT', BULK_UPDATE, rename('a'))).status).toBe(503);
    expect((await t.json<FaultRule[]>('GET', '/__simulator/faults')).body).toEqual([expect.objectContaining({ times: 1 })]);
    expect((await t.json('PUT', BULK_UPDATE, rename('b'))).status).toBe(503);
    expect((await t.json('GET', '/__simulator/faults')).body).toEqual([]);
    expect((await t.json('PUT', BULK_UPDATE, rename('c'))).status).toBe(200);
    expect(titleOf(t)).toBe('c');
  });

  it('fires a seeded `rate` rule reproducibly', async () => {
    const pattern = async (seed: number) => {
      const t = createTestSimulator();
      await setFaults(t, [{ path: '/api/saved_objects/resolve/*', status: 503, rate: 0.5, seed }]);
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await t.call('GET', '/api/saved_objects/resolve/dashboard/web-overview')).status);
      return statuses;
    };
    const first = await pattern(7);
    expect(await pattern(7)).toEqual(first);
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(await pattern(8)).not.toEqual(first);
  });

  it('`drop` answers with a network error through the handlers', async () => {
    const t = createTestSimulator();
    await setFaults(t, [{ path: '/api/saved_objects/resolve/*', drop: true }]);
    const answer = await t.call('GET', '/api/saved_objects/resolve/dashboard/web-overview');
    expect(answer.type).toBe('error');
  });

  describe('over real HTTP', () => {
    let server: SimulatorServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    it('`drop` destroys the socket, so fetch rejects; the write does not happen', async () => {
      server = await startSimulatorServer({ port: 0, ephemeral: true });
      const put = (path: string, body: unknown) =>
        fetch(`${server!.url}${path}`, { method: 'PUT', headers: { 'content-type': 'application/json', 'kbn-xsrf': 'test' }, body: JSON.stringify(body) });
      expect((await put('/__simulator/faults', [{ method: 'PUT', path: BULK_UPDATE, drop: true, times: 1 }])).status).toBe(204);
      await expect(put(BULK_UPDATE, rename('Dropped').body)).rejects.toThrow();
      expect(server.sim.store.get('dashboard', 'web-overview')?.attributes.title).toBe('[Web logs] Overview');
      expect((await put(BULK_UPDATE, rename('After').body)).status).toBe(200);
    });
  });
});
