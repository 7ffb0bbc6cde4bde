// @vitest-environment node
// The demo deployment's planted copy situations (kibana-api.md §3.3) and fault rules (§14.2) on the copy,
// resolve and export routes.
import { describe, expect, it } from 'vitest';
import type { CopyResponse, ImportError } from '../../contract/kibana';
import { deployment, pinnedSimulator, so } from '../../testing/copy-fixtures';
import { createTestSimulator } from '../../testing/simulator';

const COPY = '/api/spaces/_copy_saved_objects';
const RESOLVE = '/api/spaces/_resolve_copy_saved_objects_errors';
const EXPORT = '/api/saved_objects/_export';

describe('demo deployment: planted copy situations', () => {
  it('web-overview to marketing without new copies: every web object conflicts with its mk-web-* copy', async () => {
    const { json, sim } = createTestSimulator();
    const before = sim.store.size;
    const { body } = await json<CopyResponse>('POST', COPY, {
      body: { spaces: ['marketing'], objects: [{ type: 'dashboard', id: 'web-overview' }], includeReferences: true, createNewCopies: false },
    });
    const errors = body.marketing.errors as ImportError[];
    expect(body.marketing.success).toBe(false);
    expect(errors.find((e) => e.id === 'web-overview')?.error).toEqual({ type: 'conflict', destinationId: 'mk-web-overview' });
    for (const e of errors) expect(e.error).toEqual({ type: 'conflict', destinationId: `mk-${e.id}` });
    expect(errors.map((e) => e.id)).toContain('web-data-view');
    // A conflict blocks every write in that space.
    expect(sim.store.size).toBe(before);
  });

  it('web-overview to engineering: the two forks make an ambiguous conflict', async () => {
    const { json } = createTestSimulator();
    const { body } = await json<CopyResponse>('POST', COPY, {
      body: { spaces: ['engineering'], objects: [{ type: 'dashboard', id: 'web-overview' }], includeReferences: true, createNewCopies: false },
    });
    // Only the dashboard has forks there; its references are created under fresh ids (would-be successes).
    const errors = body.engineering.errors as ImportError[];
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error.id).toBe('web-overview');
    expect(error.error.type).toBe('ambiguous_conflict');
    const destinations = (error.error as { destinations: { id: string }[] }).destinations;
    expect(destinations.map((d) => d.id).sort()).toEqual(['en-web-traffic-a', 'en-web-traffic-b']);
  });

  it('legacy-errors-dashboard with references: the deleted data view is a missing reference', async () => {
    const { json } = createTestSimulator();
    const { body } = await json<CopyResponse>('POST', COPY, {
      body: { spaces: ['marketing'], objects: [{ type: 'dashboard', id: 'legacy-errors-dashboard' }], includeReferences: true },
    });
    expect(body.marketing.errors).toEqual([
      {
        id: 'orphan-errors-vis',
        type: 'visualization',
        meta: { title: '[Legacy] Error spikes (data view deleted)', icon: 'visualizeApp' },
        error: { type: 'missing_references', references: [{ type: 'index-pattern', id: 'deleted-logs-data-view' }] },
      },
    ]);
    expect(body.marketing.successResults?.map((r) => r.id)).toEqual(['legacy-errors-dashboard']);
  });

  it('config 9.1.0 is single-namespace: each space has its own, so the copy is an exact conflict', async () => {
    const { json } = createTestSimulator();
    const { body } = await json<CopyResponse>('POST', COPY, {
      body: { spaces: ['marketing', 'sales'], objects: [{ type: 'config', id: '9.1.0' }], createNewCopies: false },
    });
    for (const space of ['marketing', 'sales'])
      expect(body[space]).toEqual({
        success: false,
        successCount: 0,
        errors: [{ id: '9.1.0', type: 'config', meta: { icon: 'advancedSettingsApp' }, error: { type: 'conflict' } }],
      });
  });

  it('a conflict is resolved by retrying with overwrite, keeping marketing\'s copy id', async () => {
    const { json, sim } = createTestSimulator();
    const { body } = await json<CopyResponse>('POST', RESOLVE, {
      body: {
        objects: [{ type: 'dashboard', id: 'web-overview' }],
        createNewCopies: false,
        retries: { marketing: [{ type: 'dashboard', id: 'web-overview', overwrite: true, destinationId: 'mk-web-overview' }] },
      },
    });
    expect(body.marketing).toMatchObject({ success: true, successCount: 1, successResults: [{ id: 'web-overview', destinationId: 'mk-web-overview', overwrite: true }] });
    expect(sim.store.getIn('dashboard', 'mk-web-overview', 'marketing')?.attributes.title).toBe('[Web logs] Overview');
  });
});

describe('per-space failures (§3.6)', () => {
  it('a space whose import throws gets a failure entry; the import limit counts the whole closure', async () => {
    const visualizations = Array.from({ length: 10001 }, (_, i) => so('visualization', `v${i}`));
    const dashboard = { ...so('dashboard', 'big'), references: visualizations.map((v, i) => ({ name: `panel_${i}`, type: 'visualization', id: v.id })) };
    const t = pinnedSimulator(deployment([dashboard, ...visualizations]));
    const { status, body } = await t.json<CopyResponse>('POST', COPY, {
      body: { spaces: ['marketing', 'sales'], objects: [{ type: 'dashboard', id: 'big' }], includeReferences: true },
    });
    expect(status).toBe(200);
    // Kibana's SavedObjectsImportError serializes to its own fields only: the message is not in the JSON (§13.2).
    for (const space of ['marketing', 'sales']) expect(body[space]).toEqual({ success: false, successCount: 0, errors: [{ type: 'import-size-exceeded' }] });
  });
});

describe('fault rules on the copy, resolve and export routes', () => {
  const requests = [
    { path: COPY, body: { spaces: ['marketing'], objects: [{ type: 'index-pattern', id: 'web-data-view' }] } },
    { path: RESOLVE, body: { objects: [{ type: 'index-pattern', id: 'web-data-view' }], retries: { marketing: [{ type: 'index-pattern', id: 'web-data-view' }] } } },
    { path: EXPORT, body: { type: 'dashboard' } },
  ];

  it.each(requests)('$path answers a 503 rule without doing the work', async ({ path, body }) => {
    const { call, sim } = createTestSimulator();
    const before = sim.store.size;
    sim.faults.replace([{ path, status: 503, times: 1 }]);
    const failed = await call('POST', path, { body });
    expect(failed.status).toBe(503);
    expect(await failed.json()).toEqual({ statusCode: 503, error: 'Service Unavailable', message: 'Service Unavailable' });
    expect(sim.store.size).toBe(before);
    expect((await call('POST', path, { body })).status).toBe(200);
  });

  it.each(requests)('$path drops the connection for a drop rule', async ({ path, body }) => {
    const { call, sim } = createTestSimulator();
    sim.faults.replace([{ method: 'POST', path, drop: true }]);
    const dropped = await call('POST', path, { body });
    expect(dropped.type).toBe('error');
  });
});
