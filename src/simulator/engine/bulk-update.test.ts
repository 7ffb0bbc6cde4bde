// @vitest-environment node
// Bulk update (kibana-api.md §6): optimistic concurrency and speed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SavedObjectErrorItem } from '../../contract/kibana';
import { createTestSimulator } from '../../testing/simulator';
import type { StateDocument } from '../state/schema';
import { SimulatorStore } from '../state/store';
import { bulkUpdate } from './bulk-update';

function dashboards(count: number): StateDocument {
  return {
    spaces: [{ id: 'default', name: 'Default', disabledFeatures: [] }],
    objects: Array.from({ length: count }, (_, i) => ({
      type: 'dashboard',
      id: `d${i}`,
      namespaces: ['default'],
      attributes: { title: `Dashboard ${i}`, meta: { owner: 'ops', rank: i } },
      references: [{ name: 'tag', type: 'tag', id: 't1' }],
      updated_at: '2026-01-01T00:00:00.000Z',
    })),
  };
}

const errorsOf = (answer: ReturnType<typeof bulkUpdate>) => answer.saved_objects.map((o) => (o as SavedObjectErrorItem).error?.statusCode);

describe('bulk update', () => {
  it('checks each version against the live document, so a repeated object with one version conflicts', () => {
    const store = new SimulatorStore(dashboards(1));
    const version = store.get('dashboard', 'd0')!.version;
    const answer = bulkUpdate(store, 'default', [
      { type: 'dashboard', id: 'd0', attributes: { title: 'first' }, version },
      { type: 'dashboard', id: 'd0', attributes: { title: 'second' }, version },
    ]);
    expect(errorsOf(answer)).toEqual([undefined, 409]);
    expect(store.get('dashboard', 'd0')!.attributes.title).toBe('first');
  });

  it('merges every entry against the document as it was read (last write wins, no accumulation)', () => {
    const store = new SimulatorStore(dashboards(1));
    bulkUpdate(store, 'default', [
      { type: 'dashboard', id: 'd0', attributes: { a: 1 } },
      { type: 'dashboard', id: 'd0', attributes: { b: 2 } },
    ]);
    expect(store.get('dashboard', 'd0')!.attributes).toEqual({ title: 'Dashboard 0', meta: { owner: 'ops', rank: 0 }, b: 2 });
  });

  it('a bulk update with stale versions changes nothing', () => {
    const update = fc.record({ title: fc.string(), meta: fc.dictionary(fc.constantFrom('owner', 'rank', 'x'), fc.jsonValue()) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 7 }), { minLength: 1 }), fc.array(update, { minLength: 8, maxLength: 8 }), (touched, updates) => {
        const store = new SimulatorStore(dashboards(8));
        const staleVersions = touched.map((i) => store.get('dashboard', `d${i}`)!.version);
        // Someone else writes first…
        bulkUpdate(store, 'default', touched.map((i) => ({ type: 'dashboard', id: `d${i}`, attributes: { title: `moved ${i}` } })));
        const before = JSON.stringify(store.toDocument());
        // …so our writes, made with the versions we read earlier, must all be refused.
        const answer = bulkUpdate(store, 'default', touched.map((i, n) => ({ type: 'dashboard', id: `d${i}`, attributes: updates[n], version: staleVersions[n] })));
        expect(errorsOf(answer)).toEqual(touched.map(() => 409));
        expect(JSON.stringify(store.toDocument())).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  // Speed is measured by `npm run bench`, not here.
  it('updates 10,000 objects through the HTTP route in one request', async () => {
    const { json, sim } = createTestSimulator(dashboards(10_000));
    const body = Array.from({ length: 10_000 }, (_, i) => ({ type: 'dashboard', id: `d${i}`, attributes: { meta: { owner: 'sre' } }, version: sim.store.get('dashboard', `d${i}`)!.version }));
    const answer = await json<{ saved_objects: unknown[] }>('PUT', '/api/saved_objects/_bulk_update', { body });
    expect(answer.status).toBe(200);
    expect(answer.body.saved_objects).toHaveLength(10_000);
    expect(sim.store.get('dashboard', 'd9999')!.attributes).toEqual({ title: 'Dashboard 9999', meta: { owner: 'sre', rank: 9999 } });
  });
});
