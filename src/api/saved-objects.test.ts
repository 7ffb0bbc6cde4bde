import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestSimulator, startMswServer } from '../testing/simulator';
import { KibanaError } from './client';
import { bulkUpdateSavedObjects, countSavedObjects, deleteSavedObject, exportSavedObjects, isSavedObjectError, readExport } from './saved-objects';

const { sim } = createTestSimulator();
const server = startMswServer(sim);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => sim.resetToInitial());
afterAll(() => server.close());

describe('saved-object fetchers against the simulator', () => {
  it('counts matches per type without loading objects', async () => {
    expect(await countSavedObjects('default', { types: ['dashboard'] })).toBe(7);
    expect(await countSavedObjects('default', { types: ['dashboard'], namespaces: ['marketing'] })).toBeGreaterThan(0);
    expect(await countSavedObjects('default', { types: ['dashboard'], search: 'nothing-like-this*' })).toBe(0);
  });

  it('exports NDJSON, with related objects on request, and reads its details line', async () => {
    const alone = await exportSavedObjects('default', { objects: [{ type: 'dashboard', id: 'legacy-errors-dashboard' }] }, { includeReferencesDeep: false });
    expect(alone.exportedCount).toBe(1);
    expect(alone.ndjson.split('\n')).toHaveLength(2); // the object + the details line
    const deep = await exportSavedObjects('default', { objects: [{ type: 'dashboard', id: 'legacy-errors-dashboard' }] }, { includeReferencesDeep: true });
    expect(deep.exportedCount).toBe(2);
    expect(deep.missingReferences).toEqual([{ type: 'index-pattern', id: 'deleted-logs-data-view' }]);
    const byType = await exportSavedObjects('default', { type: ['dashboard'], search: 'legacy*' }, { includeReferencesDeep: false });
    expect(byType.exportedCount).toBe(1);
  });

  it('deletes a shared object only with force', async () => {
    const shared = { type: 'index-pattern', id: 'shared-metrics-data-view' };
    await expect(deleteSavedObject('default', { ...shared, force: false })).rejects.toMatchObject({ statusCode: 400 });
    await expect(deleteSavedObject('default', { ...shared, force: true })).resolves.toBeUndefined();
    const again = deleteSavedObject('default', { ...shared, force: true });
    await expect(again).rejects.toBeInstanceOf(KibanaError);
    await expect(again).rejects.toMatchObject({ statusCode: 404 });
  });
});

describe('bulkUpdateSavedObjects', () => {
  it('answers per object: the new version, or the error of that object; a malformed version fails the request', async () => {
    const version = sim.store.get('dashboard', 'web-overview')!.version;
    const answer = await bulkUpdateSavedObjects('default', [
      { type: 'dashboard', id: 'web-overview', attributes: { description: 'x' }, version },
      { type: 'dashboard', id: 'nope', attributes: {} },
      { type: 'dashboard', id: 'mk-campaign-board', attributes: { title: 'Moved' }, namespace: 'marketing' },
    ]);
    const [updated, missing, elsewhere] = answer.saved_objects;
    expect(isSavedObjectError(updated)).toBe(false);
    expect(updated).toMatchObject({ version: sim.store.get('dashboard', 'web-overview')!.version, attributes: { description: 'x' } });
    expect(missing).toMatchObject({ error: { statusCode: 404 } });
    expect(elsewhere).toMatchObject({ namespaces: ['marketing'] });
    await expect(bulkUpdateSavedObjects('default', [{ type: 'dashboard', id: 'web-overview', attributes: {}, version: 'bad' }])).rejects.toMatchObject({ statusCode: 400, message: 'Invalid version [bad]' });
  });
});

describe('readExport', () => {
  it('counts lines when the details line is missing', () => {
    expect(readExport('{"id":"a"}\n{"id":"b"}\n')).toMatchObject({ exportedCount: 2, missingReferences: [] });
    expect(readExport('')).toMatchObject({ exportedCount: 0 });
  });
});
