// @vitest-environment node
// The round trip an admin relies on (KIBANA-NOTES.md N9): `_export` every type of a space with every related
// object, then `_import` the file — into an empty deployment (same ids), or into an empty space of the same
// deployment as new copies (fresh ids, references following the copies) — gives the same objects and
// references. Dangling data-view/search references in the export are reported as `missing_references` and
// resolved with `_resolve_import_errors` (ignoreMissingReferences), as the Kibana UI does. Generated states:
// the demo plus generated objects.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SavedObject } from '../../contract/kibana';
import { importForm } from '../../testing/multipart';
import { createTestSimulator, type TestSimulator } from '../../testing/simulator';
import { createDemoState, createEmptyState } from '../state/demo';
import { addGeneratedObjects } from '../state/generator';

const RUNS = { numRuns: 12 };
const SPACES = ['default', 'marketing', 'engineering', 'security-ops', 'sales'];
const VALIDATED_REFERENCE_TYPES = ['index-pattern', 'search'];

interface ImportAnswer {
  success: boolean;
  successCount: number;
  successResults?: { type: string; id: string; destinationId?: string }[];
  errors?: { type: string; id: string; error: { type: string } }[];
  warnings: unknown[];
}

async function exportSpace(t: TestSimulator, space: string) {
  const answer = await t.call('POST', `/s/${space}/api/saved_objects/_export`, { body: { type: '*', includeReferencesDeep: true } });
  expect(answer.status).toBe(200);
  const text = await answer.text();
  const lines = text.split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const details = lines.pop() as { exportedCount: number; missingReferences: { type: string; id: string }[] };
  return { text, objects: lines as unknown as SavedObject[], details };
}

/** Import; when the only errors are the export's dangling references, resolve them the way the UI does. */
async function importAll(t: TestSimulator, path: string, query: string, file: Awaited<ReturnType<typeof exportSpace>>) {
  const missing = new Set(file.details.missingReferences.filter((r) => VALIDATED_REFERENCE_TYPES.includes(r.type)).map((r) => `${r.type}:${r.id}`));
  const dangling = file.objects.filter((o) => o.references.some((r) => missing.has(`${r.type}:${r.id}`)));
  const first = await t.json<ImportAnswer>('POST', `${path}/_import${query}`, { body: importForm(file.text) });
  expect(first.status).toBe(200);
  expect(first.body.warnings).toEqual([]);
  expect((first.body.errors ?? []).map((e) => `${e.type}:${e.id}:${e.error.type}`).sort()).toEqual(dangling.map((o) => `${o.type}:${o.id}:missing_references`).sort());
  if (!dangling.length) return first.body;
  // As the Kibana UI builds them: each would-be success keeps the destination it was given, each object
  // with only missing references ignores them.
  const ignore = new Set(dangling.map((o) => `${o.type}:${o.id}`));
  const destinations = new Map((first.body.successResults ?? []).map((r) => [`${r.type}:${r.id}`, r.destinationId]));
  const retries = file.objects.map(({ type, id }) => {
    const destinationId = destinations.get(`${type}:${id}`);
    return { type, id, ...(destinationId ? { destinationId } : {}), ...(ignore.has(`${type}:${id}`) ? { ignoreMissingReferences: true } : {}) };
  });
  const resolved = await t.json<ImportAnswer>('POST', `${path}/_resolve_import_errors${query}`, { body: importForm(file.text, { retries }) });
  expect(resolved.status).toBe(200);
  return resolved.body;
}

const stateArb = fc.record({ seed: fc.nat(), count: fc.integer({ min: 0, max: 30 }), space: fc.constantFrom(...SPACES) });

describe('export → import round trip: properties', () => {
  it('into an empty deployment: the same objects, ids and references', async () => {
    await fc.assert(
      fc.asyncProperty(stateArb, async ({ seed, count, space }) => {
        const source = createTestSimulator(addGeneratedObjects(createDemoState(), count, seed));
        const file = await exportSpace(source, space);
        expect(file.objects.length).toBe(file.details.exportedCount);
        const target = createTestSimulator(createEmptyState());
        const result = await importAll(target, '/api/saved_objects', '', file);
        expect(result).toMatchObject({ success: true, successCount: file.objects.length });
        for (const o of file.objects) {
          const copy = target.sim.store.getIn(o.type, o.id, 'default');
          expect(copy, `${o.type}:${o.id}`).toBeDefined();
          expect(copy!.attributes).toEqual(o.attributes);
          expect(copy!.references).toEqual(o.references);
          expect(copy!.originId).toBe(o.originId);
        }
      }),
      RUNS,
    );
  });

  it('into an empty space as new copies: the same objects, references following the copies', async () => {
    await fc.assert(
      fc.asyncProperty(stateArb, async ({ seed, count, space }) => {
        const t = createTestSimulator(addGeneratedObjects(createDemoState(), count, seed));
        const file = await exportSpace(t, space);
        const before = t.sim.store.toDocument();
        const result = await importAll(t, '/s/round-trip/api/saved_objects', '?createNewCopies=true', file);
        expect(result).toMatchObject({ success: true, successCount: file.objects.length });
        const copyOf = new Map(result.successResults!.map((r) => [`${r.type}:${r.id}`, r.destinationId!]));
        // Objects shared to every space (`*`) are there already; the new ones name the space.
        const inRoundTrip = [...t.sim.store.all()].filter((o) => o.namespaces.includes('round-trip'));
        expect(inRoundTrip.length).toBe(file.objects.length);
        for (const o of file.objects) {
          const copy = t.sim.store.getIn(o.type, copyOf.get(`${o.type}:${o.id}`)!, 'round-trip');
          expect(copy, `${o.type}:${o.id}`).toBeDefined();
          expect(copy!.attributes).toEqual(o.attributes);
          expect(copy!.references).toEqual(o.references.map((r) => ({ ...r, id: copyOf.get(`${r.type}:${r.id}`) ?? r.id })));
        }
        // The source space is untouched.
        expect(t.sim.store.toDocument().objects.filter((o) => !o.namespaces?.includes('round-trip'))).toEqual(before.objects);
      }),
      RUNS,
    );
  });
});
