// Kibana's saved-objects exporter (kibana-api.md §3.2), shared by `_export` and the copy-to-space routes:
// fetch by objects (bulk get in the space; any failure fails the export) or by types (a search in the
// space), the `includeReferences` closure, and the order objects leave in (request order / id order, then
// every object after the objects it references). Read from EXP/saved_objects_exporter.ts,
// EXP/collect_exported_objects.ts, EXP/sort_objects.ts and EXP/utils.ts.
import type { SavedObject, SavedObjectErrorItem, SavedObjectReference } from '../../contract/kibana';
import type { SimulatorStore, StoredObject } from '../state/store';
import { bulkGet } from './bulk-get';
import { compileSearch, scoreSearch } from './search';
import { toSavedObject } from './serialize';

/** `savedObjects.maxImportExportSize` (Kibana's default). */
export const MAX_IMPORT_EXPORT_SIZE = 10000;
/** `type: '*'` exports every exportable type. */
export const EXPORT_ALL_TYPES = '*';

export interface ObjectRef {
  type: string;
  id: string;
}

/** Kibana's SavedObjectsExportError: `type` says which failure, routes decide the HTTP answer. */
export class ExportError extends Error {
  constructor(
    readonly type: 'export-size-exceeded' | 'object-fetch-error',
    message: string,
    readonly attributes?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export interface ExportDetails {
  exportedCount: number;
  missingRefCount: number;
  missingReferences: ObjectRef[];
  excludedObjectsCount: number;
  excludedObjects: { id: string; type: string; reason: string }[];
}

export interface ExportResult {
  /** In export order; `namespaces` only when asked for. */
  objects: SavedObject[];
  details: ExportDetails;
}

export interface ExportOptions {
  includeReferences: boolean;
  /** Copy without new copies keeps `namespaces` so already-present objects can be skipped (§3.3). */
  includeNamespaces?: boolean;
}

type Comparator = (a: SavedObject, b: SavedObject) => number;

const key = (o: ObjectRef) => `${o.type}:${o.id}`;
const isError = (o: SavedObject | SavedObjectErrorItem): o is SavedObjectErrorItem => 'error' in o;

/** Kibana never returns 0 here; kept as is so equal ids order the way Kibana's sort leaves them. */
const byIdAsc: Comparator = (a, b) => (a.id > b.id ? 1 : -1);

/** Requested objects keep their request order; anything else follows, by id. */
function preservedOrder(objects: SavedObject[]): Comparator {
  const ordered = objects.map((o) => `${o.type}|${o.id}`);
  return (a, b) => {
    const ia = ordered.indexOf(`${a.type}|${a.id}`);
    const ib = ordered.indexOf(`${b.type}|${b.id}`);
    if (ia > -1 && ib > -1) return ia - ib > 0 ? 1 : -1;
    if (ia > -1) return -1;
    if (ib > -1) return 1;
    return byIdAsc(a, b);
  };
}

/** Depth first: every object comes after the (exported) objects it references; duplicates are dropped. */
export function sortObjects<T extends { type: string; id: string; references: SavedObjectReference[] }>(objects: T[]): T[] {
  const byKey = new Map(objects.map((o) => [key(o), o]));
  const traversed = new Set<string>();
  const sorted = new Set<T>();
  const include = (list: T[]) => {
    for (const o of list) {
      if (traversed.has(key(o))) continue;
      const refs = o.references.map((r) => byKey.get(key(r))).filter((r): r is T => !!r);
      traversed.add(key(o));
      if (refs.length) include(refs);
      sorted.add(o);
    }
  };
  include(objects);
  return [...sorted];
}

/** The closure over references, fetched in the space; references that cannot be fetched are "missing". */
function collectExportedObjects(store: SimulatorStore, space: string, objects: SavedObject[], includeReferences: boolean) {
  const collected: SavedObject[] = [];
  const missingRefs: ObjectRef[] = [];
  const processed = new Set<string>();
  let current = objects;
  do {
    current = current.filter((o) => !processed.has(key(o)));
    // The simulated types have no `isExportable` predicates or `onExport` transforms: everything is kept.
    current.forEach((o) => processed.add(key(o)));
    collected.push(...current);
    let next: SavedObject[] = [];
    if (includeReferences) {
      const refs = new Map<string, ObjectRef>();
      for (const o of current)
        for (const r of o.references) if (!processed.has(key(r))) refs.set(key(r), { type: r.type, id: r.id });
      if (refs.size) {
        const fetched = bulkGet(store, space, [...refs.values()]).saved_objects;
        next = fetched.filter((o): o is SavedObject => !isError(o));
        missingRefs.push(...fetched.filter(isError).map((o) => ({ type: o.type, id: o.id })));
      }
    }
    current = next;
  } while (includeReferences && current.length);
  return { collected, missingRefs };
}

function processObjects(store: SimulatorStore, space: string, objects: SavedObject[], comparator: Comparator, opts: ExportOptions): ExportResult {
  const { collected, missingRefs } = collectExportedObjects(store, space, objects, opts.includeReferences);
  const sorted = sortObjects([...collected].sort(comparator));
  return {
    objects: opts.includeNamespaces ? sorted : sorted.map(({ namespaces: _namespaces, ...o }) => o),
    details: {
      exportedCount: sorted.length,
      missingRefCount: missingRefs.length,
      missingReferences: missingRefs,
      excludedObjectsCount: 0,
      excludedObjects: [],
    },
  };
}

function sizeExceeded(): ExportError {
  return new ExportError(
    'export-size-exceeded',
    `Can't export more than ${MAX_IMPORT_EXPORT_SIZE} objects. If your server has enough memory, this limit can be increased by adjusting the "savedObjects.maxImportExportSize" setting.`,
  );
}

/** Exports the given objects from `space`; throws `object-fetch-error` listing every object that failed. */
export function exportByObjects(store: SimulatorStore, space: string, refs: ObjectRef[], opts: ExportOptions): ExportResult {
  if (refs.length > MAX_IMPORT_EXPORT_SIZE) throw sizeExceeded();
  const fetched = bulkGet(store, space, refs.map(({ type, id }) => ({ type, id }))).saved_objects;
  const failed = fetched.filter(isError);
  if (failed.length) throw new ExportError('object-fetch-error', 'Error fetching objects to export', { objects: failed });
  const objects = fetched as SavedObject[];
  return processObjects(store, space, objects, preservedOrder(objects), opts);
}

/** Types Kibana lets an admin export and import. */
export function exportableTypes(store: SimulatorStore): string[] {
  return store.registry.names().filter((t) => store.registry.get(t)?.importable);
}

export interface ExportByTypesOptions extends ExportOptions {
  types: string[];
  search?: string;
  hasReference?: ObjectRef[];
}

/** Exports every object of the types in `space` (optionally searched / referencing one of `hasReference`), by id. */
export function exportByTypes(store: SimulatorStore, space: string, opts: ExportByTypesOptions): ExportResult {
  const types = new Set(opts.types.includes(EXPORT_ALL_TYPES) ? exportableTypes(store) : opts.types);
  const search = opts.search?.trim() ? compileSearch(opts.search, 'OR') : undefined;
  const hits: StoredObject[] = [];
  for (const o of store.all()) {
    if (!types.has(o.type) || !store.existsIn(o, space)) continue;
    if (opts.hasReference?.length && !o.references.some((r) => opts.hasReference!.some((w) => w.type === r.type && w.id === r.id)))
      continue;
    if (search && scoreSearch(o, search) === 0) continue;
    hits.push(o);
    if (hits.length > MAX_IMPORT_EXPORT_SIZE) throw sizeExceeded();
  }
  const objects = hits.map((o) => toSavedObject(store, o)).sort(byIdAsc);
  return processObjects(store, space, objects, byIdAsc, opts);
}
