// @vitest-environment node
// The `_find` indexes must answer exactly like the plain full scan (kibana-api.md §7): same objects, same
// order (ties and score order included), same totals, same errors, after any sequence of writes (put,
// update in place, re-create, remove, journal replay, load) over generated deployments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StateDocument, StateObject } from '../state/schema';
import { addGeneratedObjects } from '../state/generator';
import { SimulatorStore, type StoredObject } from '../state/store';
import { findObjects, type FindParams } from './find';
import { encodeVersion } from './versions';

const SPACES = ['default', 's1', 's2', 's3'];
/** Built-ins of every namespace type, plus custom types (any attribute sorts for those). */
const TYPES = ['dashboard', 'visualization', 'index-pattern', 'config', 'legacy-url-alias', 'widget', 'gadget', 'thing'];
const CUSTOM_TYPES = { widget: { namespaceType: 'multiple' }, gadget: { namespaceType: 'single' }, thing: { namespaceType: 'agnostic' } } as const;
const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const WORDS = ['alpha', 'Beta', 'gamma', 'delta', 'check', 'checkout', 'Checkout-flow', 'latency', 'straße', 'ÉTÉ', '42', 'x1'];
const DATES = ['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'];

const text = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }), fc.constantFrom(' ', '-', ': '))
  .map(([words, separator]) => words.join(separator));

const objectArb = fc.record({
  type: fc.constantFrom(...TYPES),
  id: fc.constantFrom(...IDS),
  spaces: fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...SPACES).map((s) => [s]) },
    { weight: 1, arbitrary: fc.subarray([...SPACES, 'gone'], { minLength: 0 }) },
    { weight: 1, arbitrary: fc.constant<string[]>(['*']) },
  ),
  title: fc.oneof({ weight: 8, arbitrary: text }, { weight: 1, arbitrary: fc.constant(undefined) }),
  description: fc.option(text, { nil: undefined }),
  deep: fc.option(text, { nil: undefined }),
  rank: fc.oneof(fc.constant(undefined), fc.integer({ min: -3, max: 3 }), fc.constantFrom('b', '10')),
  refs: fc.array(fc.record({ type: fc.constantFrom('dashboard', 'visualization', 'index-pattern'), id: fc.constantFrom(...IDS) }), { maxLength: 3 }),
  updatedAt: fc.constantFrom(...DATES),
  managed: fc.boolean(),
});
type ObjectSpec = typeof objectArb extends fc.Arbitrary<infer T> ? T : never;

function stateObject(s: ObjectSpec): StateObject {
  const attributes: Record<string, unknown> = { description: s.description, nested: { deep: s.deep, list: [s.deep, s.title] } };
  if (s.title !== undefined) attributes.title = s.title;
  if (s.rank !== undefined) attributes.rank = s.rank;
  return {
    type: s.type,
    id: s.id,
    namespaces: s.type === 'config' || s.type === 'gadget' ? s.spaces.slice(0, 1) : s.spaces,
    attributes,
    references: s.refs.map((r, i) => ({ name: `ref_${i}`, ...r })),
    updated_at: s.updatedAt,
    managed: s.managed,
  };
}

const documentArb = fc.array(objectArb, { maxLength: 40 }).map(
  (specs): StateDocument => ({
    spaces: SPACES.map((id) => ({ id, name: id, disabledFeatures: [] })),
    objects: specs.map(stateObject),
    types: CUSTOM_TYPES,
  }),
);

const refArb = fc.record({ type: fc.constantFrom('dashboard', 'visualization', 'index-pattern'), id: fc.constantFrom(...IDS) });
const searchArb = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom(...WORDS).map((w) => `${w.slice(0, 3)}*`),
      fc.constantFrom('*', '-check*', '+alpha', '-beta', '"alpha beta"', '"check gamma*"', 'nope', '!!', 'che*'),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((parts) => parts.join(' '));

/** Mostly absent, so that requests without that filter are common too. */
const seldom = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

type Find = { space: string; params: FindParams };
const findArb: fc.Arbitrary<Find> = fc.record({
  space: fc.constantFrom(...SPACES),
  params: fc.record({
    types: fc.oneof(fc.constantFrom(...TYPES).map((t) => [t]), fc.subarray([...TYPES, 'space', 'unknown'], { minLength: 1 })),
    page: fc.integer({ min: 1, max: 4 }),
    perPage: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom(20, 2.5)),
    search: seldom(searchArb),
    defaultSearchOperator: fc.constantFrom('OR' as const, 'AND' as const),
    searchFields: fc.option(fc.constantFrom<string[]>(['title'], ['description'], ['title', 'nested.deep'], ['nested']), { nil: undefined }),
    sortField: fc.option(fc.constantFrom('_score', 'title', 'updated_at', 'type', '_id', 'namespaces', 'managed', 'rank', 'description', 'bogus'), { nil: undefined }),
    hasReference: seldom(fc.array(refArb, { minLength: 1, maxLength: 2 })),
    hasReferenceOperator: fc.constantFrom('OR' as const, 'AND' as const),
    hasNoReference: seldom(fc.array(refArb, { minLength: 1, maxLength: 2 })),
    hasNoReferenceOperator: fc.constantFrom('OR' as const, 'AND' as const),
    namespaces: fc.option(fc.oneof(fc.constant<string[]>(['*']), fc.subarray([...SPACES, 'gone'], { minLength: 1 })), { nil: undefined }),
  }),
});

const writeArb = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('put' as const), spec: objectArb }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), spec: objectArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('recreate' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replay' as const), specs: fc.array(objectArb, { maxLength: 3 }), removals: fc.array(fc.nat(), { maxLength: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('mixed-sort-value' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('load' as const), doc: documentArb }) },
);
type Write = typeof writeArb extends fc.Arbitrary<infer T> ? T : never;

function toStored(store: SimulatorStore, s: ObjectSpec): Omit<StoredObject, 'version'> {
  const o = stateObject(s);
  return {
    type: o.type,
    id: o.id,
    namespaces: store.registry.isAgnostic(o.type) ? [] : o.namespaces!,
    attributes: o.attributes,
    references: o.references!,
    updated_at: o.updated_at!,
    managed: o.managed!,
  };
}

function apply(store: SimulatorStore, w: Write): void {
  const objects = [...store.all()];
  const picked = (n: number) => (objects.length ? objects[n % objects.length] : undefined);
  switch (w.kind) {
    case 'put':
      store.put(toStored(store, w.spec));
      break;
    case 'update': {
      // Same key, new content and spaces (the object keeps its place in storage order).
      const o = picked(w.pick);
      const single = o && store.registry.isSingleNamespace(o.type);
      if (o) store.put({ ...toStored(store, { ...w.spec, type: o.type, id: o.id }), ...(single ? { namespaces: o.namespaces } : {}) });
      break;
    }
    case 'remove': {
      const o = picked(w.pick);
      if (o) store.remove(o);
      break;
    }
    case 'recreate': {
      // Deleted then created again: it moves to the end of storage order.
      const o = picked(w.pick);
      if (o) {
        store.remove(o);
        store.put(o);
      }
      break;
    }
    case 'replay': {
      const changes = w.specs.map((s) => {
        const object = { ...toStored(store, s), version: encodeVersion(1000) };
        return { key: store.rawKey(object.type, object.id, object.namespaces[0]), object };
      });
      for (const n of w.removals) {
        const o = picked(n);
        if (o) changes.push({ key: store.rawKey(o.type, o.id, o.namespaces[0]), object: null as never });
      }
      store.applyChanges(changes);
      break;
    }
    case 'mixed-sort-value': {
      // A number where other objects hold strings: no consistent order, so the index must defer to the scan.
      const o = picked(w.pick);
      if (o) store.put({ ...o, attributes: { ...o.attributes, title: 7 } });
      break;
    }
    case 'load':
      store.load(w.doc);
      break;
  }
}

function outcome(store: SimulatorStore, f: Find, engine: 'indexed' | 'scan') {
  try {
    return { response: findObjects(store, f.space, f.params, engine) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function expectSameAnswers(store: SimulatorStore, finds: Find[]): void {
  for (const f of finds) expect(outcome(store, f, 'indexed'), JSON.stringify(f)).toEqual(outcome(store, f, 'scan'));
}

/** Every type in every space, in storage order and sorted: any object out of place after a write shows. */
const PROBES: Find[] = TYPES.flatMap((type) =>
  [undefined, 'updated_at'].map((sortField) => ({
    space: 'default',
    params: { types: [type], namespaces: ['*'], page: 1, perPage: 50, sortField, defaultSearchOperator: 'OR', hasReferenceOperator: 'OR', hasNoReferenceOperator: 'OR' },
  })),
);

describe('_find through the indexes', () => {
  it('answers exactly like the full scan after any writes', () => {
    fc.assert(
      fc.property(documentArb, fc.array(findArb, { minLength: 4, maxLength: 8 }), fc.array(fc.tuple(writeArb, fc.array(findArb, { maxLength: 3 })), { maxLength: 12 }), (doc, warmUp, steps) => {
        const store = new SimulatorStore(doc);
        // First requests build the indexes (buckets, words, references, sort orders); later ones read them updated.
        expectSameAnswers(store, warmUp);
        for (const [write, finds] of steps) {
          apply(store, write);
          expectSameAnswers(store, [...finds, ...warmUp.slice(0, 2), ...PROBES]);
        }
      }),
      { numRuns: Number(process.env.FIND_INDEX_RUNS ?? 200) },
    );
  });

  it('answers the objects screen requests over generated objects exactly like the full scan, before and after writes', () => {
    const doc = addGeneratedObjects({ spaces: SPACES.map((id) => ({ id, name: id, disabledFeatures: [] })), objects: [] }, 3000);
    const store = new SimulatorStore(doc);
    const types = ['dashboard', 'visualization', 'lens', 'search', 'map', 'index-pattern'];
    const base = { page: 1, perPage: 50, defaultSearchOperator: 'OR', hasReferenceOperator: 'OR', hasNoReferenceOperator: 'OR' } as const;
    const someView = [...store.all()].find((o) => o.type === 'index-pattern')!;
    const finds: Find[] = [
      { space: 'default', params: { ...base, types } },
      { space: 'default', params: { ...base, types, namespaces: ['*'], sortField: 'updated_at' } },
      { space: 'default', params: { ...base, types: ['visualization'], sortField: 'title', page: 3 } },
      { space: 's1', params: { ...base, types, perPage: 20, search: 'check*' } },
      { space: 'default', params: { ...base, types, search: 'checkout latency', defaultSearchOperator: 'AND', sortField: 'title' } },
      { space: 'default', params: { ...base, types: ['dashboard'], perPage: 0 } },
      { space: 'default', params: { ...base, types, perPage: 100, page: 40, namespaces: ['*'] } },
      { space: 'default', params: { ...base, types, namespaces: ['*'], hasReference: [{ type: 'index-pattern', id: someView.id }] } },
      { space: 'default', params: { ...base, types, namespaces: ['*'], search: '-checkout', sortField: 'type', page: 7 } },
      { space: 'default', params: { ...base, types, search: '-check*' } },
    ];
    expectSameAnswers(store, finds);
    // The deployment changes: a dashboard renamed, one object deleted, one re-created, a whole space loaded from a journal.
    const all = [...store.all()];
    const dashboard = all.find((o) => o.type === 'dashboard' && o.namespaces[0] === 'default')!;
    store.put({ ...dashboard, attributes: { ...dashboard.attributes, title: 'Aardvark checkout latency' } });
    store.put({ ...all[4], attributes: { ...all[4].attributes, description: 'renamed' } }); // keeps its place
    store.remove(all[10]);
    store.remove(all[20]);
    store.put(all[20]);
    store.applyChanges(all.slice(100, 140).map((o) => ({ key: store.rawKey(o.type, o.id, o.namespaces[0]), object: { ...o, namespaces: ['s2'], version: encodeVersion(9999) } })));
    expectSameAnswers(store, finds);
    expect(findObjects(store, 'default', { ...base, types: ['dashboard'], search: 'aardvark', perPage: 5 }).saved_objects.map((o) => o.id)).toEqual([dashboard.id]);
  });

  it('sorts a field holding both numbers and strings exactly like the full scan (pairs compare as numbers or as text)', () => {
    const store = new SimulatorStore({
      spaces: [{ id: 'default', name: 'Default', disabledFeatures: [] }],
      types: CUSTOM_TYPES,
      objects: [3, 'b', 10, '10', 'a', 2, undefined].map((rank, i) => ({ type: 'widget', id: `w${i}`, namespaces: ['default'], attributes: { rank } })),
    });
    const params: FindParams = { types: ['widget'], page: 1, perPage: 10, sortField: 'rank', defaultSearchOperator: 'OR', hasReferenceOperator: 'OR', hasNoReferenceOperator: 'OR' };
    const ids = (engine: 'indexed' | 'scan') => findObjects(store, 'default', params, engine).saved_objects.map((o) => o.id);
    expect(ids('indexed')).toEqual(ids('scan'));
    expect(ids('indexed').at(-1)).toBe('w6'); // missing values last
  });
});
