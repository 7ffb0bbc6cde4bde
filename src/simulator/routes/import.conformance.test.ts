// @vitest-environment node
// Conformance of `_import` and `_resolve_import_errors` (KIBANA-NOTES.md, "The rest of the saved-objects API",
// sections N6–N8; Kibana's `api_integration/apis/saved_objects/import.ts` and the route tests
// `integration_tests/saved_objects/routes/import.test.ts`, `resolve_import_errors.test.ts`). Multipart forms
// come from src/testing/multipart.ts. One fresh demo simulator per case.
import { describe, expect, it } from 'vitest';
import { badRequest, caseTitle, errorOf, PINNED_NOW, runCase, type ConformanceCase } from '../../testing/conformance';
import { importForm } from '../../testing/multipart';
import type { Simulator } from '../simulator';

const IMPORT = '/api/saved_objects/_import';
const RESOLVE = '/api/saved_objects/_resolve_import_errors';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const INTERNAL = errorOf(500, 'Internal Server Error', 'An internal server error occurred. Check Kibana server logs for details.');

const so = (type: string, id: string, title: string, references: { type: string; id: string }[] = []) => ({
  type,
  id,
  attributes: { title },
  references: references.map((r, i) => ({ name: `ref_${i}`, ...r })),
});
const vis = so('visualization', 'imp-vis', 'Imported vis', [{ type: 'index-pattern', id: 'web-data-view' }]);
const board = so('dashboard', 'imp-board', 'Imported board', [{ type: 'visualization', id: 'imp-vis' }]);
const orphan = so('visualization', 'imp-orphan', 'Orphan vis', [{ type: 'index-pattern', id: 'gone-data-view' }]);
const title = (sim: Simulator, type: string, id: string, space?: string) => sim.store.get(type, id, space)?.attributes.title;
const parseMessage = (text: string) => {
  try {
    JSON.parse(text);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

const importCases: ConformanceCase[] = [
  {
    section: 'N6', name: 'imports new objects in file order; warnings always present; no deprecation header', method: 'POST', path: IMPORT, body: importForm([vis, board]), status: 200,
    expectBody: {
      successCount: 2, success: true, warnings: [],
      successResults: [
        { type: 'visualization', id: 'imp-vis', meta: { title: 'Imported vis', icon: 'visualizeApp' }, managed: false },
        { type: 'dashboard', id: 'imp-board', meta: { title: 'Imported board', icon: 'dashboardApp' }, managed: false },
      ],
    },
    exact: true,
    check: ({ headers }, sim) => {
      expect(sim.store.getIn('dashboard', 'imp-board', 'default')?.references).toEqual([{ name: 'ref_0', type: 'visualization', id: 'imp-vis' }]);
      expect(sim.store.get('visualization', 'imp-vis')?.created_at).toBe(PINNED_NOW);
      expect(headers.get('warning')).toBeNull();
      expect(headers.get('elastic-api-version')).toBe('2023-10-31');
    },
  },
  {
    section: 'N6', name: 'existing objects are conflicts and nothing is written (api_integration "should return errors when conflicts exist")', method: 'POST', path: IMPORT,
    body: importForm([so('dashboard', 'web-overview', 'Clobbered?'), so('dashboard', 'imp-board', 'New')]), status: 200,
    expectBody: { success: false, successCount: 1, warnings: [], errors: [{ id: 'web-overview', type: 'dashboard', meta: { title: 'Clobbered?', icon: 'dashboardApp' }, error: { type: 'conflict' } }], successResults: [{ id: 'imp-board' }] },
    check: (_, sim) => {
      expect(title(sim, 'dashboard', 'web-overview')).toBe('[Web logs] Overview');
      expect(sim.store.get('dashboard', 'imp-board')).toBeUndefined();
    },
  },
  {
    section: 'N6', name: 'overwrite=true overwrites and says so', method: 'POST', path: `${IMPORT}?overwrite=true`, body: importForm([so('dashboard', 'web-overview', 'Overwritten'), board]), status: 200,
    expectBody: { success: true, successCount: 2, warnings: [], successResults: [{ id: 'web-overview', overwrite: true }, { id: 'imp-board' }] },
    check: ({ body }, sim) => {
      expect(title(sim, 'dashboard', 'web-overview')).toBe('Overwritten');
      expect((body as { successResults: object[] }).successResults[1]).not.toHaveProperty('overwrite');
    },
  },
  {
    section: 'N6', name: 'unsupported types are errors, the rest is written (api_integration "unsupported types")', method: 'POST', path: IMPORT, body: importForm([so('wigwags', '1', 'my title'), board]), status: 200,
    expectBody: { success: false, successCount: 1, errors: [{ id: '1', type: 'wigwags', meta: { title: 'my title' }, error: { type: 'unsupported_type' } }] },
    check: (_, sim) => expect(title(sim, 'dashboard', 'imp-board')).toBe('Imported board'),
  },
  {
    section: 'N6', name: 'missing data views and searches block the write (api_integration "index patterns or search are missing")', method: 'POST', path: IMPORT,
    body: importForm([so('visualization', '1', 'My visualization', [{ type: 'index-pattern', id: 'non-existing' }, { type: 'search', id: 'non-existing-search' }]), board]), status: 200,
    expectBody: { success: false, successCount: 1, errors: [{ type: 'visualization', id: '1', meta: { title: 'My visualization', icon: 'visualizeApp' }, error: { type: 'missing_references', references: [{ type: 'index-pattern', id: 'non-existing' }, { type: 'search', id: 'non-existing-search' }] } }] },
    check: (_, sim) => expect(sim.store.get('dashboard', 'imp-board')).toBeUndefined(),
  },
  {
    section: 'N6', name: 'createNewCopies: fresh ids, references follow the copies', method: 'POST', path: `${IMPORT}?createNewCopies=true`, body: importForm([vis, board]), status: 200,
    check: ({ body }, sim) => {
      const [v, d] = (body as { successResults: { id: string; destinationId: string }[] }).successResults;
      expect(v.id).toBe('imp-vis');
      expect(v.destinationId).toMatch(UUID);
      expect(sim.store.get('dashboard', d.destinationId)?.references).toEqual([{ name: 'ref_0', type: 'visualization', id: v.destinationId }]);
      expect(sim.store.get('dashboard', d.destinationId)?.originId).toBeUndefined();
      expect(sim.store.get('dashboard', 'imp-board')).toBeUndefined();
    },
  },
  {
    section: 'N6', name: 'into another space, an id taken elsewhere gets a new id with originId', method: 'POST', path: `/s/sales${IMPORT}`, body: importForm([so('dashboard', 'web-overview', 'Copy')]), status: 200,
    check: ({ body }, sim) => {
      const [result] = (body as { successResults: { destinationId: string }[] }).successResults;
      expect(result.destinationId).toMatch(UUID);
      expect(sim.store.getIn('dashboard', result.destinationId, 'sales')).toMatchObject({ originId: 'web-overview', attributes: { title: 'Copy' } });
      expect(title(sim, 'dashboard', 'web-overview')).toBe('[Web logs] Overview');
    },
  },
  {
    section: 'N6', name: 'compatibilityMode adds a legacy URL alias for a changed id', method: 'POST', path: `/s/sales${IMPORT}?compatibilityMode=true`, body: importForm([so('dashboard', 'web-overview', 'Copy')]), status: 200,
    check: ({ body }, sim) => {
      const [result] = (body as { successResults: { destinationId: string }[] }).successResults;
      expect(sim.store.get('legacy-url-alias', 'sales:dashboard:web-overview')?.attributes).toMatchObject({ targetId: result.destinationId, purpose: 'savedObjectImport' });
    },
  },
  { section: 'N6', name: 'managed is kept from the file (api_integration "retain managed")', method: 'POST', path: IMPORT, body: importForm([{ type: 'config', id: '1234', attributes: {}, references: [], managed: true }]), status: 200, expectBody: { successResults: [{ id: '1234', meta: { title: 'Advanced Settings [1234]' }, type: 'config', managed: true }] } },
  {
    section: 'N6', name: 'blank lines, CRLF, missing references keys and the export details line are accepted', method: 'POST', path: IMPORT, status: 200,
    body: importForm(`${JSON.stringify({ type: 'dashboard', id: 'a', attributes: { title: 'A' } })}\r\n\r\n   \n${JSON.stringify({ exportedCount: 1, missingRefCount: 0, missingReferences: [] })}\nnull\n`),
    expectBody: { success: true, successCount: 1 }, check: (_, sim) => expect(sim.store.get('dashboard', 'a')?.references).toEqual([]),
  },
  { section: 'N6', name: 'the space prefix imports there', method: 'POST', path: `/s/marketing${IMPORT}`, body: importForm([board]), status: 200, check: (_, sim) => expect(sim.store.getIn('dashboard', 'imp-board', 'marketing')).toBeDefined() },
  { section: 'N6', name: 'overwrite and createNewCopies exclude each other', method: 'POST', path: `${IMPORT}?overwrite=true&createNewCopies=true`, body: importForm([board]), status: 400, expectBody: badRequest('[request query]: cannot use [overwrite] with [createNewCopies]'), exact: true },
  { section: 'N6', name: 'createNewCopies and compatibilityMode exclude each other', method: 'POST', path: `${IMPORT}?createNewCopies=true&compatibilityMode=true`, body: importForm([board]), status: 400, expectBody: badRequest('[request query]: cannot use [createNewCopies] with [compatibilityMode]'), exact: true },
  { section: 'N6', name: 'unknown query keys are refused', method: 'POST', path: `${IMPORT}?retries=1`, body: importForm([board]), status: 400, expectBody: badRequest('[request query.retries]: definition for this key is missing') },
  { section: 'N6', name: 'repeated objects fail the import', method: 'POST', path: IMPORT, body: importForm([board, board]), status: 400, expectBody: badRequest('Non-unique import objects detected: [dashboard:imp-board]'), exact: true, check: (_, sim) => expect(sim.store.get('dashboard', 'imp-board')).toBeUndefined() },
  {
    section: 'N6', name: 'more than 10,000 objects is refused (api_integration "more than 10,000 objects")', method: 'POST', path: IMPORT, status: 400,
    body: importForm(Array.from({ length: 10001 }, (_, i) => `{"type":"visualization","id":"${i}","attributes":{},"references":[]}`)),
    expectBody: badRequest("Can't import more than 10000 objects"), exact: true, check: (_, sim) => expect(sim.store.get('visualization', '0')).toBeUndefined(),
  },
  { section: 'N6', name: 'needs kbn-xsrf', method: 'POST', path: IMPORT, body: importForm([board]), xsrf: false, status: 400, expectBody: badRequest('Request must contain a kbn-xsrf header.'), check: (_, sim) => expect(sim.store.get('dashboard', 'imp-board')).toBeUndefined() },
];

const fileCases: ConformanceCase[] = [
  { section: 'N8', name: 'a line that is not JSON: 400 with the parser’s message', method: 'POST', path: IMPORT, body: importForm([board, '{not json']), status: 400, expectBody: badRequest(parseMessage('{not json')), exact: true, check: (_, sim) => expect(sim.store.get('dashboard', 'imp-board')).toBeUndefined() },
  { section: 'N8', name: 'a pretty-printed JSON file is not NDJSON: 400 at its first line', method: 'POST', path: IMPORT, body: importForm(JSON.stringify(board, null, 2)), status: 400, expectBody: badRequest(parseMessage('{')), exact: true },
  { section: 'N8', name: 'multipart without a boundary is refused', method: 'POST', path: IMPORT, body: 'x', headers: { 'content-type': 'multipart/form-data' }, status: 400, expectBody: badRequest('Invalid content-type header: multipart missing boundary'), exact: true },
  { section: 'N8', name: 'a line that is JSON but not an object fails the import like Kibana (500)', method: 'POST', path: IMPORT, body: importForm([board, '"just text"']), status: 500, expectBody: INTERNAL, exact: true, check: (_, sim) => expect(sim.store.get('dashboard', 'imp-board')).toBeUndefined() },
  { section: 'N8', name: 'an array line fails the import (500)', method: 'POST', path: IMPORT, body: importForm(['[1,2]']), status: 500, expectBody: INTERNAL, exact: true },
  { section: 'N8', name: 'an object without attributes fails the import (500)', method: 'POST', path: IMPORT, body: importForm(['{"type":"wigwags","id":"1"}']), status: 500, expectBody: INTERNAL, exact: true },
  { section: 'N8', name: 'a file that is not .ndjson is refused', method: 'POST', path: IMPORT, body: importForm([board], { filename: 'export.json' }), status: 400, expectBody: badRequest('Invalid file extension .json'), exact: true },
  { section: 'N8', name: 'a file without extension is refused', method: 'POST', path: IMPORT, body: importForm([board], { filename: 'export' }), status: 400, expectBody: badRequest('Invalid file extension '), exact: true },
  { section: 'N8', name: 'the extension check ignores case', method: 'POST', path: IMPORT, body: importForm([board], { filename: 'EXPORT.NDJSON' }), status: 200 },
  { section: 'N8', name: 'a JSON body is not multipart: 415 (api_integration "no file passed in")', method: 'POST', path: IMPORT, body: [board], status: 415, expectBody: errorOf(415, 'Unsupported Media Type', 'Unsupported Media Type'), exact: true },
  { section: 'N8', name: 'no body at all: 415', method: 'POST', path: IMPORT, status: 415, expectBody: errorOf(415, 'Unsupported Media Type', 'Unsupported Media Type') },
  { section: 'N8', name: 'the file must be a file part', method: 'POST', path: IMPORT, body: (() => { const f = new FormData(); f.append('file', 'text'); return f; })(), status: 400, expectBody: badRequest('[request body.file]: expected value of type [Stream] but got [string]'), exact: true },
  { section: 'N8', name: 'the file part is required', method: 'POST', path: IMPORT, body: (() => { const f = new FormData(); f.append('other', 'x'); return f; })(), status: 400, expectBody: badRequest('[request body.file]: expected value of type [Stream] but got [undefined]'), exact: true },
  { section: 'N8', name: 'unknown form parts are refused', method: 'POST', path: IMPORT, body: importForm([board], { fields: { overwrite: 'true' } }), status: 400, expectBody: badRequest('[request body.overwrite]: definition for this key is missing'), exact: true },
  {
    section: 'N8', name: 'a file over 25 MB (maxImportPayloadBytes) is refused with 413', method: 'POST', path: IMPORT, body: importForm('x'.repeat(26214401)), status: 413,
    expectBody: errorOf(413, 'Payload Too Large', 'Payload content length greater than maximum allowed: 26214400'), exact: true,
  },
  { section: 'N8', name: 'an empty file imports nothing (route test "formats successful response")', method: 'POST', path: IMPORT, body: importForm(''), status: 200, expectBody: { success: true, successCount: 0, warnings: [] }, exact: true },
];

const resolveCases: ConformanceCase[] = [
  {
    section: 'N7', name: 'retries with overwrite overwrite; objects without a retry are skipped', method: 'POST', path: RESOLVE, status: 200,
    body: importForm([so('dashboard', 'web-overview', 'Resolved'), board], { retries: [{ type: 'dashboard', id: 'web-overview', overwrite: true }] }),
    expectBody: { success: true, successCount: 1, warnings: [], successResults: [{ type: 'dashboard', id: 'web-overview', meta: { title: 'Resolved', icon: 'dashboardApp' }, overwrite: true, managed: false }] }, exact: true,
    check: ({ headers }, sim) => {
      expect(title(sim, 'dashboard', 'web-overview')).toBe('Resolved');
      expect(sim.store.get('dashboard', 'imp-board')).toBeUndefined();
      expect(headers.get('warning')).toBeNull();
    },
  },
  {
    section: 'N7', name: 'destinationId overwrites that object instead', method: 'POST', path: RESOLVE, status: 200,
    body: importForm([so('dashboard', 'imp-board', 'Onto KPIs')], { retries: [{ type: 'dashboard', id: 'imp-board', overwrite: true, destinationId: 'kpi-overview' }] }),
    expectBody: { successResults: [{ id: 'imp-board', destinationId: 'kpi-overview', overwrite: true }] },
    check: (_, sim) => {
      expect(title(sim, 'dashboard', 'kpi-overview')).toBe('Onto KPIs');
      expect(sim.store.get('dashboard', 'imp-board')).toBeUndefined();
    },
  },
  {
    section: 'N7', name: 'replaceReferences repoints a missing data view', method: 'POST', path: RESOLVE, status: 200,
    body: importForm([orphan], { retries: [{ type: 'visualization', id: 'imp-orphan', replaceReferences: [{ type: 'index-pattern', from: 'gone-data-view', to: 'web-data-view' }] }] }),
    expectBody: { success: true, successCount: 1 },
    check: (_, sim) => expect(sim.store.get('visualization', 'imp-orphan')?.references).toEqual([{ name: 'ref_0', type: 'index-pattern', id: 'web-data-view' }]),
  },
  {
    section: 'N7', name: 'without a fix the missing reference is still an error', method: 'POST', path: RESOLVE, status: 200,
    body: importForm([orphan], { retries: [{ type: 'visualization', id: 'imp-orphan' }] }),
    expectBody: { success: false, successCount: 0, errors: [{ id: 'imp-orphan', error: { type: 'missing_references', references: [{ type: 'index-pattern', id: 'gone-data-view' }] } }] },
    check: (_, sim) => expect(sim.store.get('visualization', 'imp-orphan')).toBeUndefined(),
  },
  {
    section: 'N7', name: 'ignoreMissingReferences writes it anyway', method: 'POST', path: RESOLVE, status: 200,
    body: importForm([orphan], { retries: [{ type: 'visualization', id: 'imp-orphan', ignoreMissingReferences: true }] }),
    expectBody: { success: true, successCount: 1 }, check: (_, sim) => expect(title(sim, 'visualization', 'imp-orphan')).toBe('Orphan vis'),
  },
  {
    section: 'N7', name: 'createNewCopies regenerates ids of the retried objects', method: 'POST', path: `${RESOLVE}?createNewCopies=true`, status: 200,
    body: importForm([vis], { retries: [{ type: 'visualization', id: 'imp-vis' }] }),
    check: ({ body }) => expect((body as { successResults: { destinationId: string }[] }).successResults[0].destinationId).toMatch(UUID),
  },
  { section: 'N7', name: 'no retries skip every object (api_integration "skipping all the records")', method: 'POST', path: RESOLVE, body: importForm([so('dashboard', 'web-overview', 'x'), board], { retries: '[]' }), status: 200, expectBody: { success: true, successCount: 0, warnings: [] }, exact: true, check: (_, sim) => expect(sim.store.get('dashboard', 'imp-board')).toBeUndefined() },
  { section: 'N7', name: 'repeated retries fail the request', method: 'POST', path: RESOLVE, body: importForm([board], { retries: [{ type: 'dashboard', id: 'imp-board' }, { type: 'dashboard', id: 'imp-board' }] }), status: 400, expectBody: badRequest('Non-unique retry objects: [dashboard:imp-board]'), exact: true },
  { section: 'N7', name: 'two retries to one destination fail the request', method: 'POST', path: RESOLVE, body: importForm([board, so('dashboard', 'b2', 'B2')], { retries: [{ type: 'dashboard', id: 'imp-board', destinationId: 'x' }, { type: 'dashboard', id: 'b2', destinationId: 'x' }] }), status: 400, expectBody: badRequest('Non-unique retry destinations: [dashboard:x]'), exact: true },
  { section: 'N7', name: 'retries are required', method: 'POST', path: RESOLVE, body: importForm([board]), status: 400, expectBody: badRequest('[request body.retries]: expected value of type [array] but got [undefined]'), exact: true },
  { section: 'N7', name: 'retries must be a JSON array', method: 'POST', path: RESOLVE, body: importForm([board], { retries: 'not json' }), status: 400, expectBody: badRequest('[request body.retries]: expected value of type [array] but got [string]'), exact: true },
  { section: 'N7', name: 'a retry needs a type', method: 'POST', path: RESOLVE, body: importForm([board], { retries: '[{"id":"imp-board"}]' }), status: 400, expectBody: badRequest('[request body.retries.0.type]: expected value of type [string] but got [undefined]'), exact: true },
  { section: 'N7', name: 'replaceReferences entries need from and to', method: 'POST', path: RESOLVE, body: importForm([board], { retries: '[{"type":"dashboard","id":"imp-board","replaceReferences":[{"type":"index-pattern","from":"a"}]}]' }), status: 400, expectBody: badRequest('[request body.retries.0.replaceReferences.0.to]: expected value of type [string] but got [undefined]'), exact: true },
  { section: 'N7', name: 'unknown retry keys are refused', method: 'POST', path: RESOLVE, body: importForm([board], { retries: '[{"type":"dashboard","id":"imp-board","namespace":"x"}]' }), status: 400, expectBody: badRequest('[request body.retries.0.namespace]: definition for this key is missing') },
  { section: 'N7', name: 'overwrite is not a query parameter here', method: 'POST', path: `${RESOLVE}?overwrite=true`, body: importForm([board], { retries: [] }), status: 400, expectBody: badRequest('[request query.overwrite]: definition for this key is missing') },
  { section: 'N7', name: 'createNewCopies and compatibilityMode exclude each other', method: 'POST', path: `${RESOLVE}?createNewCopies=true&compatibilityMode=true`, body: importForm([board], { retries: [] }), status: 400, expectBody: badRequest('[request query]: cannot use [createNewCopies] with [compatibilityMode]'), exact: true },
  { section: 'N7', name: 'the same file rules as import', method: 'POST', path: RESOLVE, body: importForm([board], { filename: 'x.txt', retries: [] }), status: 400, expectBody: badRequest('Invalid file extension .txt'), exact: true },
  { section: 'N7', name: 'the same import limit', method: 'POST', path: RESOLVE, body: importForm(Array.from({ length: 10001 }, (_, i) => `{"type":"visualization","id":"${i}","attributes":{}}`), { retries: [{ type: 'visualization', id: '0' }] }), status: 400, expectBody: badRequest("Can't import more than 10000 objects"), exact: true },
];

describe('saved-objects conformance: import and resolve import errors', () => {
  it.each([...importCases, ...fileCases, ...resolveCases].map((c) => [caseTitle(c), c] as const))('%s', async (_title, c) => runCase(c));
});
