// @vitest-environment node
// ML saved-object sync (kibana-api.md §10.1).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MlSyncResponse } from '../../contract/kibana';
import { createDemoState } from '../state/demo';
import type { StateDocument, StateObject } from '../state/schema';
import { SimulatorStore } from '../state/store';
import { MlSavedObjectService, syncMlSavedObjects } from './ml-sync';

const SPACES = ['default', 'marketing', 'sales'];

/** `map/type/id` of every entry, with its outcome. */
function entries(result: MlSyncResponse): Map<string, boolean> {
  const all = new Map<string, boolean>();
  for (const [map, byType] of Object.entries(result))
    for (const [type, byId] of Object.entries(byType as Record<string, Record<string, { success: boolean }>>))
      for (const [id, outcome] of Object.entries(byId)) all.set(`${map}/${type}/${id}`, outcome.success);
  return all;
}

function store(doc: StateDocument): SimulatorStore {
  const s = new SimulatorStore(doc);
  s.now = () => new Date('2026-12-01T10:00:00.000Z');
  return s;
}

describe('ML sync', () => {
  it('on the demo, simulate reports all four maps non-empty and changes nothing', () => {
    const s = store(createDemoState());
    const before = JSON.stringify(s.toDocument());
    const result = syncMlSavedObjects(s, 'default', { simulate: true, addToAllSpaces: true });
    for (const map of Object.values(result)) expect(Object.keys(map).length).toBeGreaterThan(0);
    expect(JSON.stringify(s.toDocument())).toBe(before);
  });

  it('force-deletes a stale object for the same job, wherever it lives, before creating', () => {
    const s = store({
      spaces: SPACES.map((id) => ({ id, name: id, disabledFeatures: [] })),
      objects: [{ type: 'ml-job', id: 'anomaly-detector-web', namespaces: ['sales', 'marketing'], attributes: { job_id: 'web', datafeed_id: 'old', type: 'anomaly-detector' } }],
    });
    new MlSavedObjectService(s, 'default').createJob('anomaly-detector', 'web', 'datafeed-web', false);
    const created = s.get('ml-job', 'anomaly-detector-web')!;
    expect(created.namespaces).toEqual(['default']);
    expect(created.attributes).toEqual({ job_id: 'web', datafeed_id: 'datafeed-web', type: 'anomaly-detector' });
  });

  it('adds * to a dot-model whose spaces were copied from its job, when visible in the request space', () => {
    const s = store({
      spaces: SPACES.map((id) => ({ id, name: id, disabledFeatures: [] })),
      objects: [{ type: 'ml-job', id: 'data-frame-analytics-j', namespaces: ['sales'], attributes: { job_id: 'j', datafeed_id: null, type: 'data-frame-analytics' } }],
      ml: { jobs: [{ type: 'data-frame-analytics', id: 'j' }], trainedModels: [{ id: '.internal', jobId: 'j' }] },
    });
    syncMlSavedObjects(s, 'sales', { simulate: false, addToAllSpaces: false });
    expect(s.get('ml-trained-model', '.internal')!.namespaces).toEqual(['sales', '*']);
  });

  // Generated deployments: jobs, datafeeds and models in Elasticsearch, saved objects for some of them (and
  // for jobs that are gone), in various spaces, with datafeed ids right, missing or stale.
  const jobIds = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });
  const namespaces = fc.constantFrom(['default'], ['marketing'], ['*'], ['sales', 'marketing']).map((ns) => [...ns]);
  const deployment = fc
    .record({
      adJobs: jobIds,
      dfaJobs: jobIds,
      models: fc.uniqueArray(fc.constantFrom('m1', 'm2', '.m3', 'm4'), { maxLength: 4 }),
      withDatafeed: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
      modelJob: fc.array(fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }), { minLength: 4, maxLength: 4 }),
      adObjects: fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), datafeed: fc.constantFrom('none', 'right', 'stale'), namespaces }), { maxLength: 6 }),
      dfaObjects: fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), namespaces }), { maxLength: 4 }),
      modelObjects: fc.array(fc.record({ id: fc.constantFrom('m1', 'm2', '.m3', 'm5'), namespaces }), { maxLength: 4 }),
    })
    .map((g): StateDocument => {
      const objects: StateObject[] = [];
      const seen = new Set<string>();
      const add = (o: StateObject) => !seen.has(o.id) && (seen.add(o.id), objects.push(o));
      for (const o of g.adObjects) {
        const datafeedId = o.datafeed === 'none' ? null : o.datafeed === 'right' ? `datafeed-${o.id}` : `stale-${o.id}`;
        add({ type: 'ml-job', id: `anomaly-detector-${o.id}`, namespaces: o.namespaces, attributes: { job_id: o.id, datafeed_id: datafeedId, type: 'anomaly-detector' } });
      }
      for (const o of g.dfaObjects) add({ type: 'ml-job', id: `data-frame-analytics-${o.id}`, namespaces: o.namespaces, attributes: { job_id: o.id, datafeed_id: null, type: 'data-frame-analytics' } });
      for (const o of g.modelObjects) add({ type: 'ml-trained-model', id: o.id, namespaces: o.namespaces, attributes: { model_id: o.id, job: null } });
      return {
        spaces: SPACES.map((id) => ({ id, name: id, disabledFeatures: [] })),
        objects,
        ml: {
          jobs: [
            ...g.adJobs.map((id, i) => ({ type: 'anomaly-detector' as const, id, datafeedId: g.withDatafeed[i] ? `datafeed-${id}` : null })),
            ...g.dfaJobs.map((id) => ({ type: 'data-frame-analytics' as const, id })),
          ],
          trainedModels: g.models.map((id, i) => ({ id, jobId: g.modelJob[i] })),
        },
      };
    });

  it('a real run leaves nothing to do but the repairs it could not make, and simulate plans exactly the real run', () => {
    fc.assert(
      fc.property(deployment, fc.constantFrom(...SPACES), fc.boolean(), (doc, space, addToAllSpaces) => {
        const s = store(doc);
        const before = JSON.stringify(s.toDocument());
        const planned = entries(syncMlSavedObjects(s, space, { simulate: true, addToAllSpaces }));
        expect(JSON.stringify(s.toDocument())).toBe(before);
        expect([...planned.values()].every(Boolean)).toBe(true);

        const real = entries(syncMlSavedObjects(s, space, { simulate: false, addToAllSpaces }));
        expect([...real.keys()].sort()).toEqual([...planned.keys()].sort());
        const failed = [...real].filter(([, ok]) => !ok).map(([key]) => key);
        // Only datafeed repairs fail, and only because the job's object is not in the request space.
        for (const key of failed) {
          const [map, , jobId] = key.split('/');
          expect(['datafeedsAdded', 'datafeedsRemoved']).toContain(map);
          const object = s.get('ml-job', `anomaly-detector-${jobId}`)!;
          expect(s.existsIn(object, space)).toBe(false);
        }
        const again = entries(syncMlSavedObjects(s, space, { simulate: true, addToAllSpaces }));
        expect([...again.keys()].sort()).toEqual(failed.sort());
      }),
      { numRuns: 150 },
    );
  });

  it('from the default space with every object visible, one real run leaves nothing to do', () => {
    fc.assert(
      fc.property(deployment, (doc) => {
        for (const o of doc.objects) o.namespaces = ['*'];
        const s = store(doc);
        syncMlSavedObjects(s, 'default', { simulate: false, addToAllSpaces: true });
        expect(entries(syncMlSavedObjects(s, 'default', { simulate: true, addToAllSpaces: true })).size).toBe(0);
      }),
      { numRuns: 60 },
    );
  });
});
