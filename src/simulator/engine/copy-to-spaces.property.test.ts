// @vitest-environment node
// Property-based checks of copy to space and resolve copy errors (kibana-api.md §3–4) over generated
// deployments: small id and space pools so that exact, unresolvable, origin and ambiguous conflicts, missing
// references and shared objects all show up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CopyResponse, CopySpaceResult } from '../../contract/kibana';
import { deployment, pinnedSimulator, so } from '../../testing/copy-fixtures';
import type { TestSimulator } from '../../testing/simulator';
import type { StateObject } from '../state/schema';
import type { StoredObject } from '../state/store';

const COPY = '/api/spaces/_copy_saved_objects';
const RESOLVE = '/api/spaces/_resolve_copy_saved_objects_errors';
const TYPES = ['dashboard', 'visualization', 'index-pattern', 'search', 'config'] as const;
const IDS = ['a', 'b', 'c', 'd', 'e'];
const SPACES = ['default', 's1', 's2'];
const DATES = ['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'];
const RUNS = { numRuns: 60 };

const objectArb = (shared: boolean) =>
  fc.record({
    type: fc.constantFrom(...TYPES),
    id: fc.constantFrom(...IDS),
    spaces: shared ? fc.subarray(SPACES, { minLength: 1 }) : fc.constantFrom(...SPACES).map((s) => [s]),
    originId: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
    refs: fc.array(fc.tuple(fc.constantFrom('dashboard', 'visualization', 'index-pattern', 'search'), fc.constantFrom(...IDS)), { maxLength: 3 }),
    updatedAt: fc.constantFrom(...DATES),
    title: fc.constantFrom('Alpha', 'Beta', 'Gamma'),
    managed: fc.boolean(),
  });

/** Objects keyed the way Kibana stores them: single-namespace per space, the others globally. */
const deploymentArb = (shared: boolean) =>
  fc.array(objectArb(shared), { minLength: 1, maxLength: 14 }).map((specs) => {
    const byKey = new Map<string, StateObject>();
    for (const s of specs) {
      const single = s.type === 'config';
      const ns = single ? [s.spaces[0]] : s.spaces;
      const key = single ? `${ns[0]}:${s.type}:${s.id}` : `${s.type}:${s.id}`;
      if (byKey.has(key)) continue;
      byKey.set(key, so(s.type, s.id, { ns, title: s.title, refs: s.refs, updatedAt: s.updatedAt, managed: s.managed, ...(single ? {} : { originId: s.originId }) }));
    }
    return deployment([...byKey.values()], SPACES);
  });

const requestArb = fc.record({
  picks: fc.array(fc.nat({ max: 30 }), { maxLength: 4 }),
  spaces: fc.subarray(['s1', 's2'], { minLength: 1 }),
  includeReferences: fc.boolean(),
  createNewCopies: fc.boolean(),
  overwrite: fc.boolean(),
  compatibilityMode: fc.boolean(),
});

type CopyRequest = typeof requestArb extends fc.Arbitrary<infer T> ? T : never;

function inSpace(t: TestSimulator, space: string): StoredObject[] {
  return [...t.sim.store.all()].filter((o) => !t.sim.store.registry.isAgnostic(o.type) && t.sim.store.existsIn(o, space));
}

/** Objects of the source space picked by index, as a valid copy body. */
function copyBody(t: TestSimulator, r: CopyRequest, overrides: Partial<CopyRequest> = {}) {
  const req = { ...r, ...overrides };
  const source = inSpace(t, 'default');
  const objects = source.length ? [...new Map(req.picks.map((i) => source[i % source.length]).map((o) => [`${o.type}:${o.id}`, { type: o.type, id: o.id }])).values()] : [];
  return {
    spaces: req.spaces,
    objects,
    includeReferences: req.includeReferences,
    createNewCopies: req.createNewCopies,
    overwrite: !req.createNewCopies && req.overwrite,
    compatibilityMode: !req.createNewCopies && req.compatibilityMode,
  };
}

const versions = (objects: StoredObject[]) => new Map(objects.map((o) => [`${o.namespaces.join(',')}|${o.type}:${o.id}`, o.version]));

function expectCountsMatch(result: CopySpaceResult) {
  expect(result.successCount).toBe(result.successResults?.length ?? 0);
  expect(result.success).toBe(!result.errors?.length);
}

describe('copy to space: properties', () => {
  it('never changes the source space when no object is shared with a destination', async () => {
    await fc.assert(
      fc.asyncProperty(deploymentArb(false), requestArb, async (state, r) => {
        const t = pinnedSimulator(state);
        const before = versions(inSpace(t, 'default'));
        const { status } = await t.json('POST', COPY, { body: copyBody(t, r) });
        expect(status).toBe(200);
        expect(versions(inSpace(t, 'default'))).toEqual(before);
      }),
      RUNS,
    );
  });

  it('with shared objects, only objects also present in a destination can change (by an origin-match overwrite)', async () => {
    await fc.assert(
      fc.asyncProperty(deploymentArb(true), requestArb, async (state, r) => {
        const t = pinnedSimulator(state);
        const body = copyBody(t, r);
        const untouchable = inSpace(t, 'default').filter((o) => !body.spaces.some((s) => t.sim.store.existsIn(o, s)));
        const keys = new Set(inSpace(t, 'default').map((o) => `${o.type}:${o.id}`));
        await t.json('POST', COPY, { body });
        for (const o of untouchable) expect(t.sim.store.get(o.type, o.id, 'default')?.version).toBe(o.version);
        expect(new Set(inSpace(t, 'default').map((o) => `${o.type}:${o.id}`))).toEqual(keys);
      }),
      RUNS,
    );
  });

  it('successCount equals successResults.length in every space, for copy and resolve', async () => {
    const retryArb = fc.record({
      pick: fc.nat({ max: 30 }),
      overwrite: fc.boolean(),
      destinationId: fc.option(fc.constantFrom(...IDS, 'fresh-1', 'fresh-2'), { nil: undefined }),
      createNewCopy: fc.option(fc.boolean(), { nil: undefined }),
      ignoreMissingReferences: fc.option(fc.boolean(), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(deploymentArb(true), requestArb, fc.array(retryArb, { maxLength: 5 }), async (state, r, retrySpecs) => {
        const t = pinnedSimulator(state);
        const body = copyBody(t, r);
        const copied = await t.json<CopyResponse>('POST', COPY, { body });
        Object.values(copied.body).forEach(expectCountsMatch);

        const source = inSpace(t, 'default');
        const retries = source.length
          ? retrySpecs.map(({ pick, ...flags }) => {
              const o = source[pick % source.length];
              return Object.fromEntries(Object.entries({ type: o.type, id: o.id, ...flags }).filter(([, v]) => v !== undefined));
            })
          : [];
        const resolved = await t.json<CopyResponse>('POST', RESOLVE, {
          body: {
            objects: source.slice(0, 3).map((o) => ({ type: o.type, id: o.id })),
            includeReferences: r.includeReferences,
            createNewCopies: r.createNewCopies,
            retries: Object.fromEntries(body.spaces.map((s) => [s, retries])),
          },
        });
        expect(resolved.status).toBe(200);
        Object.values(resolved.body).forEach(expectCountsMatch);
      }),
      RUNS,
    );
  });

  it('with overwrite false, no object already in a destination changes', async () => {
    await fc.assert(
      fc.asyncProperty(deploymentArb(true), requestArb, async (state, r) => {
        const t = pinnedSimulator(state);
        const body = copyBody(t, r, { overwrite: false });
        const before = body.spaces.flatMap((s) => inSpace(t, s));
        await t.json('POST', COPY, { body });
        for (const o of before) expect(t.sim.store.get(o.type, o.id, o.namespaces[0])).toEqual(o);
      }),
      RUNS,
    );
  });

  it('after a successful copy without new copies, every copied object traces back to its source by origin', async () => {
    await fc.assert(
      fc.asyncProperty(deploymentArb(true), requestArb, async (state, r) => {
        const t = pinnedSimulator(state);
        const body = copyBody(t, r, { createNewCopies: false });
        const sources = new Map(inSpace(t, 'default').map((o) => [`${o.type}:${o.id}`, structuredClone(o)]));
        const { body: answer } = await t.json<CopyResponse>('POST', COPY, { body });
        for (const space of body.spaces) {
          const result = answer[space];
          if (!result.success) continue;
          for (const success of result.successResults ?? []) {
            // Ambiguous sources are deliberately created as new copies, without an origin.
            if (success.createNewCopy) continue;
            const source = sources.get(`${success.type}:${success.id}`)!;
            const created = t.sim.store.getIn(success.type, success.destinationId ?? success.id, space)!;
            expect(created).toBeDefined();
            expect(created.originId ?? created.id).toBe(source.originId ?? source.id);
          }
        }
      }),
      RUNS,
    );
  });
});
