// @vitest-environment node
// Conformance of the read endpoints (kibana-api.md §2, §7, §8) and ML sync (§10.1), plus the versioned-route
// header rules (§1.2). One fresh demo simulator per case.
import { describe, expect, it } from 'vitest';
import { badRequest, caseTitle, errorOf, notFoundError, runCase, smallState, type ConformanceCase } from '../../testing/conformance';
import type { Simulator } from '../simulator';

const FIND = '/api/saved_objects/_find';
const SYNC = '/api/ml/saved_objects/sync';
type Found = { saved_objects: { id: string; type: string; namespaces?: string[]; attributes: Record<string, unknown>; references: { type: string; id: string }[] }[]; total: number };
const found = (body: unknown) => body as Found;
const namespacesOf = (sim: Simulator, type: string, id: string) => sim.store.get(type, id)?.namespaces;

const find: ConformanceCase[] = [
  { section: '7.1', name: 'unknown query keys are refused (there is no sort_order)', method: 'GET', path: `${FIND}?type=dashboard&sort_order=asc`, status: 400, expectBody: badRequest('[request query.sort_order]: definition for this key is missing'), exact: true },
  { section: '7.1', name: 'type is required', method: 'GET', path: `${FIND}?per_page=5`, status: 400, check: ({ body }) => expect((body as { message: string }).message).toMatch(/^\[request query\.type\]: /) },
  { section: '7.6', name: 'the 10,000 result window', method: 'GET', path: `${FIND}?type=dashboard&per_page=5000&page=3`, status: 400, check: ({ body }) => expect((body as { message: string }).message).toContain('Result window is too large') },
  { section: '7.4', name: 'namespaces=* searches every space', method: 'GET', path: `${FIND}?type=dashboard&namespaces=*&per_page=100`, status: 200, check: ({ body }) => expect(new Set(found(body).saved_objects.flatMap((o) => o.namespaces)).size).toBeGreaterThanOrEqual(5) },
  { section: '7.4', name: 'without namespaces only the current space', method: 'GET', path: `/s/marketing${FIND}?type=dashboard&per_page=100`, status: 200, check: ({ body }) => expect(found(body).saved_objects.every((o) => o.namespaces?.includes('marketing'))).toBe(true) },
  { section: '7.2', name: 'a search ending in * matches as a prefix', method: 'GET', path: `${FIND}?type=dashboard&search=Compan*`, status: 200, check: ({ body }) => expect(found(body).saved_objects.map((o) => o.id)).toContain('kpi-overview') },
  // Data views: `name` is mapped (text), so a search without search_fields finds a view by a word of its name
  // alone; `timeFieldName` is not mapped (dynamic: false), so it never matches (data_views saved-object type).
  { section: '7.2', name: 'a data view matches by a word of its name', method: 'GET', path: `${FIND}?type=index-pattern&search=data*`, status: 200, check: ({ body }) => expect(found(body).saved_objects.map((o) => [o.id, o.attributes.name, o.attributes.title])).toEqual([['flights-data-view', 'Flight data', 'flights-*']]) },
  { section: '7.2', name: 'a data view matches by a word of its index pattern', method: 'GET', path: `${FIND}?type=index-pattern&search=nginx*`, status: 200, check: ({ body }) => expect(found(body).saved_objects.map((o) => o.id)).toEqual(['web-data-view']) },
  { section: '7.2', name: 'a data view does not match by an unmapped attribute', method: 'GET', path: `${FIND}?type=index-pattern&search=timestamp`, status: 200, check: ({ body }) => expect(found(body).total).toBe(0) },
  {
    section: '7.2', name: 'has_reference keeps objects referencing the pair', method: 'GET', status: 200,
    path: `${FIND}?type=visualization&type=lens&has_reference=${encodeURIComponent(JSON.stringify({ type: 'index-pattern', id: 'web-data-view' }))}`,
    check: ({ body }) => {
      expect(found(body).total).toBeGreaterThan(0);
      for (const o of found(body).saved_objects) expect(o.references).toContainEqual(expect.objectContaining({ type: 'index-pattern', id: 'web-data-view' }));
    },
  },
  { section: '7.3', name: 'sort_field on one type may be an attribute', method: 'GET', path: `${FIND}?type=dashboard&sort_field=title`, status: 200, check: ({ body }) => {
    const titles = found(body).saved_objects.map((o) => String(o.attributes.title));
    expect(titles).toEqual([...titles].sort());
  } },
  { section: '7.3', name: 'sort_field on several types must be a root field', method: 'GET', path: `${FIND}?type=dashboard&type=lens&sort_field=title`, status: 400, expectBody: badRequest('Unable to sort multiple types by field title, not a root property: Bad Request'), exact: true },
  { section: '7.3', name: 'a root sort field works across types', method: 'GET', path: `${FIND}?type=dashboard&type=lens&sort_field=updated_at`, status: 200 },
  { section: '7.2', name: 'fields limits attributes', method: 'GET', path: `${FIND}?type=dashboard&fields=title`, status: 200, check: ({ body }) => {
    for (const o of found(body).saved_objects) expect(Object.keys(o.attributes)).toEqual(['title']);
  } },
];

const bulkGet: ConformanceCase[] = [
  {
    section: '8', name: 'per-object errors in request order', method: 'POST', path: '/api/saved_objects/_bulk_get', status: 200,
    body: [{ type: 'nope', id: 'x' }, { type: 'dashboard', id: 'nope' }, { type: 'legacy-url-alias', id: 'x', namespaces: ['default'] }, { type: 'dashboard', id: 'web-overview' }],
    expectBody: { saved_objects: [
      { id: 'x', type: 'nope', error: badRequest("Unsupported saved object type: 'nope': Bad Request") },
      { id: 'nope', type: 'dashboard', error: notFoundError('dashboard', 'nope') },
      { id: 'x', type: 'legacy-url-alias', error: badRequest('"namespaces" cannot be used on space-agnostic types: Bad Request') },
      { id: 'web-overview', type: 'dashboard', namespaces: ['default'] },
    ] },
  },
];

const spaces: ConformanceCase[] = [
  { section: '2.3', name: 'unknown space is a bare 404', method: 'GET', path: '/api/spaces/space/ghost', status: 404, expectBody: errorOf(404, 'Not Found', 'Not Found'), exact: true },
  { section: '2.2', name: 'spaces sorted by name', method: 'GET', path: '/api/spaces/space', status: 200, check: ({ body }) => {
    const names = (body as { name: string }[]).map((s) => s.name);
    expect(names).toEqual([...names].sort());
  } },
];

const versioned: ConformanceCase[] = [
  { section: '1.2', name: 'the public version is accepted and echoed', method: 'GET', path: `${SYNC}?simulate=true`, headers: { 'Elastic-Api-Version': '2023-10-31' }, status: 200, check: ({ headers }) => expect(headers.get('elastic-api-version')).toBe('2023-10-31') },
  { section: '1.2', name: 'a version that is no date', method: 'GET', path: SYNC, headers: { 'elastic-api-version': 'v1' }, status: 400, expectBody: badRequest('Invalid version. Received "v1", expected a valid date string formatted as YYYY-MM-DD.'), exact: true },
  { section: '1.2', name: 'an unknown date version', method: 'GET', path: SYNC, headers: { 'elastic-api-version': '2020-01-01' }, status: 400, expectBody: badRequest('No version "2020-01-01" available for [get] [/api/ml/saved_objects/sync]. Available versions are: [2023-10-31]'), exact: true },
];

const mlSync: ConformanceCase[] = [
  {
    section: '10.1', name: 'simulate on the demo plans all four kinds of repair and changes nothing', method: 'GET', path: `${SYNC}?simulate=true`, status: 200, exact: true,
    expectBody: {
      savedObjectsCreated: { 'anomaly-detector': { 'high-latency-detector': { success: true } }, 'data-frame-analytics': { 'customer-churn': { success: true } }, 'trained-model': { 'customer-churn-model': { success: true }, '.elser_model_2': { success: true } } },
      savedObjectsDeleted: { 'anomaly-detector': { 'retired-capacity-job': { success: true } }, 'data-frame-analytics': { 'old-regression': { success: true } }, 'trained-model': { 'obsolete-sentiment-model': { success: true } } },
      datafeedsAdded: { 'anomaly-detector': { 'checkout-errors': { success: true } } },
      datafeedsRemoved: { 'anomaly-detector': { 'login-spikes': { success: true } } },
    },
    check: (_, sim) => {
      expect(sim.store.get('ml-job', 'anomaly-detector-high-latency-detector')).toBeUndefined();
      expect(sim.store.get('ml-job', 'anomaly-detector-retired-capacity-job')).toBeDefined();
    },
  },
  {
    section: '10.1', name: 'a real run puts new objects in * by default', method: 'GET', path: SYNC, status: 200,
    expectBody: { savedObjectsCreated: { 'anomaly-detector': { 'high-latency-detector': { success: true } } }, savedObjectsDeleted: { 'data-frame-analytics': { 'old-regression': { success: true } } } },
    check: (_, sim) => {
      expect(namespacesOf(sim, 'ml-job', 'anomaly-detector-high-latency-detector')).toEqual(['*']);
      expect(sim.store.get('ml-job', 'anomaly-detector-high-latency-detector')?.attributes).toEqual({ job_id: 'high-latency-detector', datafeed_id: 'datafeed-high-latency-detector', type: 'anomaly-detector' });
      expect(namespacesOf(sim, 'ml-trained-model', 'customer-churn-model')).toEqual(['*']);
      expect(namespacesOf(sim, 'ml-trained-model', '.elser_model_2')).toEqual(['*']);
      expect(sim.store.get('ml-job', 'data-frame-analytics-old-regression')).toBeUndefined();
      expect(sim.store.get('ml-trained-model', 'obsolete-sentiment-model')).toBeUndefined();
    },
  },
  {
    section: '10.1', name: 'datafeed fixes look the job object up in the request space only', method: 'GET', path: SYNC, status: 200,
    expectBody: { datafeedsAdded: { 'anomaly-detector': { 'checkout-errors': { success: false, error: { statusCode: 404 } } } }, datafeedsRemoved: { 'anomaly-detector': { 'login-spikes': { success: false, error: { statusCode: 404 } } } } },
  },
  {
    section: '10.1', name: 'addToAllSpaces=false creates in the request space; models follow their job; dot-models go to *', method: 'GET', path: `/s/marketing${SYNC}?addToAllSpaces=false`, status: 200,
    expectBody: { datafeedsAdded: { 'anomaly-detector': { 'checkout-errors': { success: true } } }, datafeedsRemoved: { 'anomaly-detector': { 'login-spikes': { success: false } } } },
    check: (_, sim) => {
      expect(namespacesOf(sim, 'ml-job', 'data-frame-analytics-customer-churn')).toEqual(['marketing']);
      expect(namespacesOf(sim, 'ml-trained-model', 'customer-churn-model')).toEqual(['marketing']);
      expect(namespacesOf(sim, 'ml-trained-model', '.elser_model_2')).toEqual(['*']);
      expect(sim.store.get('ml-job', 'anomaly-detector-checkout-errors')?.attributes.datafeed_id).toBe('datafeed-checkout-errors');
    },
  },
  {
    section: '10.1', name: 'a model copies the spaces of its job’s existing object', method: 'GET', path: SYNC, status: 200,
    state: () => smallState([{ type: 'ml-job', id: 'data-frame-analytics-churn', namespaces: ['sales'], attributes: { job_id: 'churn', datafeed_id: null, type: 'data-frame-analytics' } }], { jobs: [{ type: 'data-frame-analytics', id: 'churn' }], trainedModels: [{ id: 'churn-model', jobId: 'churn' }] }),
    expectBody: { savedObjectsCreated: { 'trained-model': { 'churn-model': { success: true } } } },
    check: (_, sim) => expect(namespacesOf(sim, 'ml-trained-model', 'churn-model')).toEqual(['sales']),
  },
  {
    section: '10.1', name: 'one failed repair does not stop the others', method: 'GET', path: SYNC, status: 200,
    // An object squats the id the new job's object needs: that create conflicts, the other create succeeds.
    state: () => smallState([{ type: 'ml-job', id: 'anomaly-detector-blocked', namespaces: ['sales'], attributes: { job_id: 'squatter', datafeed_id: null, type: 'data-frame-analytics' } }], { jobs: [{ type: 'anomaly-detector', id: 'blocked' }, { type: 'anomaly-detector', id: 'free' }, { type: 'data-frame-analytics', id: 'squatter' }], trainedModels: [] }),
    expectBody: { savedObjectsCreated: { 'anomaly-detector': { blocked: { success: false, error: errorOf(409, 'Conflict', 'Saved object [ml-job/anomaly-detector-blocked] conflict') }, free: { success: true } } } },
    check: (_, sim) => expect(namespacesOf(sim, 'ml-job', 'anomaly-detector-free')).toEqual(['*']),
  },
  { section: '10.1', name: 'every top-level key is always present', method: 'GET', path: SYNC, state: () => smallState(), status: 200, expectBody: { savedObjectsCreated: {}, savedObjectsDeleted: {}, datafeedsAdded: {}, datafeedsRemoved: {} }, exact: true },
  { section: '10.1', name: 'unknown query keys are refused', method: 'GET', path: `${SYNC}?dryRun=true`, status: 400, expectBody: badRequest('[request query.dryRun]: definition for this key is missing'), exact: true },
  { section: '10.1', name: 'simulate must be a boolean', method: 'GET', path: `${SYNC}?simulate=maybe`, status: 400, expectBody: badRequest('[request query.simulate]: expected value of type [boolean] but got [string]'), exact: true },
];

describe('conformance: read endpoints, versioned routes and ML sync', () => {
  it.each([...find, ...bulkGet, ...spaces, ...versioned, ...mlSync].map((c) => [caseTitle(c), c] as const))('%s', async (_title, c) => runCase(c));
});
