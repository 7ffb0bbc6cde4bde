// @vitest-environment node
// Every Kibana endpoint the simulator serves honours fault rules (kibana-api.md §14.2): a status rule
// answers instead of the route (and the route writes nothing), a drop rule closes the connection, and
// the next request — rule used up — gets the real answer.
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { importForm } from '../testing/multipart';
import { createTestSimulator } from '../testing/simulator';

const ENDPOINTS: { method: string; path: string; body?: unknown }[] = [
  { method: 'GET', path: '/api/spaces/space' },
  { method: 'GET', path: '/api/spaces/space/marketing' },
  { method: 'GET', path: '/api/saved_objects/_find?type=dashboard' },
  { method: 'POST', path: '/api/saved_objects/_bulk_get', body: [{ type: 'dashboard', id: 'web-overview' }] },
  { method: 'POST', path: '/api/saved_objects/_bulk_resolve', body: [{ type: 'dashboard', id: 'old-web-overview' }] },
  { method: 'GET', path: '/api/saved_objects/resolve/dashboard/web-overview' },
  { method: 'POST', path: '/api/spaces/_disable_legacy_url_aliases', body: { aliases: [{ targetSpace: 'default', targetType: 'dashboard', sourceId: 'kpi-overview' }] } },
  { method: 'PUT', path: '/api/saved_objects/_bulk_update', body: [{ type: 'dashboard', id: 'web-overview', attributes: { title: 'x' } }] },
  { method: 'DELETE', path: '/api/saved_objects/dashboard/kpi-overview' },
  { method: 'GET', path: '/api/ml/saved_objects/sync' },
  { method: 'POST', path: '/api/spaces/_copy_saved_objects', body: { spaces: ['sales'], objects: [{ type: 'dashboard', id: 'web-overview' }] } },
  {
    method: 'POST',
    path: '/api/spaces/_resolve_copy_saved_objects_errors',
    body: { objects: [{ type: 'dashboard', id: 'web-overview' }], retries: { sales: [{ type: 'dashboard', id: 'web-overview' }] } },
  },
  { method: 'POST', path: '/api/saved_objects/_export', body: { objects: [{ type: 'dashboard', id: 'web-overview' }] } },
  { method: 'GET', path: '/api/saved_objects/dashboard/web-overview' },
  { method: 'POST', path: '/api/saved_objects/dashboard/fault-new', body: { attributes: { title: 'New' } } },
  { method: 'POST', path: '/api/saved_objects/dashboard', body: { attributes: { title: 'New' } } },
  { method: 'PUT', path: '/api/saved_objects/dashboard/web-overview', body: { attributes: { title: 'x' } } },
  { method: 'POST', path: '/api/saved_objects/_bulk_create', body: [{ type: 'dashboard', id: 'fault-new', attributes: { title: 'New' } }] },
  { method: 'POST', path: '/api/saved_objects/_bulk_delete', body: [{ type: 'dashboard', id: 'kpi-overview' }] },
  { method: 'POST', path: '/api/saved_objects/_import', body: importForm([{ type: 'dashboard', id: 'fault-new', attributes: { title: 'New' } }]) },
  {
    method: 'POST',
    path: '/api/saved_objects/_resolve_import_errors',
    body: importForm([{ type: 'dashboard', id: 'web-overview', attributes: { title: 'x' } }], { retries: [{ type: 'dashboard', id: 'web-overview', overwrite: true }] }),
  },
];

describe.each(ENDPOINTS)('fault rules on $method $path', ({ method, path, body }) => {
  const kibanaPath = path.split('?')[0];

  it('answers the rule’s status once and writes nothing, then the real answer', async () => {
    const t = createTestSimulator();
    const before = JSON.stringify(t.sim.store.toDocument());
    t.sim.faults.replace([{ method, path: kibanaPath, status: 502, times: 1 }]);
    const faulted = await t.json(method, `/s/default${path}`, { body });
    expect(faulted).toMatchObject({ status: 502, body: { statusCode: 502, error: 'Bad Gateway' } });
    expect(JSON.stringify(t.sim.store.toDocument())).toBe(before);
    const real = await t.call(method, path, { body });
    expect(real.status).toBeLessThan(300);
  });

  it('drops the connection', async () => {
    const t = createTestSimulator();
    t.sim.faults.replace([{ path: kibanaPath, drop: true }]);
    const answer = await t.call(method, path, { body });
    // A dropped connection is a network error: in Node the server destroys the socket.
    expect(answer.type).toBe(HttpResponse.error().type);
  });
});
