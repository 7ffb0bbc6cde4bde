// @vitest-environment node
// The state document (kibana-api.md §14.3) round-trips: through a new store, and through
// `PUT /__simulator/state` then `GET`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestSimulator } from '../../testing/simulator';
import { encodeVersion } from '../engine/versions';
import type { StateDocument, StateObject } from './schema';
import { SimulatorStore } from './store';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const NOW = new Date('2026-12-01T10:00:00.000Z');
const SPACES = ['default', 'marketing', 'sales', 'ops-2'];
const TYPES = ['dashboard', 'index-pattern', 'config', 'legacy-url-alias', 'ml-job', 'custom-widget'];

const { json } = fc.letrec<{ json: Json }>((tie) => ({
  json: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('json'), { maxLength: 3 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), tie('json'), { maxKeys: 3 })),
}));

const isoDate = fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2027-01-01') }).map((t) => new Date(t).toISOString());

const stateObject: fc.Arbitrary<StateObject> = fc
  .record({
    type: fc.constantFrom(...TYPES),
    id: fc.stringMatching(/^[a-z0-9-]{1,8}$/),
    space: fc.constantFrom(...SPACES),
    shared: fc.boolean(),
    originId: fc.option(fc.stringMatching(/^[a-z]{1,6}$/), { nil: undefined }),
    attributes: fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), json, { maxKeys: 4 }),
    references: fc.array(fc.record({ name: fc.string({ maxLength: 4 }), type: fc.constantFrom(...TYPES), id: fc.string({ maxLength: 4 }) }), { maxLength: 2 }),
    updated_at: fc.option(isoDate, { nil: undefined }),
    version: fc.option(fc.nat({ max: 5000 }).map((n) => encodeVersion(n + 1)), { nil: undefined }),
    managed: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ space, shared, ...o }) => {
    const namespaces = o.type === 'config' ? [space] : shared ? [space, '*'] : [space];
    return Object.fromEntries(Object.entries({ ...o, namespaces }).filter(([, v]) => v !== undefined)) as unknown as StateObject;
  });

const stateDocument: fc.Arbitrary<StateDocument> = fc.record({
  spaces: fc.subarray(SPACES.slice(1)).map((ids) => ['default', ...ids].map((id) => ({ id, name: id.toUpperCase(), disabledFeatures: [] }))),
  objects: fc.array(stateObject, { maxLength: 12 }),
  ml: fc.record({
    jobs: fc.array(fc.record({ type: fc.constantFrom('anomaly-detector' as const, 'data-frame-analytics' as const), id: fc.stringMatching(/^[a-z]{1,6}$/) }), { maxLength: 3 }),
    trainedModels: fc.array(fc.record({ id: fc.stringMatching(/^[a-z]{1,6}$/) }), { maxLength: 2 }),
  }),
  types: fc.constant({ 'custom-widget': { namespaceType: 'multiple' as const, icon: 'beaker', importable: true } }),
});

function loaded(doc: StateDocument): StateDocument {
  const store = new SimulatorStore();
  store.now = () => NOW;
  store.load(structuredClone(doc));
  return store.toDocument();
}

describe('the state document', () => {
  it('round-trips through a new store', () => {
    fc.assert(
      fc.property(stateDocument, (doc) => {
        const once = loaded(doc);
        expect(loaded(once)).toEqual(once);
        expect(JSON.parse(JSON.stringify(once))).toEqual(once);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps what it was given: ids, spaces, attributes, references and versions', () => {
    const keyOf = (o: StateObject) => `${o.type}|${o.id}|${o.type === 'config' ? o.namespaces?.[0] : ''}`;
    fc.assert(
      fc.property(stateDocument, (doc) => {
        const once = loaded(doc);
        const kept = new Map(once.objects.map((o) => [keyOf(o), o]));
        // The same type and id twice: the later one wins, as in an index.
        const expected = new Map(doc.objects.map((o) => [keyOf(o), o]));
        expect(kept.size).toBe(expected.size);
        for (const [key, original] of expected) {
          const o = kept.get(key)!;
          expect(o.attributes).toEqual(original.attributes);
          expect(o.references).toEqual(original.references);
          expect(o.originId).toBe(original.originId);
          expect(o.namespaces).toEqual(original.type === 'legacy-url-alias' ? [] : original.namespaces);
          expect(o.updated_at).toBe(original.updated_at ?? NOW.toISOString());
          if (original.version) expect(o.version).toBe(original.version);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('round-trips through PUT /__simulator/state and GET', async () => {
    await fc.assert(
      fc.asyncProperty(stateDocument, async (doc) => {
        const { json: call, sim } = createTestSimulator();
        sim.store.now = () => NOW;
        expect((await call('PUT', '/__simulator/state', { body: doc })).status).toBe(204);
        const first = await call<StateDocument>('GET', '/__simulator/state');
        expect(first.body).toEqual(JSON.parse(JSON.stringify(loaded(doc))));
        expect((await call('PUT', '/__simulator/state', { body: first.body })).status).toBe(204);
        expect((await call<StateDocument>('GET', '/__simulator/state')).body).toEqual(first.body);
      }),
      { numRuns: 40 },
    );
  });
});
