// @vitest-environment node
// Conformance of the write and resolve endpoints with kibana-api.md: HTTP rules (§1), resolve and legacy URL
// aliases (§5), bulk update (§6) and delete (§9). One fresh demo simulator per case.
import { describe, expect, it } from 'vitest';
import { badRequest, caseTitle, errorOf, notFoundError, PINNED_NOW, runCase, smallState, type ConformanceCase } from '../../testing/conformance';

const BULK_RESOLVE = '/api/saved_objects/_bulk_resolve';
const BULK_UPDATE = '/api/saved_objects/_bulk_update';
const DISABLE = '/api/spaces/_disable_legacy_url_aliases';
const alias = (space: string, type: string, id: string) => `${space}:${type}:${id}`;
const many = (n: number, item: unknown) => Array.from({ length: n }, () => item);

const http: ConformanceCase[] = [
  { section: '1.2', name: 'a write without kbn-xsrf is refused', method: 'POST', path: BULK_RESOLVE, body: [], xsrf: false, status: 400, expectBody: badRequest('Request must contain a kbn-xsrf header.'), exact: true },
  { section: '1.2', name: 'a delete without kbn-xsrf is refused', method: 'DELETE', path: '/api/saved_objects/dashboard/web-overview', xsrf: false, status: 400, expectBody: badRequest('Request must contain a kbn-xsrf header.'), check: (_, sim) => expect(sim.store.get('dashboard', 'web-overview')).toBeDefined() },
  { section: '1.2', name: 'kbn-version stands in for kbn-xsrf', method: 'PUT', path: BULK_UPDATE, body: [], xsrf: false, headers: { 'kbn-version': '9.1.0' }, status: 200, expectBody: { saved_objects: [] }, exact: true },
  { section: '1.2', name: 'GET needs no kbn-xsrf', method: 'GET', path: '/api/saved_objects/resolve/dashboard/web-overview', xsrf: false, status: 200, expectBody: { outcome: 'exactMatch' } },
  { section: '1.1', name: 'the space prefix selects the space', method: 'POST', path: `/s/marketing${BULK_RESOLVE}`, body: [{ type: 'dashboard', id: 'campaign-board-v1' }], status: 200, expectBody: { resolved_objects: [{ outcome: 'aliasMatch', alias_target_id: 'mk-campaign-board', saved_object: { id: 'mk-campaign-board', namespaces: ['marketing'] } }] } },
  { section: '1.1', name: 'an upper-case space segment is no prefix: unknown route', method: 'POST', path: `/s/Foo${BULK_RESOLVE}`, body: [], status: 404, expectBody: errorOf(404, 'Not Found', 'Not Found'), exact: true },
  { section: '1.1', name: 'API paths do not check that the space exists', method: 'GET', path: '/s/ghost/api/saved_objects/resolve/dashboard/web-overview', status: 404, expectBody: notFoundError('dashboard', 'web-overview'), exact: true },
  {
    section: '1.3', name: 'public routes stamp elastic-api-version; deprecated ones add a warning', method: 'PUT', path: BULK_UPDATE, body: [], status: 200,
    check: ({ headers }) => {
      expect(headers.get('elastic-api-version')).toBe('2023-10-31');
      expect(headers.get('warning')).toMatch(/^299 Kibana-/);
    },
  },
  { section: '1.3', name: 'validation failures carry elastic-api-version too', method: 'PUT', path: BULK_UPDATE, body: {}, status: 400, check: ({ headers }) => expect(headers.get('elastic-api-version')).toBe('2023-10-31') },
];

const aliases: ConformanceCase[] = [
  {
    section: '5.1', name: 'disables the named alias, 204', method: 'POST', path: DISABLE, status: 204,
    body: { aliases: [{ targetSpace: 'default', targetType: 'dashboard', sourceId: 'kpi-overview' }] },
    check: (_, sim) => {
      const a = sim.store.get('legacy-url-alias', alias('default', 'dashboard', 'kpi-overview'));
      expect(a?.attributes).toMatchObject({ disabled: true, targetId: 'kpi-overview-imported', resolveCounter: 3 });
      expect(a?.updated_at).toBe(PINNED_NOW);
    },
  },
  { section: '5.1', name: 'an alias that does not exist is silently skipped', method: 'POST', path: DISABLE, body: { aliases: [{ targetSpace: 'sales', targetType: 'dashboard', sourceId: 'ghost' }] }, status: 204, check: (_, sim) => expect(sim.store.get('legacy-url-alias', alias('sales', 'dashboard', 'ghost'))).toBeUndefined() },
  { section: '5.1', name: '`aliases` is required', method: 'POST', path: DISABLE, body: {}, status: 400, expectBody: badRequest('[request body.aliases]: expected value of type [array] but got [undefined]'), exact: true },
  { section: '5.1', name: 'at most 1000 aliases', method: 'POST', path: DISABLE, body: { aliases: many(1001, { targetSpace: 'default', targetType: 'dashboard', sourceId: 'x' }) }, status: 400, expectBody: badRequest('[request body.aliases]: array size is [1001], but cannot be greater than [1000]') },
  { section: '5.1', name: 'alias entries refuse unknown keys', method: 'POST', path: DISABLE, body: { aliases: [{ targetSpace: 'default', targetType: 'dashboard', sourceId: 'x', purpose: 'y' }] }, status: 400, expectBody: badRequest('[request body.aliases.0.purpose]: definition for this key is missing') },
  { section: '5.1', name: 'alias entries need sourceId', method: 'POST', path: DISABLE, body: { aliases: [{ targetSpace: 'default', targetType: 'dashboard' }] }, status: 400, expectBody: badRequest('[request body.aliases.0.sourceId]: expected value of type [string] but got [undefined]') },
  { section: '5.1', name: 'the body refuses unknown keys', method: 'POST', path: DISABLE, body: { aliases: [], force: true }, status: 400, expectBody: badRequest('[request body.force]: definition for this key is missing') },
  { section: '5.1', name: 'an empty body is no object', method: 'POST', path: DISABLE, status: 400, expectBody: badRequest('[request body]: expected a plain object value, but found [null] instead.') },
];

const resolve: ConformanceCase[] = [
  {
    section: '5.2', name: 'aliasMatch: the old id resolves to the alias target and the alias is counted', method: 'POST', path: BULK_RESOLVE, status: 200,
    body: [{ type: 'dashboard', id: 'old-web-overview' }],
    expectBody: { resolved_objects: [{ outcome: 'aliasMatch', alias_target_id: 'web-overview', alias_purpose: 'savedObjectConversion', saved_object: { id: 'web-overview', type: 'dashboard', namespaces: ['default'], attributes: { title: '[Web logs] Overview' } } }] },
    check: (_, sim) => {
      const a = sim.store.get('legacy-url-alias', alias('default', 'dashboard', 'old-web-overview'));
      expect(a?.attributes).toMatchObject({ resolveCounter: 15, lastResolved: PINNED_NOW });
      expect(a?.updated_at).toBe(PINNED_NOW);
    },
  },
  { section: '5.2', name: 'conflict: both ids exist', method: 'POST', path: BULK_RESOLVE, body: [{ type: 'dashboard', id: 'kpi-overview' }], status: 200, expectBody: { resolved_objects: [{ outcome: 'conflict', alias_target_id: 'kpi-overview-imported', alias_purpose: 'savedObjectImport', saved_object: { id: 'kpi-overview' } }] } },
  {
    section: '5.2', name: 'a disabled alias is ignored: 404 entry, wrapped as exactMatch, counter untouched', method: 'POST', path: BULK_RESOLVE, status: 200,
    body: [{ type: 'visualization', id: 'legacy-requests' }],
    expectBody: { resolved_objects: [{ saved_object: { type: 'visualization', id: 'legacy-requests', error: notFoundError('visualization', 'legacy-requests') }, outcome: 'exactMatch' }] }, exact: true,
    check: (_, sim) => expect(sim.store.get('legacy-url-alias', alias('default', 'visualization', 'legacy-requests'))?.attributes.resolveCounter).toBe(41),
  },
  { section: '5.2', name: 'exactMatch carries no alias fields', method: 'POST', path: BULK_RESOLVE, body: [{ type: 'dashboard', id: 'web-overview' }], status: 200, check: ({ body }) => expect((body as { resolved_objects: object[] }).resolved_objects[0]).toEqual({ outcome: 'exactMatch', saved_object: expect.objectContaining({ id: 'web-overview' }) }) },
  { section: '5.2', name: 'unsupported type: per-object 400', method: 'POST', path: BULK_RESOLVE, body: [{ type: 'nope', id: 'x' }, { type: 'dashboard', id: 'web-overview' }], status: 200, expectBody: { resolved_objects: [{ saved_object: { type: 'nope', id: 'x', error: badRequest("Unsupported saved object type: 'nope': Bad Request") }, outcome: 'exactMatch' }, { outcome: 'exactMatch' }] } },
  { section: '5.2', name: 'a hidden type is unsupported', method: 'POST', path: BULK_RESOLVE, state: () => smallState(), body: [{ type: 'secret', id: 'hidden-1' }], status: 200, expectBody: { resolved_objects: [{ saved_object: { error: badRequest("Unsupported saved object type: 'secret': Bad Request") } }] } },
  { section: '5.2', name: 'empty request, empty answer', method: 'POST', path: BULK_RESOLVE, body: [], status: 200, expectBody: { resolved_objects: [] }, exact: true },
  {
    section: '5.2', name: 'the alias is counted even when its target is gone', method: 'POST', path: `/s/marketing${BULK_RESOLVE}`, status: 200,
    before: ({ sim }) => sim.store.remove(sim.store.get('dashboard', 'mk-campaign-board')!),
    body: [{ type: 'dashboard', id: 'campaign-board-v1' }],
    expectBody: { resolved_objects: [{ saved_object: { error: notFoundError('dashboard', 'campaign-board-v1') }, outcome: 'exactMatch' }] },
    check: (_, sim) => expect(sim.store.get('legacy-url-alias', alias('marketing', 'dashboard', 'campaign-board-v1'))?.attributes).toMatchObject({ resolveCounter: 1, lastResolved: PINNED_NOW }),
  },
  {
    section: '5.2', name: 'after disabling the conflict alias, exactMatch', method: 'POST', path: BULK_RESOLVE, status: 200,
    before: async ({ call }) => void (await call('POST', DISABLE, { body: { aliases: [{ targetSpace: 'default', targetType: 'dashboard', sourceId: 'kpi-overview' }] } })),
    body: [{ type: 'dashboard', id: 'kpi-overview' }],
    check: ({ body }) => expect((body as { resolved_objects: object[] }).resolved_objects[0]).toEqual({ outcome: 'exactMatch', saved_object: expect.objectContaining({ id: 'kpi-overview' }) }),
  },
  { section: '5.3', name: 'the body must be an array', method: 'POST', path: BULK_RESOLVE, body: { type: 'dashboard', id: 'x' }, status: 400, expectBody: badRequest('[request body]: expected value of type [array] but got [Object]'), exact: true },
  { section: '5.3', name: 'each entry needs an id', method: 'POST', path: BULK_RESOLVE, body: [{ type: 'dashboard' }], status: 400, expectBody: badRequest('[request body.0.id]: expected value of type [string] but got [undefined]') },
  { section: '5.3', name: 'entries refuse unknown keys', method: 'POST', path: BULK_RESOLVE, body: [{ type: 'dashboard', id: 'x', namespaces: ['default'] }], status: 400, expectBody: badRequest('[request body.0.namespaces]: definition for this key is missing') },
  { section: '5.3', name: 'at most 10,000 entries', method: 'POST', path: BULK_RESOLVE, body: many(10001, { type: 'dashboard', id: 'x' }), status: 400, expectBody: badRequest('[request body]: array size is [10001], but cannot be greater than [10000]') },
  { section: '5.4', name: 'resolve one: aliasMatch', method: 'GET', path: '/api/saved_objects/resolve/dashboard/old-web-overview', status: 200, expectBody: { outcome: 'aliasMatch', alias_target_id: 'web-overview', saved_object: { id: 'web-overview' } } },
  { section: '5.4', name: 'resolve one: unknown type is a 400', method: 'GET', path: '/api/saved_objects/resolve/nope/x', status: 400, expectBody: badRequest("Unsupported saved object type: 'nope': Bad Request"), exact: true },
  { section: '5.4', name: 'resolve one: hidden type is a 400', method: 'GET', path: '/api/saved_objects/resolve/secret/hidden-1', state: () => smallState(), status: 400, expectBody: badRequest("Unsupported saved object type: 'secret': Bad Request") },
  { section: '5.4', name: 'resolve one: missing is a 404', method: 'GET', path: '/api/saved_objects/resolve/dashboard/nope', status: 404, expectBody: notFoundError('dashboard', 'nope'), exact: true },
  { section: '5.4', name: 'resolve one: single-namespace object in its space', method: 'GET', path: '/s/marketing/api/saved_objects/resolve/config/9.1.0', status: 200, expectBody: { outcome: 'exactMatch', saved_object: { type: 'config', namespaces: ['marketing'] } } },
];

describe('saved-objects conformance: HTTP rules, resolve and aliases', () => {
  it.each([...http, ...aliases, ...resolve].map((c) => [caseTitle(c), c] as const))('%s', async (_title, c) => runCase(c));
});
