// @vitest-environment node
// Conformance table for copy to space, resolve copy errors and export: each case names the section of
// kibana-api.md (or the Kibana file) it checks, sends one request and asserts Kibana's answer.
import { describe, expect, it } from 'vitest';
import type { StateDocument } from '../state/schema';
import { deployment, pinnedSimulator, so } from '../../testing/copy-fixtures';
import type { TestSimulator } from '../../testing/simulator';

const COPY = '/api/spaces/_copy_saved_objects';
const RESOLVE = '/api/spaces/_resolve_copy_saved_objects_errors';
const EXPORT = '/api/saved_objects/_export';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

// A web kit in default: dashboard → visualization → data view, plus a saved search.
const WEB = [
  so('dashboard', 'dash', { title: 'Web', refs: [['visualization', 'vis'], ['search', 'srch']] }),
  so('visualization', 'vis', { title: 'Requests', refs: [['index-pattern', 'ip']] }),
  so('search', 'srch', { title: 'All events', refs: [['index-pattern', 'ip']] }),
  so('index-pattern', 'ip', { title: 'logs-*' }),
];

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  text: string;
  headers: Headers;
}

interface Case {
  name: string;
  state?: StateDocument;
  path?: string;
  /** Defaults to the copy route. */
  body: unknown;
  headers?: Record<string, string>;
  xsrf?: boolean;
  status: number;
  check?: (answer: Answer, t: TestSimulator) => void;
}

const badRequest = (message: string) => ({ statusCode: 400, error: 'Bad Request', message });

const cases: Case[] = [
  // ---- §3.1 copy body validation ----
  {
    name: '§1.4 copy without a body → 400 [request body]: expected a plain object value',
    body: undefined,
    status: 400,
    check: ({ body }) => expect(body).toEqual(badRequest('[request body]: expected a plain object value, but found [null] instead.')),
  },
  {
    name: '§3.1 object entry that is not an object → 400 at [request body.objects.0]',
    body: { spaces: ['marketing'], objects: ['dashboard:dash'] },
    status: 400,
    check: ({ body }) => expect(body.message).toBe('[request body.objects.0]: expected a plain object value, but found [string] instead.'),
  },
  {
    name: '§3.1 missing spaces → 400 at [request body.spaces]',
    body: { objects: [] },
    status: 400,
    check: ({ body }) => expect(body).toEqual(badRequest('[request body.spaces]: expected value of type [array] but got [undefined]')),
  },
  {
    name: '§3.1 space id breaking the id rule → 400 at [request body.spaces.1]',
    body: { spaces: ['marketing', 'Bad Space'], objects: [] },
    status: 400,
    check: ({ body }) => expect(body.message).toBe('[request body.spaces.1]: lower case, a-z, 0-9, "_", and "-" are allowed'),
  },
  {
    name: '§3.1 duplicate space ids → 400',
    body: { spaces: ['marketing', 'marketing'], objects: [] },
    status: 400,
    check: ({ body }) => expect(body.message).toBe('[request body.spaces]: duplicate space ids are not allowed'),
  },
  {
    name: '§3.1 duplicate objects → 400',
    body: { spaces: ['marketing'], objects: [{ type: 'dashboard', id: 'dash' }, { type: 'dashboard', id: 'dash' }] },
    status: 400,
    check: ({ body }) => expect(body.message).toBe('[request body.objects]: duplicate objects are not allowed'),
  },
  {
    name: '§3.1 object without id → 400 at [request body.objects.0.id]',
    body: { spaces: ['marketing'], objects: [{ type: 'dashboard' }] },
    status: 400,
    check: ({ body }) => expect(body.message).toBe('[request body.objects.0.id]: expected value of type [string] but got [undefined]'),
  },
  {
    name: '§3.1 unknown top-level key → 400 definition for this key is missing',
    body: { spaces: ['marketing'], objects: [], retries: {} },
    status: 400,
    check: ({ body }) => expect(body.message).toBe('[request body.retries]: definition for this key is missing'),
  },
  {
    name: '§3.1 non-boolean includeReferences → 400',
    body: { spaces: ['marketing'], objects: [], includeReferences: 'yes' },
    status: 400,
    check: ({ body }) => expect(body.message).toBe('[request body.includeReferences]: expected value of type [boolean] but got [string]'),
  },
  {
    name: '§3.1 overwrite with default createNewCopies → 400',
    body: { spaces: ['marketing'], objects: [], overwrite: true },
    status: 400,
    check: ({ body }) => expect(body).toEqual(badRequest('[request body]: cannot use [overwrite] with [createNewCopies]')),
  },
  {
    name: '§3.1 compatibilityMode with default createNewCopies → 400',
    body: { spaces: ['marketing'], objects: [], compatibilityMode: true },
    status: 400,
    check: ({ body }) => expect(body.message).toBe('[request body]: cannot use [compatibilityMode] with [createNewCopies]'),
  },
  {
    name: '§1.2 copy without kbn-xsrf → 400',
    body: { spaces: ['marketing'], objects: [] },
    xsrf: false,
    status: 400,
    check: ({ body }) => expect(body.message).toBe('Request must contain a kbn-xsrf header.'),
  },
  {
    name: '§3.1 no destination spaces → 200 {}',
    state: deployment(WEB),
    body: { spaces: [], objects: [{ type: 'dashboard', id: 'dash' }] },
    status: 200,
    check: ({ body }) => expect(body).toEqual({}),
  },
  {
    name: '§3.7 unknown destination space is accepted and written to',
    state: deployment(WEB),
    body: { spaces: ['non_existent_space'], objects: [{ type: 'index-pattern', id: 'ip' }] },
    status: 200,
    check: ({ body }, t) => {
      expect(body.non_existent_space).toMatchObject({ success: true, successCount: 1 });
      expect(t.sim.store.getIn('index-pattern', id(1), 'non_existent_space')).toBeDefined();
    },
  },
  // ---- §3.2 export step and filters ----
  {
    name: '§3.2 missing source object → 404 Saved objects not found with attributes.objects',
    state: deployment(WEB),
    body: { spaces: ['marketing'], objects: [{ type: 'dashboard', id: 'dash' }, { type: 'dashboard', id: 'nope' }, { type: 'no-such-type', id: 'x' }] },
    status: 404,
    check: ({ body }) =>
      expect(body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: 'Saved objects not found',
        attributes: { objects: [{ id: 'nope', type: 'dashboard' }, { id: 'x', type: 'no-such-type' }] },
      }),
  },
  {
    name: '§3.2 object living only in another space is not found in the source space → 404',
    state: deployment([so('dashboard', 'mk-dash', { ns: ['marketing'] })]),
    body: { spaces: ['sales'], objects: [{ type: 'dashboard', id: 'mk-dash' }] },
    status: 404,
  },
  {
    name: '§3.2 includeReferences copies the closure, references first; unknown references are dropped',
    state: deployment([...WEB, so('lens', 'lens', { refs: [['tag', 'gone']] })].map((o) => (o.id === 'dash' ? { ...o, references: [...o.references!, { name: 'x', type: 'lens', id: 'lens' }] } : o))),
    body: { spaces: ['marketing'], objects: [{ type: 'dashboard', id: 'dash' }], includeReferences: true },
    status: 200,
    check: ({ body }) => {
      expect(body.marketing.successResults.map((r: { id: string }) => r.id)).toEqual(['ip', 'vis', 'srch', 'lens', 'dash']);
      expect(body.marketing.success).toBe(true);
    },
  },
  {
    name: '§3.2 without includeReferences references stay behind (the data view is then missing)',
    state: deployment(WEB),
    body: { spaces: ['marketing'], objects: [{ type: 'visualization', id: 'vis' }] },
    status: 200,
    check: ({ body }) =>
      expect(body.marketing).toEqual({
        success: false,
        successCount: 0,
        errors: [
          {
            id: 'vis',
            type: 'visualization',
            meta: { title: 'Requests', icon: 'visualizeApp' },
            error: { type: 'missing_references', references: [{ type: 'index-pattern', id: 'ip' }] },
          },
        ],
      }),
  },
  {
    name: '§3.2 importable namespace-agnostic types are dropped silently',
    state: deployment([so('global-thing', 'g1', { ns: [], title: 'Global' }), so('dashboard', 'd', { refs: [['global-thing', 'g1']] })], undefined, {
      'global-thing': { namespaceType: 'agnostic', importable: true },
    }),
    body: { spaces: ['marketing'], objects: [{ type: 'dashboard', id: 'd' }], includeReferences: true },
    status: 200,
    check: ({ body }) => expect(body.marketing.successResults.map((r: { type: string }) => r.type)).toEqual(['dashboard']),
  },
  {
    name: '§3.2 objects shared to all spaces are not copied (createNewCopies false)',
    state: deployment([so('index-pattern', 'shared', { ns: ['*'] }), so('visualization', 'v', { refs: [['index-pattern', 'shared']] })]),
    body: { spaces: ['marketing'], objects: [{ type: 'visualization', id: 'v' }], includeReferences: true, createNewCopies: false },
    status: 200,
    check: ({ body }) => {
      expect(body.marketing.successResults.map((r: { id: string }) => r.id)).toEqual(['v']);
      expect(body.marketing.success).toBe(true);
    },
  },
  {
    name: '§3.6 objects already in the destination are skipped: {success:true, successCount:0}',
    state: deployment([so('index-pattern', 'ip', { ns: ['default', 'marketing'] })]),
    body: { spaces: ['marketing'], objects: [{ type: 'index-pattern', id: 'ip' }], createNewCopies: false },
    status: 200,
    check: ({ body }) => expect(body).toEqual({ marketing: { success: true, successCount: 0 } }),
  },
  {
    name: '§3.7 copy to the source space with createNewCopies true duplicates under new ids',
    state: deployment(WEB),
    body: { spaces: ['default'], objects: [{ type: 'index-pattern', id: 'ip' }] },
    status: 200,
    check: ({ body }, t) => {
      expect(body.default.successResults).toEqual([{ type: 'index-pattern', id: 'ip', destinationId: id(1), meta: { title: 'logs-*', icon: 'indexPatternApp' }, managed: false }]);
      expect(t.sim.store.getIn('index-pattern', id(1), 'default')?.originId).toBeUndefined();
    },
  },
  // ---- §3.3 import per destination ----
  {
    name: '§3.3 single-namespace exact conflict → conflict without destinationId',
    state: deployment([so('config', '9.1.0', { ns: ['default'] }), so('config', '9.1.0', { ns: ['marketing'] })]),
    body: { spaces: ['marketing'], objects: [{ type: 'config', id: '9.1.0' }], createNewCopies: false },
    status: 200,
    check: ({ body }) =>
      expect(body.marketing).toEqual({
        success: false,
        successCount: 0,
        errors: [{ id: '9.1.0', type: 'config', meta: { icon: 'advancedSettingsApp' }, error: { type: 'conflict' } }],
      }),
  },
  {
    name: '§3.3/§3.5 exact conflict with overwrite → replaced, success carries overwrite:true',
    state: deployment([
      { ...so('config', '9.1.0', { ns: ['default'] }), attributes: { 'dateFormat:tz': 'UTC' } },
      { ...so('config', '9.1.0', { ns: ['marketing'] }), attributes: { 'dateFormat:tz': 'Europe/Paris' } },
    ]),
    body: { spaces: ['marketing'], objects: [{ type: 'config', id: '9.1.0' }], createNewCopies: false, overwrite: true },
    status: 200,
    check: ({ body }, t) => {
      expect(body.marketing.successResults).toEqual([
        { type: 'config', id: '9.1.0', meta: { title: 'Advanced Settings [9.1.0]', icon: 'advancedSettingsApp' }, managed: false, overwrite: true },
      ]);
      expect(t.sim.store.getIn('config', '9.1.0', 'marketing')?.attributes['dateFormat:tz']).toBe('UTC');
    },
  },
  {
    name: '§3.5 overwrite requested but nothing existed → no overwrite key',
    state: deployment([so('config', '9.1.0', { ns: ['default'] })]),
    body: { spaces: ['marketing'], objects: [{ type: 'config', id: '9.1.0' }], createNewCopies: false, overwrite: true },
    status: 200,
    check: ({ body }) => expect(body.marketing.successResults[0]).not.toHaveProperty('overwrite'),
  },
  {
    name: '§3.3 unresolvable conflict (exists elsewhere) → fresh id, originId = source id',
    state: deployment(WEB),
    body: { spaces: ['marketing'], objects: [{ type: 'index-pattern', id: 'ip' }], createNewCopies: false },
    status: 200,
    check: ({ body }, t) => {
      expect(body.marketing.successResults).toEqual([{ type: 'index-pattern', id: 'ip', destinationId: id(1), meta: { title: 'logs-*', icon: 'indexPatternApp' }, managed: false }]);
      expect(t.sim.store.getIn('index-pattern', id(1), 'marketing')?.originId).toBe('ip');
    },
  },
  {
    name: '§3.3 origin conflict with one match → conflict with destinationId',
    state: deployment([so('dashboard', 'dash', { title: 'Web' }), so('dashboard', 'mk-dash', { originId: 'dash', ns: ['marketing'] })]),
    body: { spaces: ['marketing'], objects: [{ type: 'dashboard', id: 'dash' }], createNewCopies: false },
    status: 200,
    check: ({ body }) =>
      expect(body.marketing.errors).toEqual([{ id: 'dash', type: 'dashboard', meta: { title: 'Web', icon: 'dashboardApp' }, error: { type: 'conflict', destinationId: 'mk-dash' } }]),
  },
  {
    name: '§3.3 origin conflict with overwrite → the match is overwritten (overwrite + destinationId)',
    state: deployment([so('dashboard', 'dash', { title: 'Web v2' }), so('dashboard', 'mk-dash', { title: 'Web v1', originId: 'dash', ns: ['marketing'] })]),
    body: { spaces: ['marketing'], objects: [{ type: 'dashboard', id: 'dash' }], createNewCopies: false, overwrite: true },
    status: 200,
    check: ({ body }, t) => {
      expect(body.marketing.successResults).toEqual([
        { type: 'dashboard', id: 'dash', meta: { title: 'Web v2', icon: 'dashboardApp' }, managed: false, overwrite: true, destinationId: 'mk-dash' },
      ]);
      expect(t.sim.store.getIn('dashboard', 'mk-dash', 'marketing')).toMatchObject({ originId: 'dash', attributes: { title: 'Web v2' } });
    },
  },
  {
    name: '§3.3 origin matches via originId↔originId (source is itself a copy)',
    state: deployment([so('dashboard', 'copy-a', { originId: 'orig' }), so('dashboard', 'orig', { ns: ['marketing'], title: 'Original' })]),
    body: { spaces: ['marketing'], objects: [{ type: 'dashboard', id: 'copy-a' }], createNewCopies: false },
    status: 200,
    check: ({ body }) => expect(body.marketing.errors[0].error).toEqual({ type: 'conflict', destinationId: 'orig' }),
  },
  {
    name: '§3.3 two matches → ambiguous_conflict, destinations newest first then by id',
    state: deployment([
      so('dashboard', 'dash', { title: 'Web' }),
      so('dashboard', 'fork-b', { originId: 'dash', ns: ['marketing'], title: 'B', updatedAt: '2026-02-01T00:00:00.000Z' }),
      so('dashboard', 'fork-a', { originId: 'dash', ns: ['marketing'], title: 'A', updatedAt: '2026-02-01T00:00:00.000Z' }),
      so('dashboard', 'fork-c', { originId: 'dash', ns: ['marketing'], title: 'C', updatedAt: '2026-03-01T00:00:00.000Z' }),
    ]),
    body: { spaces: ['marketing'], objects: [{ type: 'dashboard', id: 'dash' }], createNewCopies: false },
    status: 200,
    check: ({ body }) =>
      expect(body.marketing.errors[0].error).toEqual({
        type: 'ambiguous_conflict',
        destinations: [
          { id: 'fork-c', title: 'C', updatedAt: '2026-03-01T00:00:00.000Z' },
          { id: 'fork-a', title: 'A', updatedAt: '2026-02-01T00:00:00.000Z' },
          { id: 'fork-b', title: 'B', updatedAt: '2026-02-01T00:00:00.000Z' },
        ],
      }),
  },
  {
    name: '§3.3 ambiguous sources → regenerated silently, createNewCopy:true, no originId',
    state: deployment([
      so('dashboard', 'a', { originId: 'o', title: 'A' }),
      so('dashboard', 'b', { originId: 'o', title: 'B' }),
      so('dashboard', 'target', { ns: ['marketing'], originId: 'o' }),
    ]),
    body: { spaces: ['marketing'], objects: [{ type: 'dashboard', id: 'a' }, { type: 'dashboard', id: 'b' }], createNewCopies: false },
    status: 200,
    check: ({ body }, t) => {
      expect(body.marketing.success).toBe(true);
      expect(body.marketing.successResults.map((r: object) => ({ ...r, destinationId: typeof (r as { destinationId: unknown }).destinationId }))).toEqual([
        { type: 'dashboard', id: 'a', meta: { title: 'A', icon: 'dashboardApp' }, managed: false, destinationId: 'string', createNewCopy: true },
        { type: 'dashboard', id: 'b', meta: { title: 'B', icon: 'dashboardApp' }, managed: false, destinationId: 'string', createNewCopy: true },
      ]);
      const created = body.marketing.successResults.map((r: { destinationId: string }) => t.sim.store.getIn('dashboard', r.destinationId, 'marketing'));
      expect(created.map((o: { originId?: string }) => o.originId)).toEqual([undefined, undefined]);
    },
  },
  {
    name: '§3.3 missing_references only for index-pattern and search references',
    state: deployment([so('dashboard', 'd', { title: 'D', refs: [['visualization', 'gone-vis'], ['search', 'gone-search'], ['index-pattern', 'gone-ip'], ['index-pattern', 'gone-ip']] })]),
    body: { spaces: ['marketing'], objects: [{ type: 'dashboard', id: 'd' }] },
    status: 200,
    check: ({ body }) =>
      expect(body.marketing.errors).toEqual([
        {
          id: 'd',
          type: 'dashboard',
          meta: { title: 'D', icon: 'dashboardApp' },
          error: { type: 'missing_references', references: [{ type: 'search', id: 'gone-search' }, { type: 'index-pattern', id: 'gone-ip' }] },
        },
      ]),
  },
  {
    name: '§3.3 a reference present in the destination is satisfied and kept',
    state: deployment([so('visualization', 'v', { refs: [['index-pattern', 'mk-ip']] }), so('index-pattern', 'mk-ip', { ns: ['marketing'] })]),
    body: { spaces: ['marketing'], objects: [{ type: 'visualization', id: 'v' }] },
    status: 200,
    check: ({ body }, t) => {
      expect(body.marketing.success).toBe(true);
      expect(t.sim.store.getIn('visualization', id(1), 'marketing')?.references[0].id).toBe('mk-ip');
    },
  },
  {
    name: '§3.3 a reference with one origin match in the destination is rewritten to it',
    state: deployment([so('visualization', 'v', { refs: [['index-pattern', 'ip']] }), so('index-pattern', 'ip'), so('index-pattern', 'mk-ip', { ns: ['marketing'], originId: 'ip' })]),
    body: { spaces: ['marketing'], objects: [{ type: 'visualization', id: 'v' }] },
    status: 200,
    check: ({ body }, t) => {
      expect(body.marketing.success).toBe(true);
      expect(t.sim.store.getIn('visualization', id(1), 'marketing')?.references[0].id).toBe('mk-ip');
    },
  },
  {
    name: '§3.3 non-importable type → unsupported_type, which does not block the others',
    state: deployment([so('ml-job', 'anomaly-detector-j1', { title: 'J1' }), so('index-pattern', 'ip', { title: 'logs-*' })]),
    body: { spaces: ['marketing'], objects: [{ type: 'ml-job', id: 'anomaly-detector-j1' }, { type: 'index-pattern', id: 'ip' }] },
    status: 200,
    check: ({ body }, t) => {
      expect(body.marketing).toMatchObject({ success: false, successCount: 1 });
      expect(body.marketing.errors).toEqual([{ id: 'anomaly-detector-j1', type: 'ml-job', meta: { title: 'J1' }, error: { type: 'unsupported_type' } }]);
      expect(t.sim.store.getIn('index-pattern', id(1), 'marketing')).toBeDefined();
    },
  },
  {
    name: '§3.3 a conflict in a space writes nothing there but still lists would-be successes',
    state: deployment([so('index-pattern', 'ip'), so('dashboard', 'dash', { title: 'Web' }), so('dashboard', 'mk-dash', { originId: 'dash', ns: ['marketing'] })]),
    body: { spaces: ['marketing'], objects: [{ type: 'index-pattern', id: 'ip' }, { type: 'dashboard', id: 'dash' }], createNewCopies: false },
    status: 200,
    check: ({ body }, t) => {
      expect(body.marketing).toMatchObject({ success: false, successCount: 1, successResults: [{ id: 'ip', destinationId: id(1) }] });
      expect(t.sim.store.getIn('index-pattern', id(1), 'marketing')).toBeUndefined();
    },
  },
  {
    name: '§3.3 createNewCopies rewrites references to the new ids',
    state: deployment(WEB),
    body: { spaces: ['marketing'], objects: [{ type: 'visualization', id: 'vis' }], includeReferences: true },
    status: 200,
    check: ({ body }, t) => {
      expect(body.marketing.successResults.map((r: { destinationId: string }) => r.destinationId)).toEqual([id(1), id(2)]);
      expect(t.sim.store.getIn('visualization', id(2), 'marketing')?.references[0].id).toBe(id(1));
    },
  },
  {
    name: '§3.3 compatibilityMode adds a legacy-url-alias for every object whose id changed',
    state: deployment([so('dashboard', 'dash', { title: 'Web' })]),
    body: { spaces: ['marketing'], objects: [{ type: 'dashboard', id: 'dash' }], createNewCopies: false, compatibilityMode: true },
    status: 200,
    check: ({ body }, t) => {
      expect(body.marketing.success).toBe(true);
      expect(t.sim.store.get('legacy-url-alias', 'marketing:dashboard:dash')?.attributes).toEqual({
        sourceId: 'dash',
        targetNamespace: 'marketing',
        targetType: 'dashboard',
        targetId: id(1),
        purpose: 'savedObjectImport',
      });
    },
  },
  {
    name: '§3.3 compatibilityMode alias that already exists → unknown 409 error entry (objects still written)',
    state: deployment([
      so('dashboard', 'dash', { title: 'Web' }),
      { type: 'legacy-url-alias', id: 'marketing:dashboard:dash', attributes: { sourceId: 'dash', targetNamespace: 'marketing', targetType: 'dashboard', targetId: 'old' } },
    ]),
    body: { spaces: ['marketing'], objects: [{ type: 'dashboard', id: 'dash' }], createNewCopies: false, compatibilityMode: true },
    status: 200,
    check: ({ body }) => {
      expect(body.marketing).toMatchObject({ success: false, successCount: 1 });
      expect(body.marketing.errors).toEqual([
        {
          id: 'marketing:dashboard:dash',
          type: 'legacy-url-alias',
          meta: { title: `Legacy URL alias (dash -> ${id(1)})` },
          error: { statusCode: 409, error: 'Conflict', message: 'Saved object [legacy-url-alias/marketing:dashboard:dash] conflict', type: 'unknown' },
          managed: false,
        },
      ]);
    },
  },
  {
    name: '§3.5 managed objects stay managed in the destination',
    state: deployment([so('index-pattern', 'ip', { managed: true })]),
    body: { spaces: ['marketing'], objects: [{ type: 'index-pattern', id: 'ip' }] },
    status: 200,
    check: ({ body }, t) => {
      expect(body.marketing.successResults[0].managed).toBe(true);
      expect(t.sim.store.getIn('index-pattern', id(1), 'marketing')?.managed).toBe(true);
    },
  },
  {
    name: '§3.6 spaces are answered in request order',
    state: deployment(WEB),
    body: { spaces: ['sales', 'marketing'], objects: [{ type: 'index-pattern', id: 'ip' }] },
    status: 200,
    check: ({ body }) => {
      expect(Object.keys(body)).toEqual(['sales', 'marketing']);
      expect(body.sales.successResults[0].destinationId).toBe(id(1));
      expect(body.marketing.successResults[0].destinationId).toBe(id(2));
    },
  },
  // ---- §4 resolve copy errors ----
  {
    name: '§4.1 retries key breaking the space-id rule → 400 Invalid space id',
    path: RESOLVE,
    body: { retries: { 'Bad!': [] }, objects: [] },
    status: 400,
    check: ({ body }) => expect(body.message).toBe('[request body.retries.key("Bad!")]: Invalid space id: Bad!'),
  },
  {
    name: '§4.1 compatibilityMode with default createNewCopies → 400',
    path: RESOLVE,
    body: { retries: {}, objects: [], compatibilityMode: true },
    status: 400,
    check: ({ body }) => expect(body.message).toBe('[request body]: cannot use [createNewCopies] with [compatibilityMode]'),
  },
  {
    name: '§4.1 there is no top-level overwrite → 400',
    path: RESOLVE,
    body: { retries: {}, objects: [], overwrite: true },
    status: 400,
    check: ({ body }) => expect(body.message).toBe('[request body.overwrite]: definition for this key is missing'),
  },
  {
    name: '§4.1 retry without type → 400',
    path: RESOLVE,
    body: { retries: { marketing: [{ id: 'x' }] }, objects: [] },
    status: 400,
    check: ({ body }) => expect(body.message).toBe('[request body.retries.marketing.0.type]: expected value of type [string] but got [undefined]'),
  },
  {
    name: '§4.1 duplicate objects → 400',
    path: RESOLVE,
    body: { retries: {}, objects: [{ type: 'a', id: 'b' }, { type: 'a', id: 'b' }] },
    status: 400,
    check: ({ body }) => expect(body.message).toBe('[request body.objects]: duplicate objects are not allowed'),
  },
  {
    name: '§4.2 missing source object → 500',
    path: RESOLVE,
    state: deployment(WEB),
    body: { retries: { marketing: [] }, objects: [{ type: 'dashboard', id: 'nope' }] },
    status: 500,
    check: ({ body }) => expect(body.error).toBe('Internal Server Error'),
  },
  {
    name: '§4.2/§13.2 non-unique retry objects → that space fails, others go on',
    path: RESOLVE,
    state: deployment(WEB),
    body: {
      objects: [{ type: 'index-pattern', id: 'ip' }],
      createNewCopies: false,
      retries: { marketing: [{ type: 'index-pattern', id: 'ip' }, { type: 'index-pattern', id: 'ip' }], sales: [{ type: 'index-pattern', id: 'ip' }] },
    },
    status: 200,
    check: ({ body }) => {
      expect(body.marketing).toEqual({ success: false, successCount: 0, errors: [{ type: 'non-unique-retry-objects' }] });
      expect(body.sales).toMatchObject({ success: true, successCount: 1 });
    },
  },
  {
    name: '§4.2 non-unique retry destinations → failure entry',
    path: RESOLVE,
    state: deployment(WEB),
    body: {
      objects: [{ type: 'visualization', id: 'vis' }],
      includeReferences: true,
      createNewCopies: false,
      retries: { marketing: [{ type: 'visualization', id: 'vis', destinationId: 'x' }, { type: 'index-pattern', id: 'ip' }, { type: 'visualization', id: 'other', destinationId: 'x' }] },
    },
    status: 200,
    check: ({ body }) => expect(body.marketing).toEqual({ success: false, successCount: 0, errors: [{ type: 'non-unique-retry-destination' }] }),
  },
  {
    name: '§4.2 overwrite retry resolves an exact conflict',
    path: RESOLVE,
    state: deployment([
      { ...so('config', '9.1.0', { ns: ['default'] }), attributes: { theme: 'dark' } },
      { ...so('config', '9.1.0', { ns: ['marketing'] }), attributes: { theme: 'light' } },
    ]),
    body: { objects: [{ type: 'config', id: '9.1.0' }], createNewCopies: false, retries: { marketing: [{ type: 'config', id: '9.1.0', overwrite: true }] } },
    status: 200,
    check: ({ body }, t) => {
      expect(body.marketing).toEqual({
        success: true,
        successCount: 1,
        successResults: [{ type: 'config', id: '9.1.0', meta: { title: 'Advanced Settings [9.1.0]', icon: 'advancedSettingsApp' }, overwrite: true, managed: false }],
      });
      expect(t.sim.store.getIn('config', '9.1.0', 'marketing')?.attributes.theme).toBe('dark');
    },
  },
  {
    name: '§4.2 retry naming an existing destination without overwrite → conflict echoing destinationId',
    path: RESOLVE,
    state: deployment([so('dashboard', 'dash', { title: 'Web' }), so('dashboard', 'mk-dash', { originId: 'dash', ns: ['marketing'] })]),
    body: { objects: [{ type: 'dashboard', id: 'dash' }], createNewCopies: false, retries: { marketing: [{ type: 'dashboard', id: 'dash', destinationId: 'mk-dash' }] } },
    status: 200,
    check: ({ body }) =>
      expect(body.marketing.errors).toEqual([{ id: 'dash', type: 'dashboard', meta: { title: 'Web', icon: 'dashboardApp' }, error: { type: 'conflict', destinationId: 'mk-dash' } }]),
  },
  {
    name: '§4.2 destinationId for a new object → created under it with originId',
    path: RESOLVE,
    state: deployment([so('dashboard', 'dash', { title: 'Web' })]),
    body: { objects: [{ type: 'dashboard', id: 'dash' }], createNewCopies: false, retries: { marketing: [{ type: 'dashboard', id: 'dash', destinationId: 'chosen' }] } },
    status: 200,
    check: ({ body }, t) => {
      expect(body.marketing.successResults).toEqual([{ type: 'dashboard', id: 'dash', meta: { title: 'Web', icon: 'dashboardApp' }, destinationId: 'chosen', managed: false }]);
      expect(t.sim.store.getIn('dashboard', 'chosen', 'marketing')?.originId).toBe('dash');
    },
  },
  {
    name: '§4.2 createNewCopy retry → created without originId, createNewCopy:true',
    path: RESOLVE,
    state: deployment([so('dashboard', 'dash', { title: 'Web' })]),
    body: { objects: [{ type: 'dashboard', id: 'dash' }], createNewCopies: false, retries: { marketing: [{ type: 'dashboard', id: 'dash', destinationId: 'fresh', createNewCopy: true }] } },
    status: 200,
    check: ({ body }, t) => {
      expect(body.marketing.successResults[0]).toMatchObject({ destinationId: 'fresh', createNewCopy: true });
      expect(t.sim.store.getIn('dashboard', 'fresh', 'marketing')?.originId).toBeUndefined();
    },
  },
  {
    name: '§4.2 ignoreMissingReferences skips reference validation for that object only',
    path: RESOLVE,
    state: deployment([so('visualization', 'v1', { refs: [['index-pattern', 'gone']] }), so('visualization', 'v2', { refs: [['index-pattern', 'gone']] })]),
    body: {
      objects: [{ type: 'visualization', id: 'v1' }, { type: 'visualization', id: 'v2' }],
      retries: { marketing: [{ type: 'visualization', id: 'v1', ignoreMissingReferences: true }, { type: 'visualization', id: 'v2' }] },
    },
    status: 200,
    check: ({ body }) => {
      expect(body.marketing.errors.map((e: { id: string; error: { type: string } }) => [e.id, e.error.type])).toEqual([['v2', 'missing_references']]);
      expect(body.marketing.successResults.map((r: { id: string }) => r.id)).toEqual(['v1']);
    },
  },
  {
    name: '§4.2 exported objects without a retry are ignored',
    path: RESOLVE,
    state: deployment(WEB),
    body: { objects: [{ type: 'visualization', id: 'vis' }], includeReferences: true, retries: { marketing: [{ type: 'index-pattern', id: 'ip' }] } },
    status: 200,
    check: ({ body }) => expect(body.marketing.successResults.map((r: { id: string }) => r.id)).toEqual(['ip']),
  },
  {
    name: '§4.2 every object of the overwrite batch echoes overwrite:true, even a new one',
    path: RESOLVE,
    state: deployment([so('index-pattern', 'ip', { title: 'logs-*' })]),
    body: { objects: [{ type: 'index-pattern', id: 'ip' }], createNewCopies: false, retries: { marketing: [{ type: 'index-pattern', id: 'ip', overwrite: true }] } },
    status: 200,
    check: ({ body }) => expect(body.marketing.successResults).toEqual([{ type: 'index-pattern', id: 'ip', meta: { title: 'logs-*', icon: 'indexPatternApp' }, overwrite: true, destinationId: id(1), managed: false }]),
  },
  {
    name: '§4.2 retry destinationId on a single-namespace type → unknown 400 from bulk create',
    path: RESOLVE,
    state: deployment([so('config', '9.1.0', { ns: ['default'] })]),
    body: { objects: [{ type: 'config', id: '9.1.0' }], createNewCopies: false, retries: { marketing: [{ type: 'config', id: '9.1.0', destinationId: 'other' }] } },
    status: 200,
    check: ({ body }) =>
      expect(body.marketing.errors[0]).toEqual({
        id: '9.1.0',
        type: 'config',
        meta: { icon: 'advancedSettingsApp' },
        error: { statusCode: 400, error: 'Bad Request', message: '"originId" can only be set for multi-namespace object types: Bad Request', type: 'unknown' },
        managed: false,
      }),
  },
  {
    name: '§4.2 precedence: retry destinationId beats the regenerated id of createNewCopies',
    path: RESOLVE,
    state: deployment([so('dashboard', 'dash', { title: 'Web' })]),
    body: { objects: [{ type: 'dashboard', id: 'dash' }], retries: { marketing: [{ type: 'dashboard', id: 'dash', destinationId: 'chosen' }] } },
    status: 200,
    check: ({ body }, t) => {
      expect(body.marketing.successResults[0].destinationId).toBe('chosen');
      expect(t.sim.store.getIn('dashboard', 'chosen', 'marketing')?.originId).toBeUndefined();
    },
  },
  {
    name: '§4.2 precedence: the exact check beats a retry destinationId that lives only in another space',
    path: RESOLVE,
    state: deployment([so('dashboard', 'dash', { title: 'Web' }), so('dashboard', 'elsewhere', { ns: ['sales'] })]),
    body: { objects: [{ type: 'dashboard', id: 'dash' }], createNewCopies: false, retries: { marketing: [{ type: 'dashboard', id: 'dash', destinationId: 'elsewhere' }] } },
    status: 200,
    check: ({ body }, t) => {
      expect(body.marketing.successResults[0].destinationId).toBe(id(1));
      expect(t.sim.store.getIn('dashboard', id(1), 'marketing')?.originId).toBe('dash');
      expect(t.sim.store.get('dashboard', 'elsewhere')?.namespaces).toEqual(['sales']);
    },
  },
  {
    name: '§4.2 no retries → {}',
    path: RESOLVE,
    state: deployment(WEB),
    body: { objects: [{ type: 'dashboard', id: 'dash' }], retries: {} },
    status: 200,
    check: ({ body }) => expect(body).toEqual({}),
  },
  // ---- _export (ROUTES/export.ts, EXP/saved_objects_exporter.ts) ----
  {
    name: 'export: neither type nor objects → 400',
    path: EXPORT,
    body: {},
    status: 400,
    check: ({ body }) => expect(body).toEqual(badRequest('Either `type` or `objects` are required.')),
  },
  {
    name: 'export: unknown key → 400',
    path: EXPORT,
    body: { type: 'dashboard', includeReferences: true },
    status: 400,
    check: ({ body }) => expect(body.message).toBe('[request body.includeReferences]: definition for this key is missing'),
  },
  {
    name: 'export: both type and objects → 400',
    path: EXPORT,
    body: { type: 'dashboard', objects: [{ type: 'dashboard', id: 'dash' }] },
    status: 400,
    check: ({ body }) => expect(body.message).toBe(`Can't specify both "types" and "objects" properties when exporting`),
  },
  {
    name: 'export: objects with search → 400',
    path: EXPORT,
    body: { objects: [{ type: 'dashboard', id: 'dash' }], search: '' },
    status: 400,
    check: ({ body }) => expect(body.message).toBe(`Can't specify both "search" and "objects" properties when exporting`),
  },
  {
    name: 'export: non-exportable type → 400',
    path: EXPORT,
    body: { type: ['dashboard', 'ml-job', 'space'] },
    status: 400,
    check: ({ body }) => expect(body.message).toBe('Trying to export non-exportable type(s): ml-job, space'),
  },
  {
    name: 'export: object of a non-exportable type → 400',
    path: EXPORT,
    body: { objects: [{ type: 'ml-job', id: 'j' }] },
    status: 400,
    check: ({ body }) => expect(body.message).toBe('Trying to export object(s) with non-exportable types: ml-job:j'),
  },
  {
    name: 'export: type of the wrong kind → 400 listing both alternatives',
    path: EXPORT,
    body: { type: 5 },
    status: 400,
    check: ({ body }) =>
      expect(body.message).toBe(
        '[request body.type]: types that failed validation:\n- [request body.type.0]: expected value of type [string] but got [number]\n- [request body.type.1]: expected value of type [array] but got [number]',
      ),
  },
  {
    name: 'export: missing object → 400 Error fetching objects to export',
    path: EXPORT,
    state: deployment(WEB),
    body: { objects: [{ type: 'dashboard', id: 'nope' }] },
    status: 400,
    check: ({ body }) =>
      expect(body).toEqual({
        ...badRequest('Error fetching objects to export'),
        attributes: { objects: [{ id: 'nope', type: 'dashboard', error: { statusCode: 404, error: 'Not Found', message: 'Saved object [dashboard/nope] not found' } }] },
      }),
  },
  {
    name: 'export: by objects with references, NDJSON in dependency order plus details',
    path: EXPORT,
    state: deployment([...WEB, so('visualization', 'broken', { refs: [['index-pattern', 'gone']] })]),
    body: { objects: [{ type: 'dashboard', id: 'dash' }, { type: 'visualization', id: 'broken' }], includeReferencesDeep: true },
    status: 200,
    check: ({ text, headers }) => {
      expect(headers.get('content-type')).toBe('application/ndjson');
      expect(headers.get('content-disposition')).toBe('attachment; filename="export.ndjson"');
      const lines = text.split('\n').map((l) => JSON.parse(l));
      expect(lines.slice(0, -1).map((o) => o.id)).toEqual(['ip', 'vis', 'srch', 'dash', 'broken']);
      expect(lines[0]).not.toHaveProperty('namespaces');
      expect(lines.at(-1)).toEqual({
        exportedCount: 5,
        missingRefCount: 1,
        missingReferences: [{ id: 'gone', type: 'index-pattern' }],
        excludedObjectsCount: 0,
        excludedObjects: [],
      });
      // json-stable-stringify: keys in sorted order
      expect(text.split('\n')[0].startsWith('{"attributes":')).toBe(true);
    },
  },
  {
    name: 'export: by type in the request space, sorted by id; excludeExportDetails drops the last line',
    path: '/s/marketing' + EXPORT,
    state: deployment([so('dashboard', 'z', { ns: ['marketing'] }), so('dashboard', 'a', { ns: ['marketing'] }), so('dashboard', 'elsewhere')]),
    body: { type: 'dashboard', excludeExportDetails: true },
    status: 200,
    check: ({ text }) => expect(text.split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'z']),
  },
  {
    name: 'export: hasReference and search narrow an export by type',
    path: EXPORT,
    state: deployment([...WEB, so('visualization', 'other', { title: 'Errors', refs: [['index-pattern', 'ip']] })]),
    body: { type: ['visualization', 'search'], hasReference: { type: 'index-pattern', id: 'ip' }, search: 'requests' },
    status: 200,
    check: ({ text }) => expect(text.split('\n').map((l) => JSON.parse(l).id ?? 'details')).toEqual(['vis', 'details']),
  },
  {
    name: 'export: type * exports every exportable type of the space',
    path: EXPORT,
    state: deployment([...WEB, so('ml-job', 'j')]),
    body: { type: '*', excludeExportDetails: true },
    status: 200,
    check: ({ text }) => expect(text.split('\n').map((l) => JSON.parse(l).id)).toEqual(['ip', 'vis', 'srch', 'dash']),
  },
];

describe('copy to space, resolve copy errors and export: conformance', () => {
  it('has at least 35 cases', () => expect(cases.length).toBeGreaterThanOrEqual(35));

  it.each(cases)('$name', async (c) => {
    const t = pinnedSimulator(c.state ?? deployment([]));
    const response = await t.call('POST', c.path ?? COPY, { body: c.body, headers: c.headers, xsrf: c.xsrf });
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    expect(response.status, text).toBe(c.status);
    c.check?.({ status: response.status, body, text, headers: response.headers }, t);
  });
});
