// `GET /api/saved_objects/_find` semantics (kibana-api.md §7): scoping by type and space, simple query
// string search, references filters, sorting, paging within the 10,000 result window.
import type { FindResponse, SavedObjectReference } from '../../contract/kibana';
import { BUILT_IN_TYPES } from '../../contract/types-registry';
import type { SimulatorStore, StoredObject } from '../state/store';
import { badRequest } from './errors';
import { compileSearch, scoreSearch } from './search';
import { toFoundObject } from './serialize';

export interface FindParams {
  types: string[];
  page: number;
  perPage: number;
  search?: string;
  defaultSearchOperator: 'OR' | 'AND';
  searchFields?: string[];
  sortField?: string;
  hasReference?: { type: string; id: string }[];
  hasReferenceOperator: 'OR' | 'AND';
  hasNoReference?: { type: string; id: string }[];
  hasNoReferenceOperator: 'OR' | 'AND';
  fields?: string[];
  /** Spaces to search; undefined → the current space. */
  namespaces?: string[];
}

export const MAX_RESULT_WINDOW = 10000;

/** Root properties of every saved-object document: sortable whatever the type. */
const ROOT_FIELDS = new Set([
  'type', 'namespace', 'namespaces', 'originId', 'updated_at', 'created_at', 'updated_by', 'created_by', 'managed',
  'coreMigrationVersion', 'typeMigrationVersion',
]);

/** Attributes the simulated mappings make sortable (keyword-like), per type; custom types: any attribute. */
const SORTABLE_ATTRIBUTES = new Set(['title', 'description', 'name', 'job_id', 'model_id', 'sourceId', 'targetId', 'targetNamespace', 'targetType']);

function refMatches(refs: SavedObjectReference[], wanted: { type: string; id: string }[], operator: 'OR' | 'AND'): boolean {
  const has = (w: { type: string; id: string }) => refs.some((r) => r.type === w.type && r.id === w.id);
  return operator === 'AND' ? wanted.every(has) : wanted.some(has);
}

function rawId(store: SimulatorStore, o: StoredObject): string {
  return store.rawKey(o.type, o.id, o.namespaces[0]);
}

type SortKey = { cacheKey: string; key: (o: StoredObject) => unknown };

function sortKey(store: SimulatorStore, field: string, types: string[]): SortKey {
  if (field === '_id') return { cacheKey: '_id', key: (o) => rawId(store, o) };
  const root: SortKey = { cacheKey: `root:${field}`, key: (o) => (o as unknown as Record<string, unknown>)[field] };
  if (types.length > 1) {
    if (ROOT_FIELDS.has(field)) return root;
    throw badRequest(`Unable to sort multiple types by field ${field}, not a root property`);
  }
  // One type: tried as a mapped attribute first, then as a root property (§7.3).
  const customType = !(types[0] in BUILT_IN_TYPES);
  if (SORTABLE_ATTRIBUTES.has(field) || (customType && !ROOT_FIELDS.has(field)))
    return { cacheKey: `attr:${field}`, key: (o) => o.attributes[field] };
  if (ROOT_FIELDS.has(field)) return root;
  throw badRequest(`Unknown sort field ${field}`, { raw: true });
}

function compareValues(a: unknown, b: unknown): number {
  // Ascending, missing values last (Elasticsearch's default for ascending sorts).
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : 1;
  if (b === undefined || b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Every stored object sorted by one key, rebuilt only when the store changed. */
const sortedCache = new WeakMap<SimulatorStore, Map<string, { generation: number; objects: StoredObject[] }>>();

function sortedObjects(store: SimulatorStore, cacheKey: string, key: (o: StoredObject) => unknown): StoredObject[] {
  let byKey = sortedCache.get(store);
  if (!byKey) sortedCache.set(store, (byKey = new Map()));
  const cached = byKey.get(cacheKey);
  if (cached && cached.generation === store.generation) return cached.objects;
  const keyed = [...store.all()].map((o) => ({ o, k: key(o) }));
  keyed.sort((a, b) => compareValues(a.k, b.k)); // stable: ties keep storage order
  const objects = keyed.map((x) => x.o);
  byKey.set(cacheKey, { generation: store.generation, objects });
  return objects;
}

export function findObjects(store: SimulatorStore, currentSpace: string, p: FindParams): FindResponse {
  const empty: FindResponse = { page: p.page, per_page: p.perPage, total: 0, saved_objects: [] };
  const types = [...new Set(p.types)].filter((t) => store.registry.isVisible(t));
  if (types.length === 0) return empty;
  const from = p.perPage * (p.page - 1);
  if (from < 0) throw badRequest('[from] parameter cannot be negative, found [' + from + ']');
  if (from + p.perPage > MAX_RESULT_WINDOW)
    throw badRequest(
      `Result window is too large, from + size must be less than or equal to: [${MAX_RESULT_WINDOW}] but was [${from + p.perPage}]. ` +
        'See the scroll api for a more efficient way to request large data sets. This limit can be set by changing the [index.max_result_window] index level setting.',
    );

  let spaces: string[];
  if (!p.namespaces) spaces = [currentSpace];
  else if (p.namespaces.includes('*')) spaces = store.spaces.map((s) => s.id);
  else spaces = p.namespaces.filter((ns) => store.spaceExists(ns));
  if (spaces.length === 0) return empty;
  const spaceSet = new Set(spaces);
  const typeSet = new Set(types);
  const search = p.search?.trim() ? compileSearch(p.search, p.defaultSearchOperator, p.searchFields) : undefined;
  const sortBy = p.sortField && p.sortField !== '_score' ? sortKey(store, p.sortField, types) : undefined;

  // When the order is already final (sorted, or storage order without a search), keep only the
  // requested page and count the rest: no need to hold 100,000 matches.
  const orderFinal = !!sortBy || !search;
  const end = from + p.perPage;
  const hits: { o: StoredObject; score: number }[] = [];
  let total = 0;
  const candidates = sortBy ? sortedObjects(store, sortBy.cacheKey, sortBy.key) : store.all();
  for (const o of candidates) {
    if (!typeSet.has(o.type)) continue;
    if (!store.registry.isAgnostic(o.type)) {
      if (store.registry.isSingleNamespace(o.type)) {
        if (!spaceSet.has(o.namespaces[0])) continue;
      } else if (!o.namespaces.some((ns) => ns === '*' || spaceSet.has(ns))) continue;
    }
    if (p.hasReference?.length && !refMatches(o.references, p.hasReference, p.hasReferenceOperator)) continue;
    if (p.hasNoReference?.length && refMatches(o.references, p.hasNoReference, p.hasNoReferenceOperator)) continue;
    let score = 0;
    if (search) {
      score = scoreSearch(o, search);
      if (score === 0) continue;
    }
    if (!orderFinal || (total >= from && total < end)) hits.push({ o, score });
    total++;
  }
  if (!orderFinal) hits.sort((a, b) => b.score - a.score);
  const page = p.perPage === 0 ? [] : orderFinal ? hits : hits.slice(from, end);
  return {
    page: p.page,
    per_page: p.perPage,
    total,
    saved_objects: page.map((h) => toFoundObject(store, h.o, sortBy ? null : h.score, p.fields)),
  };
}
