import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { BulkGetResponse, BulkUpdateResponse, SavedObject } from '../../../contract/kibana';
import { createTestSimulator } from '../../../testing/simulator';
import type { StateDocument } from '../../../simulator/state/schema';
import { applyPlans, countOutcomes, type ApplyDeps } from './apply';
import type { Edit } from './edits';
import { listEntries, loadEntry, newEntry, recordOutcomes, saveEntry, undoEntry } from './history';
import { planObject } from './plan';

class LostAnswer extends Error {}

function visualizations(count: number): StateDocument {
  return {
    spaces: [
      { id: 'default', name: 'Default', disabledFeatures: [] },
      { id: 'marketing', name: 'Marketing', disabledFeatures: [] },
    ],
    objects: Array.from({ length: count }, (_, i) => ({
      type: 'visualization',
      id: `v${i}`,
      namespaces: [i % 5 === 4 ? 'marketing' : 'default'],
      attributes: { title: `Vis ${i}`, visState: JSON.stringify({ params: { field: 'bytes' } }) },
      references: [{ name: 'kibanaSavedObjectMeta.searchSourceJSON.index', type: 'index-pattern', id: 'logs-a' }],
    })),
  };
}

const repoint: Edit = { kind: 'repoint', from: { type: 'index-pattern', id: 'logs-a' }, to: { type: 'index-pattern', id: 'logs-b' } };

function setup(count: number, { loseChunk, gatewayErrorChunk }: { loseChunk?: number; gatewayErrorChunk?: number } = {}) {
  const test = createTestSimulator(visualizations(count));
  const prefix = (space: string) => (space === 'default' ? '' : `/s/${space}`);
  const sent: string[][] = [];
  const deps: ApplyDeps = {
    async bulkUpdate(space, objects) {
      sent.push(objects.map((o) => o.id));
      const answer = await test.json<BulkUpdateResponse>('PUT', `${prefix(space)}/api/saved_objects/_bulk_update`, { body: objects });
      // Kibana did the work, but the answer never arrived.
      if (sent.length === loseChunk) throw new LostAnswer('connection dropped');
      // A proxy that lost Kibana's answer answers 502 itself.
      if (sent.length === gatewayErrorChunk) throw Object.assign(new Error('Kibana is unreachable: socket hang up'), { statusCode: 502 });
      if (answer.status !== 200) throw Object.assign(new Error((answer.body as unknown as { message: string }).message), { statusCode: answer.status });
      return answer.body;
    },
    async bulkGet(space, objects) {
      return (await test.json<BulkGetResponse>('POST', `${prefix(space)}/api/saved_objects/_bulk_get`, { body: objects })).body;
    },
    isResultUnknown: (error) => error instanceof LostAnswer,
  };
  const sources = () =>
    Array.from({ length: count }, (_, i) => {
      const space = i % 5 === 4 ? 'marketing' : undefined;
      const stored = test.sim.store.get('visualization', `v${i}`, space ?? 'default')!;
      const object: SavedObject = { type: stored.type, id: stored.id, version: stored.version, attributes: stored.attributes, references: stored.references, namespaces: stored.namespaces };
      return { type: object.type, id: object.id, space, object };
    });
  return { ...test, deps, sent, sources };
}

describe('apply', () => {
  it('writes in chunks with the versions read, objects in other spaces through their namespace', async () => {
    const { deps, sent, sources, sim } = setup(25);
    const plans = sources().map((source) => planObject(source, 'default', [repoint]));
    const { outcomes, stoppedBecause } = await applyPlans(deps, plans, { space: 'default', chunkSize: 10 });
    expect(stoppedBecause).toBeUndefined();
    expect(sent.map((c) => c.length)).toEqual([10, 10, 5]);
    expect(countOutcomes(25, outcomes)).toEqual({ updated: 25, conflict: 0, failed: 0, remaining: 0 });
    expect(sim.store.get('visualization', 'v4', 'marketing')!.references[0].id).toBe('logs-b');
  });

  it('bounds a request by what it sends: a big object whose edit is small is written, not refused as too large', async () => {
    const { deps, sent, sources, sim } = setup(3);
    // 600 KB of stored attributes: the object before and after the edit weighs more than Kibana's 1 MB limit
    // together, but the update sends only the changed references.
    const stored = sim.store.get('visualization', 'v1')!;
    stored.attributes = { ...stored.attributes, visState: JSON.stringify({ params: { field: 'bytes', notes: 'x'.repeat(600_000) } }) };
    const plans = sources().map((source) => planObject(source, 'default', [repoint]));
    const { outcomes } = await applyPlans(deps, plans, { space: 'default' });
    expect(plans.map((plan) => outcomes.get(plan.key)?.status)).toEqual(['updated', 'updated', 'updated']);
    expect(sent).toEqual([['v0', 'v1', 'v2']]);
    expect(sim.store.get('visualization', 'v1')!.references[0].id).toBe('logs-b');
  });

  it('reports a stale version as a conflict and does not overwrite the newer edit', async () => {
    const { deps, sources, json, sim } = setup(3);
    const plans = sources().map((source) => planObject(source, 'default', [repoint]));
    await json('PUT', '/api/saved_objects/_bulk_update', { body: [{ type: 'visualization', id: 'v1', attributes: { title: 'Someone else' } }] });
    const { outcomes } = await applyPlans(deps, plans, { space: 'default' });
    expect(outcomes.get(plans[1].key)?.status).toBe('conflict');
    expect(sim.store.get('visualization', 'v1')!.attributes.title).toBe('Someone else');
    expect(sim.store.get('visualization', 'v1')!.references[0].id).toBe('logs-a');
  });

  it('after a lost answer re-reads that chunk, says which objects were written, and sends nothing more', async () => {
    const { deps, sent, sources } = setup(30, { loseChunk: 2 });
    const plans = sources().map((source) => planObject(source, 'default', [repoint]));
    const { outcomes, stoppedBecause } = await applyPlans(deps, plans, { space: 'default', chunkSize: 10, concurrency: 1 });
    expect(stoppedBecause).toMatch(/connection dropped/);
    expect(sent).toHaveLength(2); // never resent, never continued
    const second = plans.slice(10, 20).map((plan) => outcomes.get(plan.key));
    expect(second.every((o) => o?.status === 'updated' && o.checked)).toBe(true);
    expect(plans.slice(20).every((plan) => outcomes.get(plan.key)?.status === 'not-sent')).toBe(true);
  });

  it('treats a 5xx like a lost answer: re-reads instead of calling the objects failed', async () => {
    const { deps, sent, sources } = setup(4, { gatewayErrorChunk: 1 });
    const plans = sources().map((source) => planObject(source, 'default', [repoint]));
    const { outcomes, stoppedBecause } = await applyPlans(deps, plans, { space: 'default', chunkSize: 2, concurrency: 1 });
    expect(stoppedBecause).toMatch(/socket hang up/);
    expect(sent).toHaveLength(1);
    expect(plans.slice(0, 2).map((plan) => outcomes.get(plan.key)?.status)).toEqual(['updated', 'updated']);
    expect(plans.slice(2).map((plan) => outcomes.get(plan.key)?.status)).toEqual(['not-sent', 'not-sent']);
  });

  it('Cancel stops between chunks: the chunk in flight finishes, the rest is not sent', async () => {
    const { deps, sent, sources, sim } = setup(6);
    const plans = sources().map((source) => planObject(source, 'default', [repoint]));
    const { outcomes, stoppedBecause } = await applyPlans(deps, plans, { space: 'default', chunkSize: 2, concurrency: 1, isCancelled: () => sent.length >= 1 });
    expect(stoppedBecause).toBe('Cancelled: the remaining objects were not sent.');
    expect(plans.map((plan) => outcomes.get(plan.key)?.status)).toEqual(['updated', 'updated', 'not-sent', 'not-sent', 'not-sent', 'not-sent']);
    expect(sim.store.get('visualization', 'v2')!.references[0].id).toBe('logs-a');
  });

  it('stops at a 403: that request is failed, the rest not sent, nothing re-read as if lost', async () => {
    const { deps, sources } = setup(4);
    const forbidden: ApplyDeps = { ...deps, bulkUpdate: () => Promise.reject(Object.assign(new Error('Unable to bulk_update visualization'), { statusCode: 403 })) };
    const plans = sources().map((source) => planObject(source, 'default', [repoint]));
    const { outcomes, stoppedBecause } = await applyPlans(forbidden, plans, { space: 'default', chunkSize: 2, concurrency: 1 });
    expect(stoppedBecause).toBe('Kibana refused a request (403): Unable to bulk_update visualization. The run stopped.');
    expect(plans.map((plan) => outcomes.get(plan.key)?.status)).toEqual(['failed', 'failed', 'not-sent', 'not-sent']);
  });

  it('a whole-request 400 (malformed version) fails that request only', async () => {
    const { deps, sources } = setup(4);
    const plans = sources().map((source) => planObject(source, 'default', [repoint]));
    plans[0].request!.version = 'not-a-version';
    const { outcomes } = await applyPlans(deps, plans, { space: 'default', chunkSize: 2 });
    expect(outcomes.get(plans[0].key)).toMatchObject({ status: 'failed', message: 'Invalid version [not-a-version]' });
    expect(outcomes.get(plans[2].key)?.status).toBe('updated');
  });
});

describe('history and undo', () => {
  it('keeps before-images in IndexedDB and restores them, listing an object edited since', async () => {
    const { deps, sources, json, sim } = setup(5);
    const plans = sources().map((source) => planObject(source, 'default', [repoint]));
    const entry = newEntry('default', 'Repoint logs-a → logs-b', [repoint], plans);
    await saveEntry(entry);
    const { outcomes } = await applyPlans(deps, plans, { space: 'default' });
    await saveEntry(recordOutcomes(entry, outcomes));

    await json('PUT', '/api/saved_objects/_bulk_update', { body: [{ type: 'visualization', id: 'v2', attributes: { title: 'Edited since' } }] });
    const stored = await loadEntry(entry.id);
    expect((await listEntries()).map((e) => e.id)).toContain(entry.id);
    const report = await undoEntry(deps, stored!);
    expect(report.restored).toBe(4);
    expect(report.changedSince).toEqual([{ key: plans[2].key, title: 'Vis 2', reason: 'Changed since this edit; not overwritten.' }]);
    expect(sim.store.get('visualization', 'v0')!.references[0].id).toBe('logs-a');
    expect(sim.store.get('visualization', 'v4', 'marketing')!.references[0].id).toBe('logs-a');
    expect(sim.store.get('visualization', 'v2')!.references[0].id).toBe('logs-b');
  });

  it('lists the history without reading the before-images, including an entry kept before summaries existed', async () => {
    const { sources } = setup(3);
    const plans = sources().map((source) => planObject(source, 'default', [repoint]));
    const entry = newEntry('default', 'Repoint for the list', [repoint], plans, new Date('2030-01-02T00:00:00Z'));
    await saveEntry(entry);
    const older = newEntry('default', 'Kept by an earlier version', [repoint], plans, new Date('2030-01-01T00:00:00Z'));
    await set(older.id, older, createStore('saved-objects-console-bulk-edit', 'history'));

    const listed = await listEntries();
    const mine = listed.filter((summary) => [entry.id, older.id].includes(summary.id));
    expect(mine.map(({ description, objectCount }) => ({ description, objectCount }))).toEqual([
      { description: 'Repoint for the list', objectCount: 3 },
      { description: 'Kept by an earlier version', objectCount: 3 },
    ]);
    expect(mine.every((summary) => !('objects' in summary))).toBe(true);
    expect((await loadEntry(entry.id))?.objects.map((object) => object.before.references[0].id)).toEqual(['logs-a', 'logs-a', 'logs-a']);
  });
});
