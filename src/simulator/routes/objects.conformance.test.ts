// @vitest-environment node
// Conformance of get, create, update, bulk create and bulk delete (KIBANA-NOTES.md, "The rest of the
// saved-objects API", sections N1–N5). One fresh demo simulator per case.
import { describe, expect, it } from 'vitest';
import { badRequest, caseTitle, errorOf, notFoundError, PINNED_NOW, runCase, smallState, type ConformanceCase } from '../../testing/conformance';
import type { Simulator } from '../simulator';

const SO = '/api/saved_objects';
const BULK_CREATE = `${SO}/_bulk_create`;
const BULK_DELETE = `${SO}/_bulk_delete`;
const conflictError = (type: string, id: string) => errorOf(409, 'Conflict', `Saved object [${type}/${id}] conflict`);
const title = (sim: Simulator, type: string, id: string, space?: string) => sim.store.get(type, id, space)?.attributes.title;
const many = (n: number, item: unknown) => Array.from({ length: n }, () => item);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const get: ConformanceCase[] = [
  {
    section: 'N1', name: 'answers an object of the current space in the get shape, with the deprecation warning', method: 'GET', path: `${SO}/dashboard/web-overview`, status: 200,
    expectBody: { id: 'web-overview', type: 'dashboard', namespaces: ['default'], version: 'WzExLDFd', attributes: { title: '[Web logs] Overview' }, managed: false },
    check: ({ body, headers }) => {
      expect((body as { references: unknown[] }).references.length).toBeGreaterThan(0);
      expect(headers.get('warning')).toBe('299 Kibana-9.1.0 "This%20endpoint%20is%20deprecated"');
      expect(headers.get('elastic-api-version')).toBe('2023-10-31');
    },
  },
  { section: 'N1', name: 'an object of another space is a 404', method: 'GET', path: `${SO}/dashboard/mk-campaign-board`, status: 404, expectBody: notFoundError('dashboard', 'mk-campaign-board'), exact: true },
  { section: 'N1', name: 'the space prefix reads that space', method: 'GET', path: `/s/marketing${SO}/dashboard/mk-campaign-board`, status: 200, expectBody: { id: 'mk-campaign-board', namespaces: ['marketing'] } },
  { section: 'N1', name: 'an object shared to all spaces is found everywhere', method: 'GET', path: `/s/sales${SO}/index-pattern/shared-metrics-data-view`, status: 200, expectBody: { namespaces: ['*'] } },
  { section: 'N1', name: 'single-namespace: each space has its own copy', method: 'GET', path: `/s/ghost${SO}/config/9.1.0`, status: 404, expectBody: notFoundError('config', '9.1.0'), exact: true },
  { section: 'N1', name: 'unknown type is a 404', method: 'GET', path: `${SO}/nope/x`, status: 404, expectBody: notFoundError('nope', 'x'), exact: true },
  { section: 'N1', name: 'hidden type is a 404', method: 'GET', path: `${SO}/secret/hidden-1`, state: () => smallState(), status: 404, expectBody: notFoundError('secret', 'hidden-1'), exact: true },
  { section: 'N1', name: 'an alias is not followed (that is resolve)', method: 'GET', path: `${SO}/dashboard/old-web-overview`, status: 404, expectBody: notFoundError('dashboard', 'old-web-overview') },
];

const create: ConformanceCase[] = [
  {
    section: 'N2', name: 'creates under the given id in the current space', method: 'POST', path: `/s/sales${SO}/dashboard/new-board`, status: 200,
    body: { attributes: { title: 'New board' }, references: [{ name: 'panel_0', type: 'visualization', id: 'web-vis-0' }] },
    expectBody: { id: 'new-board', type: 'dashboard', namespaces: ['sales'], created_at: PINNED_NOW, updated_at: PINNED_NOW, version: expect.any(String), attributes: { title: 'New board' }, references: [{ name: 'panel_0', type: 'visualization', id: 'web-vis-0' }], managed: false },
    check: ({ headers }, sim) => {
      expect(sim.store.getIn('dashboard', 'new-board', 'sales')?.attributes.title).toBe('New board');
      expect(headers.get('warning')).toMatch(/^299 Kibana-9\.1\.0 /);
    },
  },
  { section: 'N2', name: 'without an id Kibana generates a UUID; references default to []', method: 'POST', path: `${SO}/visualization`, body: { attributes: { title: 'No id' } }, status: 200, check: ({ body }, sim) => {
    const created = body as { id: string; references: unknown[] };
    expect(created.id).toMatch(UUID);
    expect(created.references).toEqual([]);
    expect(title(sim, 'visualization', created.id)).toBe('No id');
  } },
  { section: 'N2', name: 'an existing id is a 409 and nothing changes', method: 'POST', path: `${SO}/dashboard/web-overview`, body: { attributes: { title: 'Clobbered?' } }, status: 409, expectBody: conflictError('dashboard', 'web-overview'), exact: true, check: (_, sim) => expect(title(sim, 'dashboard', 'web-overview')).toBe('[Web logs] Overview') },
  {
    section: 'N2', name: 'overwrite=true replaces attributes and references, keeps spaces and originId', method: 'POST', path: `/s/marketing${SO}/dashboard/mk-web-overview?overwrite=true`, body: { attributes: { title: 'Replaced' } }, status: 200,
    expectBody: { id: 'mk-web-overview', namespaces: ['marketing'], originId: 'web-overview', attributes: { title: 'Replaced' }, references: [] },
    check: (_, sim) => expect(sim.store.get('dashboard', 'mk-web-overview')?.attributes).toEqual({ title: 'Replaced' }),
  },
  { section: 'N2', name: 'overwrite cannot reach an object that lives only in other spaces', method: 'POST', path: `${SO}/dashboard/mk-campaign-board?overwrite=true`, body: { attributes: { title: 'x' } }, status: 409, expectBody: conflictError('dashboard', 'mk-campaign-board'), exact: true },
  { section: 'N2', name: 'an id claimed by a legacy URL alias in the space is a 409', method: 'POST', path: `${SO}/dashboard/old-web-overview`, body: { attributes: { title: 'x' } }, status: 409, expectBody: conflictError('dashboard', 'old-web-overview'), check: (_, sim) => expect(sim.store.get('dashboard', 'old-web-overview')).toBeUndefined() },
  {
    section: 'N2', name: 'initialNamespaces places a shareable object in several spaces', method: 'POST', path: `${SO}/index-pattern/two-spaces`, body: { attributes: { title: 'logs-*' }, initialNamespaces: ['marketing', 'sales'] }, status: 200,
    expectBody: { namespaces: ['marketing', 'sales'] }, check: (_, sim) => expect(sim.store.get('index-pattern', 'two-spaces')?.namespaces).toEqual(['marketing', 'sales']),
  },
  { section: 'N2', name: 'initialNamespaces: one space only for space-isolated types', method: 'POST', path: `${SO}/dashboard/x`, body: { attributes: {}, initialNamespaces: ['marketing', 'sales'] }, status: 400, expectBody: badRequest('"initialNamespaces" can only specify a single space when used with space-isolated types: Bad Request'), exact: true },
  { section: 'N2', name: 'initialNamespaces: not on space-agnostic types', method: 'POST', path: `${SO}/legacy-url-alias/x`, body: { attributes: {}, initialNamespaces: ['sales'] }, status: 400, expectBody: badRequest('"initialNamespaces" cannot be used on space-agnostic types: Bad Request') },
  { section: 'N2', name: 'initialNamespaces: a single-namespace object goes to that space', method: 'POST', path: `${SO}/config/9.2.0`, body: { attributes: {}, initialNamespaces: ['sales'] }, status: 200, expectBody: { namespaces: ['sales'] }, check: (_, sim) => expect(sim.store.get('config', '9.2.0', 'sales')).toBeDefined() },
  { section: 'N2', name: 'initialNamespaces must not be empty', method: 'POST', path: `${SO}/dashboard/x`, body: { attributes: {}, initialNamespaces: [] }, status: 400, expectBody: badRequest('[request body.initialNamespaces]: array size is [0], but cannot be smaller than [1]'), exact: true },
  { section: 'N2', name: 'unknown type is a 400', method: 'POST', path: `${SO}/nope/x`, body: { attributes: {} }, status: 400, expectBody: badRequest("Unsupported saved object type: 'nope': Bad Request"), exact: true },
  { section: 'N2', name: 'hidden type is a 400', method: 'POST', path: `${SO}/secret/x`, state: () => smallState(), body: { attributes: {} }, status: 400, expectBody: badRequest("Unsupported saved object type: 'secret': Bad Request") },
  { section: 'N2', name: 'attributes are required', method: 'POST', path: `${SO}/dashboard/x`, body: { references: [] }, status: 400, expectBody: badRequest('[request body.attributes]: expected value of type [object] but got [undefined]'), exact: true },
  { section: 'N2', name: 'an empty body is refused', method: 'POST', path: `${SO}/dashboard/x`, status: 400, expectBody: badRequest('[request body]: expected a plain object value, but found [null] instead.') },
  { section: 'N2', name: 'originId is not part of the body', method: 'POST', path: `${SO}/dashboard/x`, body: { attributes: {}, originId: 'y' }, status: 400, expectBody: badRequest('[request body.originId]: definition for this key is missing') },
  { section: 'N2', name: 'overwrite must be a boolean', method: 'POST', path: `${SO}/dashboard/x?overwrite=1`, body: { attributes: {} }, status: 400, expectBody: badRequest('[request query.overwrite]: expected value of type [boolean] but got [string]') },
  { section: 'N2', name: 'needs kbn-xsrf', method: 'POST', path: `${SO}/dashboard/x`, body: { attributes: {} }, xsrf: false, status: 400, expectBody: badRequest('Request must contain a kbn-xsrf header.'), check: (_, sim) => expect(sim.store.get('dashboard', 'x')).toBeUndefined() },
  { section: 'N2', name: 'migration fields are accepted', method: 'POST', path: `${SO}/dashboard/x`, body: { attributes: {}, coreMigrationVersion: '8.8.0', typeMigrationVersion: '10.2.0', migrationVersion: { dashboard: '8.7.0' } }, status: 200 },
];

const update: ConformanceCase[] = [
  {
    section: 'N3', name: 'deep-merges attributes; answers what was sent', method: 'PUT', path: `${SO}/dashboard/web-overview`, body: { attributes: { description: 'new' } }, status: 200,
    expectBody: { id: 'web-overview', type: 'dashboard', updated_at: PINNED_NOW, version: expect.any(String), namespaces: ['default'], attributes: { description: 'new' } }, exact: true,
    check: ({ headers }, sim) => {
      expect(sim.store.get('dashboard', 'web-overview')?.attributes).toMatchObject({ title: '[Web logs] Overview', description: 'new' });
      expect(headers.get('warning')).toMatch(/^299 /);
    },
  },
  { section: 'N3', name: 'references replace the stored ones', method: 'PUT', path: `${SO}/dashboard/web-overview`, body: { attributes: {}, references: [] }, status: 200, expectBody: { references: [] }, check: (_, sim) => expect(sim.store.get('dashboard', 'web-overview')?.references).toEqual([]) },
  { section: 'N3', name: 'the current version is accepted', method: 'PUT', path: `${SO}/dashboard/web-overview`, body: { attributes: { title: 'ok' }, version: 'WzExLDFd' }, status: 200, check: (_, sim) => expect(title(sim, 'dashboard', 'web-overview')).toBe('ok') },
  { section: 'N3', name: 'a stale version is a 409', method: 'PUT', path: `${SO}/dashboard/web-overview`, body: { attributes: { title: 'stale' }, version: 'WzEsMV0=' }, status: 409, expectBody: conflictError('dashboard', 'web-overview'), exact: true, check: (_, sim) => expect(title(sim, 'dashboard', 'web-overview')).toBe('[Web logs] Overview') },
  { section: 'N3', name: 'a malformed version is a 400', method: 'PUT', path: `${SO}/dashboard/web-overview`, body: { attributes: {}, version: 'abc' }, status: 400, expectBody: badRequest('Invalid version [abc]'), exact: true },
  { section: 'N3', name: 'a missing object is a 404', method: 'PUT', path: `${SO}/dashboard/nope`, body: { attributes: {} }, status: 404, expectBody: notFoundError('dashboard', 'nope'), exact: true },
  { section: 'N3', name: 'an object of another space is a 404, even with upsert', method: 'PUT', path: `${SO}/dashboard/mk-campaign-board`, body: { attributes: {}, upsert: { title: 'x' } }, status: 404, expectBody: notFoundError('dashboard', 'mk-campaign-board'), check: (_, sim) => expect(title(sim, 'dashboard', 'mk-campaign-board')).toBe('Campaign board') },
  {
    section: 'N3', name: 'upsert creates a missing object from the upsert attributes only', method: 'PUT', path: `/s/sales${SO}/dashboard/upserted`, body: { attributes: { title: 'ignored' }, upsert: { title: 'From upsert' } }, status: 200,
    expectBody: { id: 'upserted', type: 'dashboard', created_at: PINNED_NOW, updated_at: PINNED_NOW, version: expect.any(String), namespaces: ['sales'], attributes: { title: 'From upsert' } }, exact: true,
    check: (_, sim) => expect(sim.store.getIn('dashboard', 'upserted', 'sales')?.attributes).toEqual({ title: 'From upsert' }),
  },
  { section: 'N3', name: 'upsert of an existing object is a plain update', method: 'PUT', path: `${SO}/dashboard/web-overview`, body: { attributes: { title: 'Updated' }, upsert: { title: 'Ignored' } }, status: 200, check: (_, sim) => expect(title(sim, 'dashboard', 'web-overview')).toBe('Updated') },
  { section: 'N3', name: 'single-namespace types answer the space', method: 'PUT', path: `${SO}/config/9.1.0`, body: { attributes: { 'dateFormat:tz': 'UTC' } }, status: 200, expectBody: { namespaces: ['default'] } },
  { section: 'N3', name: 'unknown type is a 404', method: 'PUT', path: `${SO}/nope/x`, body: { attributes: {} }, status: 404, expectBody: notFoundError('nope', 'x'), exact: true },
  { section: 'N3', name: 'unknown body keys are refused', method: 'PUT', path: `${SO}/dashboard/web-overview`, body: { attributes: {}, namespace: 'sales' }, status: 400, expectBody: badRequest('[request body.namespace]: definition for this key is missing') },
  { section: 'N3', name: 'upsert must be an object', method: 'PUT', path: `${SO}/dashboard/web-overview`, body: { attributes: {}, upsert: 'x' }, status: 400, expectBody: badRequest('[request body.upsert]: expected value of type [object] but got [string]') },
];

const bulkCreate: ConformanceCase[] = [
  {
    section: 'N4', name: 'creates each object; a taken id is a per-object 409, the rest are written', method: 'POST', path: BULK_CREATE, status: 200,
    body: [{ type: 'dashboard', id: 'web-overview', attributes: { title: 'Taken' } }, { type: 'dashboard', id: 'fresh', attributes: { title: 'Fresh' } }, { type: 'nope', attributes: {} }],
    expectBody: { saved_objects: [{ id: 'web-overview', type: 'dashboard', error: conflictError('dashboard', 'web-overview') }, { id: 'fresh', type: 'dashboard', namespaces: ['default'], attributes: { title: 'Fresh' }, references: [] }, { type: 'nope', error: badRequest("Unsupported saved object type: 'nope': Bad Request") }] },
    check: ({ body }, sim) => {
      expect(title(sim, 'dashboard', 'web-overview')).toBe('[Web logs] Overview');
      expect(title(sim, 'dashboard', 'fresh')).toBe('Fresh');
      expect((body as { saved_objects: object[] }).saved_objects[2]).not.toHaveProperty('id');
    },
  },
  { section: 'N4', name: 'overwrite=true replaces existing objects', method: 'POST', path: `${BULK_CREATE}?overwrite=true`, body: [{ type: 'dashboard', id: 'web-overview', attributes: { title: 'Replaced' } }], status: 200, expectBody: { saved_objects: [{ id: 'web-overview', attributes: { title: 'Replaced' } }] }, check: (_, sim) => expect(title(sim, 'dashboard', 'web-overview')).toBe('Replaced') },
  {
    section: 'N4', name: 'overwrite of an object in other spaces only: 409 flagged not overwritable', method: 'POST', path: `${BULK_CREATE}?overwrite=true`, body: [{ type: 'dashboard', id: 'mk-campaign-board', attributes: {} }], status: 200,
    expectBody: { saved_objects: [{ id: 'mk-campaign-board', type: 'dashboard', error: { ...conflictError('dashboard', 'mk-campaign-board'), metadata: { isNotOverwritable: true } } }] }, exact: true,
  },
  { section: 'N4', name: 'with overwrite, a stale version is a per-object 409', method: 'POST', path: `${BULK_CREATE}?overwrite=true`, body: [{ type: 'dashboard', id: 'web-overview', attributes: {}, version: 'WzEsMV0=' }], status: 200, expectBody: { saved_objects: [{ error: conflictError('dashboard', 'web-overview') }] }, check: (_, sim) => expect(title(sim, 'dashboard', 'web-overview')).toBe('[Web logs] Overview') },
  { section: 'N4', name: 'a malformed version fails the whole request', method: 'POST', path: BULK_CREATE, body: [{ type: 'dashboard', id: 'a', attributes: {} }, { type: 'dashboard', id: 'b', attributes: {}, version: 'abc' }], status: 400, expectBody: badRequest('Invalid version [abc]'), exact: true, check: (_, sim) => expect(sim.store.get('dashboard', 'a')).toBeUndefined() },
  { section: 'N4', name: 'initialNamespaces errors are per object', method: 'POST', path: BULK_CREATE, body: [{ type: 'dashboard', id: 'a', attributes: {}, initialNamespaces: ['x', 'y'] }], status: 200, expectBody: { saved_objects: [{ id: 'a', type: 'dashboard', error: badRequest('"initialNamespaces" can only specify a single space when used with space-isolated types: Bad Request') }] }, exact: true },
  { section: 'N4', name: 'the space prefix creates there', method: 'POST', path: `/s/sales${BULK_CREATE}`, body: [{ type: 'lens', id: 'l1', attributes: { title: 'L' } }], status: 200, expectBody: { saved_objects: [{ namespaces: ['sales'] }] } },
  { section: 'N4', name: 'type is required', method: 'POST', path: BULK_CREATE, body: [{ attributes: {} }], status: 400, expectBody: badRequest('[request body.0.type]: expected value of type [string] but got [undefined]'), exact: true },
  { section: 'N4', name: 'at most 10,000 objects', method: 'POST', path: BULK_CREATE, body: many(10001, { type: 'dashboard', attributes: {} }), status: 400, expectBody: badRequest('[request body]: array size is [10001], but cannot be greater than [10000]') },
  { section: 'N4', name: 'the body must be an array', method: 'POST', path: BULK_CREATE, body: { type: 'dashboard' }, status: 400, expectBody: badRequest('[request body]: expected value of type [array] but got [Object]') },
];

const bulkDelete: ConformanceCase[] = [
  {
    section: 'N5', name: 'deletes each object; missing and unknown ones are per-object errors', method: 'POST', path: BULK_DELETE, status: 200,
    body: [{ type: 'dashboard', id: 'web-overview' }, { type: 'dashboard', id: 'nope' }, { type: 'nope', id: 'x' }],
    expectBody: { statuses: [{ success: true, id: 'web-overview', type: 'dashboard' }, { success: false, id: 'nope', type: 'dashboard', error: notFoundError('dashboard', 'nope') }, { success: false, id: 'x', type: 'nope', error: badRequest("Unsupported saved object type: 'nope': Bad Request") }] }, exact: true,
    check: (_, sim) => {
      expect(sim.store.get('dashboard', 'web-overview')).toBeUndefined();
      expect(sim.store.get('legacy-url-alias', 'default:dashboard:old-web-overview')).toBeUndefined();
    },
  },
  {
    section: 'N5', name: 'an object in several spaces needs force (as single delete)', method: 'POST', path: BULK_DELETE, body: [{ type: 'index-pattern', id: 'shared-metrics-data-view' }], status: 200,
    expectBody: { statuses: [{ success: false, id: 'shared-metrics-data-view', type: 'index-pattern', error: badRequest('Unable to delete saved object that exists in multiple namespaces, use the `force` option to delete it anyway: Bad Request') }] }, exact: true,
    check: (_, sim) => expect(sim.store.get('index-pattern', 'shared-metrics-data-view')).toBeDefined(),
  },
  { section: 'N5', name: 'force=true deletes it from every space', method: 'POST', path: `/s/sales${BULK_DELETE}?force=true`, body: [{ type: 'index-pattern', id: 'shared-metrics-data-view' }], status: 200, expectBody: { statuses: [{ success: true }] }, check: (_, sim) => expect(sim.store.get('index-pattern', 'shared-metrics-data-view')).toBeUndefined() },
  { section: 'N5', name: 'an object of another space is a per-object 404', method: 'POST', path: BULK_DELETE, body: [{ type: 'dashboard', id: 'mk-campaign-board' }], status: 200, expectBody: { statuses: [{ success: false, error: notFoundError('dashboard', 'mk-campaign-board') }] }, check: (_, sim) => expect(sim.store.get('dashboard', 'mk-campaign-board')).toBeDefined() },
  { section: 'N5', name: 'an empty list answers no statuses', method: 'POST', path: BULK_DELETE, body: [], status: 200, expectBody: { statuses: [] }, exact: true },
  { section: 'N5', name: 'id is required', method: 'POST', path: BULK_DELETE, body: [{ type: 'dashboard' }], status: 400, expectBody: badRequest('[request body.0.id]: expected value of type [string] but got [undefined]'), exact: true },
  { section: 'N5', name: 'force must be a boolean', method: 'POST', path: `${BULK_DELETE}?force=yes`, body: [], status: 400, expectBody: badRequest('[request query.force]: expected value of type [boolean] but got [string]') },
  { section: 'N5', name: 'needs kbn-xsrf', method: 'POST', path: BULK_DELETE, body: [{ type: 'dashboard', id: 'web-overview' }], xsrf: false, status: 400, check: (_, sim) => expect(sim.store.get('dashboard', 'web-overview')).toBeDefined() },
];

describe('saved-objects conformance: get, create, update, bulk create, bulk delete', () => {
  it.each([...get, ...create, ...update, ...bulkCreate, ...bulkDelete].map((c) => [caseTitle(c), c] as const))('%s', async (_title, c) => runCase(c));
});
