// One `_find` request once validated (kibana-api.md §7), the filters every stored object is judged by, and
// the plain full scan: the reference the indexed search (find-indexed.ts) must answer exactly like, and its
// fallback where an index cannot order exactly (a sort field holding both numbers and strings).
import type { SavedObjectReference } from '../../contract/kibana';
import type { SimulatorStore, StoredObject } from '../state/store';
import { scoreSearch, type CompiledSearch } from './search';

export type SortKey = { cacheKey: string; key: (o: StoredObject) => unknown };
type ReferenceFilter = { type: string; id: string }[];

export interface FindQuery {
  types: string[];
  typeSet: Set<string>;
  spaceSet: Set<string>;
  search?: CompiledSearch;
  /** Undefined: storage order, or score order with a search. */
  sortBy?: SortKey;
  hasReference?: ReferenceFilter;
  hasReferenceOperator: 'OR' | 'AND';
  hasNoReference?: ReferenceFilter;
  hasNoReferenceOperator: 'OR' | 'AND';
  /** The requested page: matches [from, end) of the final order. */
  from: number;
  end: number;
}

export interface FindHits {
  total: number;
  hits: { o: StoredObject; score: number }[];
}

/** Ascending, missing values last (Elasticsearch's default for ascending sorts). */
export function compareValues(a: unknown, b: unknown): number {
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : 1;
  if (b === undefined || b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Of a requested type, and present in one of the requested spaces. */
export function inScope(store: SimulatorStore, q: FindQuery, o: StoredObject): boolean {
  if (!q.typeSet.has(o.type)) return false;
  if (store.registry.isAgnostic(o.type)) return true;
  if (store.registry.isSingleNamespace(o.type)) return q.spaceSet.has(o.namespaces[0]);
  return o.namespaces.some((ns) => ns === '*' || q.spaceSet.has(ns));
}

function refMatches(refs: SavedObjectReference[], wanted: ReferenceFilter, operator: 'OR' | 'AND'): boolean {
  const has = (w: { type: string; id: string }) => refs.some((r) => r.type === w.type && r.id === w.id);
  return operator === 'AND' ? wanted.every(has) : wanted.some(has);
}

export function hasReferenceFilters(q: FindQuery): boolean {
  return !!(q.hasReference?.length || q.hasNoReference?.length);
}

export function passesReferences(q: FindQuery, o: StoredObject): boolean {
  if (q.hasReference?.length && !refMatches(o.references, q.hasReference, q.hasReferenceOperator)) return false;
  return !(q.hasNoReference?.length && refMatches(o.references, q.hasNoReference, q.hasNoReferenceOperator));
}

/** Every stored object sorted by one key, rebuilt only when the store changed. */
const sortedCache = new WeakMap<SimulatorStore, Map<string, { generation: number; objects: StoredObject[] }>>();

function sortedObjects(store: SimulatorStore, { cacheKey, key }: SortKey): StoredObject[] {
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

/**
 * Judges `candidates` (already in the final order when sorted, else in storage order) one by one. When the
 * order is already final (sorted, or storage order without a search), keeps only the requested page and
 * counts the rest: no need to hold 100,000 matches.
 */
export function collectHits(store: SimulatorStore, q: FindQuery, candidates: Iterable<StoredObject>): FindHits {
  const orderFinal = !!q.sortBy || !q.search;
  const hits: { o: StoredObject; score: number }[] = [];
  let total = 0;
  for (const o of candidates) {
    if (!inScope(store, q, o) || !passesReferences(q, o)) continue;
    let score = 0;
    if (q.search) {
      score = scoreSearch(o, q.search);
      if (score === 0) continue;
    }
    if (!orderFinal || (total >= q.from && total < q.end)) hits.push({ o, score });
    total++;
  }
  if (orderFinal) return { total, hits };
  hits.sort((a, b) => b.score - a.score); // stable: ties keep storage order
  return { total, hits: hits.slice(q.from, q.end) };
}

/** The plain full scan over every stored object. */
export function scanFind(store: SimulatorStore, q: FindQuery): FindHits {
  return collectHits(store, q, q.sortBy ? sortedObjects(store, q.sortBy) : store.all());
}
