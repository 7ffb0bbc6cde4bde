// @vitest-environment node
// Conformance of bulk update (kibana-api.md §6) and delete (§9). One fresh demo simulator per case.
import { describe, expect, it } from 'vitest';
import { badRequest, caseTitle, errorOf, notFoundError, PINNED_NOW, runCase, smallState, type ConformanceCase } from '../../testing/conformance';
import type { Simulator } from '../simulator';

const BULK_UPDATE = '/api/saved_objects/_bulk_update';
const many = (n: number, item: unknown) => Array.from({ length: n }, () => item);
const items = (body: unknown) => (body as { saved_objects: Record<string, unknown>[] }).saved_objects;
const title = (sim: Simulator, type: string, id: string, space?: string) => sim.store.get(type, id, space)?.attributes.title;

const bulkUpdate: ConformanceCase[] = [
  {
    section: '6.2', name: 'attributes deep-merge; the answer echoes only what was sent', method: 'PUT', path: BULK_UPDATE, status: 200,
    body: [{ type: 'dashboard', id: 'web-overview', attributes: { description: 'new', kibanaSavedObjectMeta: { extra: 1 } } }],
    check: ({ body }, sim) => {
      const [item] = items(body);
      expect(item).toEqual({ id: 'web-overview', type: 'dashboard', namespaces: ['default'], updated_at: PINNED_NOW, version: expect.any(String), attributes: { description: 'new', kibanaSavedObjectMeta: { extra: 1 } } });
      const stored = sim.store.get('dashboard', 'web-overview')!;
      expect(stored.attributes).toMatchObject({ title: '[Web logs] Overview', description: 'new', kibanaSavedObjectMeta: { searchSourceJSON: expect.any(String), extra: 1 } });
      expect(stored.references.length).toBeGreaterThan(0);
      expect(stored.version).toBe(item.version);
    },
  },
  {
    section: '6.2', name: 'references replace the stored ones only when sent', method: 'PUT', path: BULK_UPDATE, status: 200,
    body: [{ type: 'dashboard', id: 'web-overview', attributes: {}, references: [{ name: 'tag', type: 'tag', id: 'tag-production' }] }],
    expectBody: { saved_objects: [{ references: [{ name: 'tag', type: 'tag', id: 'tag-production' }], attributes: {} }] },
    check: (_, sim) => expect(sim.store.get('dashboard', 'web-overview')?.references).toEqual([{ name: 'tag', type: 'tag', id: 'tag-production' }]),
  },
  { section: '6.2', name: 'namespace "*" is a per-object 400', method: 'PUT', path: BULK_UPDATE, body: [{ type: 'dashboard', id: 'web-overview', attributes: {}, namespace: '*' }], status: 200, expectBody: { saved_objects: [{ id: 'web-overview', type: 'dashboard', error: badRequest('"namespace" cannot be "*": Bad Request') }] }, exact: true },
  { section: '6.2', name: 'unknown type is a per-object 404', method: 'PUT', path: BULK_UPDATE, body: [{ type: 'nope', id: 'x', attributes: {} }], status: 200, expectBody: { saved_objects: [{ id: 'x', type: 'nope', error: notFoundError('nope', 'x') }] }, exact: true },
  { section: '6.2', name: 'hidden type is a per-object 404', method: 'PUT', path: BULK_UPDATE, state: () => smallState(), body: [{ type: 'secret', id: 'hidden-1', attributes: { title: 'x' } }], status: 200, expectBody: { saved_objects: [{ error: notFoundError('secret', 'hidden-1') }] }, check: (_, sim) => expect(title(sim, 'secret', 'hidden-1')).toBe('Hidden') },
  { section: '6.2', name: 'a missing object is a per-object 404', method: 'PUT', path: BULK_UPDATE, body: [{ type: 'dashboard', id: 'nope', attributes: {} }], status: 200, expectBody: { saved_objects: [{ error: notFoundError('dashboard', 'nope') }] } },
  { section: '6.2', name: 'an object outside the target space is a 404', method: 'PUT', path: BULK_UPDATE, body: [{ type: 'dashboard', id: 'mk-campaign-board', attributes: { title: 'x' } }], status: 200, expectBody: { saved_objects: [{ error: notFoundError('dashboard', 'mk-campaign-board') }] }, check: (_, sim) => expect(title(sim, 'dashboard', 'mk-campaign-board')).toBe('Campaign board') },
  { section: '6.2', name: 'the per-object namespace overrides the URL space', method: 'PUT', path: BULK_UPDATE, body: [{ type: 'dashboard', id: 'mk-campaign-board', attributes: { title: 'Renamed' }, namespace: 'marketing' }], status: 200, expectBody: { saved_objects: [{ namespaces: ['marketing'], attributes: { title: 'Renamed' } }] }, check: (_, sim) => expect(title(sim, 'dashboard', 'mk-campaign-board')).toBe('Renamed') },
  {
    section: '6.2', name: 'a stale version is a per-object 409; the others are written', method: 'PUT', path: BULK_UPDATE, status: 200,
    before: async ({ call }) => void (await call('PUT', BULK_UPDATE, { body: [{ type: 'dashboard', id: 'web-overview', attributes: { title: 'Moved on' } }] })),
    body: [{ type: 'dashboard', id: 'web-overview', attributes: { title: 'Stale' }, version: 'WzExLDFd' }, { type: 'dashboard', id: 'kpi-overview', attributes: { title: 'Fresh' } }],
    expectBody: { saved_objects: [{ id: 'web-overview', type: 'dashboard', error: errorOf(409, 'Conflict', 'Saved object [dashboard/web-overview] conflict') }, { id: 'kpi-overview', attributes: { title: 'Fresh' } }] },
    check: (_, sim) => {
      expect(title(sim, 'dashboard', 'web-overview')).toBe('Moved on');
      expect(title(sim, 'dashboard', 'kpi-overview')).toBe('Fresh');
    },
  },
  {
    section: '6.2', name: 'a malformed version fails the whole request before any write', method: 'PUT', path: BULK_UPDATE, status: 400,
    body: [{ type: 'dashboard', id: 'kpi-overview', attributes: { title: 'Written?' } }, { type: 'dashboard', id: 'web-overview', attributes: {}, version: 'abc' }],
    expectBody: badRequest('Invalid version [abc]'), exact: true,
    check: (_, sim) => expect(title(sim, 'dashboard', 'kpi-overview')).toBe('Company KPIs'),
  },
  { section: '6.3', name: 'the current version is accepted', method: 'PUT', path: BULK_UPDATE, body: [{ type: 'dashboard', id: 'web-overview', attributes: { title: 'ok' }, version: 'WzExLDFd' }], status: 200, expectBody: { saved_objects: [{ id: 'web-overview', attributes: { title: 'ok' } }] } },
  // Kibana answers `namespaceIdToString(target namespace)` for single-namespace types: "default", never [] (§6.3).
  { section: '6.3', name: 'single-namespace type in default answers namespaces ["default"]', method: 'PUT', path: BULK_UPDATE, body: [{ type: 'config', id: '9.1.0', attributes: { 'dateFormat:tz': 'Europe/Paris' } }], status: 200, expectBody: { saved_objects: [{ type: 'config', namespaces: ['default'] }] } },
  {
    section: '6.3', name: 'an agnostic type answers without a namespaces key', method: 'PUT', path: `/s/marketing${BULK_UPDATE}`, status: 200,
    state: () => ({ ...smallState([{ type: 'global-setting', id: 'g1', namespaces: [], attributes: { title: 'G' } }]), types: { 'global-setting': { namespaceType: 'agnostic' } } }),
    body: [{ type: 'global-setting', id: 'g1', attributes: { title: 'G2' } }],
    check: ({ body }, sim) => {
      const [item] = items(body);
      expect(item).toMatchObject({ id: 'g1', type: 'global-setting', attributes: { title: 'G2' } });
      expect(item).not.toHaveProperty('namespaces');
      expect(title(sim, 'global-setting', 'g1')).toBe('G2');
    },
  },
  { section: '6.3', name: 'single-namespace type with namespace "default" answers ["default"]', method: 'PUT', path: BULK_UPDATE, body: [{ type: 'config', id: '9.1.0', attributes: {}, namespace: 'default' }], status: 200, expectBody: { saved_objects: [{ namespaces: ['default'] }] } },
  { section: '6.3', name: 'single-namespace type in another space answers that space', method: 'PUT', path: `/s/marketing${BULK_UPDATE}`, body: [{ type: 'config', id: '9.1.0', attributes: { 'dateFormat:tz': 'UTC' } }], status: 200, expectBody: { saved_objects: [{ namespaces: ['marketing'] }] } },
  { section: '6.3', name: 'originId is echoed when set', method: 'PUT', path: `/s/marketing${BULK_UPDATE}`, body: [{ type: 'dashboard', id: 'mk-web-overview', attributes: {} }], status: 200, expectBody: { saved_objects: [{ originId: 'web-overview' }] } },
  { section: '6.1', name: 'attributes are required', method: 'PUT', path: BULK_UPDATE, body: [{ type: 'dashboard', id: 'x' }], status: 400, expectBody: badRequest('[request body.0.attributes]: expected value of type [object] but got [undefined]'), exact: true },
  { section: '6.1', name: 'attributes must be an object', method: 'PUT', path: BULK_UPDATE, body: [{ type: 'dashboard', id: 'x', attributes: [] }], status: 400, expectBody: badRequest('[request body.0.attributes]: expected value of type [object] but got [Array]') },
  { section: '6.1', name: 'namespace must not be empty', method: 'PUT', path: BULK_UPDATE, body: [{ type: 'dashboard', id: 'x', attributes: {}, namespace: '' }], status: 400, expectBody: badRequest('[request body.0.namespace]: value has length [0] but it must have a minimum length of [1].') },
  { section: '6.1', name: 'unknown keys are refused', method: 'PUT', path: BULK_UPDATE, body: [{ type: 'dashboard', id: 'x', attributes: {}, namespaces: ['default'] }], status: 400, expectBody: badRequest('[request body.0.namespaces]: definition for this key is missing') },
  { section: '6.1', name: 'at most 1000 references per object', method: 'PUT', path: BULK_UPDATE, body: [{ type: 'dashboard', id: 'x', attributes: {}, references: many(1001, { name: 'a', type: 'tag', id: 't' }) }], status: 400, expectBody: badRequest('[request body.0.references]: array size is [1001], but cannot be greater than [1000]') },
  { section: '6.1', name: 'at most 10,000 objects', method: 'PUT', path: BULK_UPDATE, body: many(10001, { type: 'dashboard', id: 'x', attributes: {} }), status: 400, expectBody: badRequest('[request body]: array size is [10001], but cannot be greater than [10000]') },
];

const del: ConformanceCase[] = [
  {
    section: '9', name: 'deletes and removes the aliases pointing at it', method: 'DELETE', path: '/api/saved_objects/dashboard/web-overview', status: 200, expectBody: {}, exact: true,
    check: (_, sim) => {
      expect(sim.store.get('dashboard', 'web-overview')).toBeUndefined();
      expect(sim.store.get('legacy-url-alias', 'default:dashboard:old-web-overview')).toBeUndefined();
    },
  },
  { section: '9', name: 'disabled aliases pointing at it go too', method: 'DELETE', path: '/api/saved_objects/visualization/web-vis-0', status: 200, check: (_, sim) => expect(sim.store.get('legacy-url-alias', 'default:visualization:legacy-requests')).toBeUndefined() },
  { section: '9', name: 'an object shared to all spaces needs force', method: 'DELETE', path: '/api/saved_objects/index-pattern/shared-metrics-data-view', status: 400, expectBody: badRequest('Unable to delete saved object that exists in multiple namespaces, use the `force` option to delete it anyway: Bad Request'), exact: true },
  { section: '9', name: 'with force it is deleted from every space', method: 'DELETE', path: '/s/sales/api/saved_objects/index-pattern/shared-metrics-data-view?force=true', status: 200, expectBody: {}, check: (_, sim) => expect(sim.store.get('index-pattern', 'shared-metrics-data-view')).toBeUndefined() },
  { section: '9', name: 'an object outside the current space is a 404', method: 'DELETE', path: '/s/marketing/api/saved_objects/dashboard/web-overview', status: 404, expectBody: notFoundError('dashboard', 'web-overview'), exact: true, check: (_, sim) => expect(sim.store.get('dashboard', 'web-overview')).toBeDefined() },
  { section: '9', name: 'unknown type is a 404', method: 'DELETE', path: '/api/saved_objects/nope/x', status: 404, expectBody: notFoundError('nope', 'x'), exact: true },
  { section: '9', name: 'hidden type is a 404', method: 'DELETE', path: '/api/saved_objects/secret/hidden-1', state: () => smallState(), status: 404, expectBody: notFoundError('secret', 'hidden-1') },
  { section: '9', name: 'single-namespace: only the current space’s copy is deleted', method: 'DELETE', path: '/s/marketing/api/saved_objects/config/9.1.0', status: 200, check: (_, sim) => {
    expect(sim.store.get('config', '9.1.0', 'marketing')).toBeUndefined();
    expect(sim.store.get('config', '9.1.0', 'default')).toBeDefined();
  } },
  { section: '9', name: 'single-namespace: missing in this space is a 404', method: 'DELETE', path: '/s/ghost/api/saved_objects/config/9.1.0', status: 404, expectBody: notFoundError('config', '9.1.0') },
  { section: '9', name: 'force must be a boolean', method: 'DELETE', path: '/api/saved_objects/dashboard/web-overview?force=yes', status: 400, expectBody: badRequest('[request query.force]: expected value of type [boolean] but got [string]'), exact: true },
  { section: '9', name: 'unknown query keys are refused', method: 'DELETE', path: '/api/saved_objects/dashboard/web-overview?recursive=true', status: 400, expectBody: badRequest('[request query.recursive]: definition for this key is missing') },
];

describe('saved-objects conformance: bulk update and delete', () => {
  it.each([...bulkUpdate, ...del].map((c) => [caseTitle(c), c] as const))('%s', async (_title, c) => runCase(c));
});
