// `GET /api/saved_objects/_find` semantics (kibana-api.md §7): scoping by type and space, simple query
// string search, references filters, sorting, paging within the 10,000 result window.
import type { FindResponse } from '../../contract/kibana';
import { BUILT_IN_TYPES } from '../../contract/types-registry';
import type { SimulatorStore, StoredObject } from '../state/store';
import { badRequest } from './errors';
import { findIndexed } from './find-indexed';
import { scanFind, type FindQuery, type SortKey } from './find-query';
import { compileSearch } from './search';
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

function rawId(store: SimulatorStore, o: StoredObject): string {
  return store.rawKey(o.type, o.id, o.namespaces[0]);
}

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

/** `engine: 'scan'` answers by the plain full scan, the reference the indexes are tested against. */
export function findObjects(store: SimulatorStore, currentSpace: string, p: FindParams, engine: 'indexed' | 'scan' = 'indexed'): FindResponse {
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
  const search = p.search?.trim() ? compileSearch(p.search, p.defaultSearchOperator, p.searchFields) : undefined;
  const sortBy = p.sortField && p.sortField !== '_score' ? sortKey(store, p.sortField, types) : undefined;
  const q: FindQuery = {
    types,
    typeSet: new Set(types),
    spaceSet: new Set(spaces),
    search,
    sortBy,
    hasReference: p.hasReference,
    hasReferenceOperator: p.hasReferenceOperator,
    hasNoReference: p.hasNoReference,
    hasNoReferenceOperator: p.hasNoReferenceOperator,
    from,
    end: from + p.perPage,
  };
  const { total, hits } = (engine === 'indexed' && findIndexed(store, q)) || scanFind(store, q);
  return {
    page: p.page,
    per_page: p.perPage,
    total,
    saved_objects: hits.map((h) => toFoundObject(store, h.o, sortBy ? null : h.score, p.fields)),
  };
}
