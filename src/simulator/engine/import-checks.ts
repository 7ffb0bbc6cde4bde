// The checks Kibana's importer runs before it writes anything (kibana-api.md §3.3 steps 1–4, §4.2): collect,
// reference validation, id regeneration, exact-id conflicts and the retry bookkeeping of resolve. Read from
// IMP/lib/collect_saved_objects.ts, validate_references.ts, regenerate_ids.ts, check_conflicts.ts,
// validate_retries.ts, get_import_state_map_for_retries.ts and IMP/errors.ts.
import type { ImportError as ImportFailure, SavedObject } from '../../contract/kibana';
import type { SimulatorStore } from '../state/store';
import { conflict, unsupportedType } from './errors';
import { MAX_IMPORT_EXPORT_SIZE } from './export';

/** An object as it travels through the importer: the exported wire shape, `managed` always set. */
export type ImportObject = Omit<SavedObject, 'namespaces'> & { managed: boolean };

export interface ImportStateValue {
  /** A reference target that is not itself imported. */
  isOnlyReference?: boolean;
  /** The id the object is (or a reference is rewritten to be) created under in the destination. */
  destinationId?: string;
  /** Create without `originId` (new copies, ambiguous sources). */
  omitOriginId?: boolean;
}

/** Keyed `type:id` of the source object. */
export type ImportStateMap = Map<string, ImportStateValue>;

export interface ImportRetry {
  type: string;
  id: string;
  overwrite: boolean;
  destinationId?: string;
  createNewCopy?: boolean;
  ignoreMissingReferences?: boolean;
  /** `_resolve_import_errors` only: rewrite this object's references before anything is checked. */
  replaceReferences?: { type: string; from: string; to: string }[];
}

export type { ImportFailure };

/** Kibana's SavedObjectsImportError: thrown for a whole import; JSON shows only `type` (and `attributes`). */
export class SavedObjectsImportError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly attributes?: Record<string, unknown>,
  ) {
    super(message);
  }

  /** What `JSON.stringify` makes of Kibana's error object: its own enumerable fields, not the message. */
  toJSON(): Record<string, unknown> {
    return { type: this.type, ...(this.attributes ? { attributes: this.attributes } : {}) };
  }
}

export const objectKey = (o: { type: string; id: string }) => `${o.type}:${o.id}`;

export function parseObjectKey(k: string): { type: string; id: string } {
  const at = k.indexOf(':');
  return { type: k.slice(0, at), id: k.slice(at + 1) };
}

function titleOf(o: ImportObject): string | undefined {
  const title = o.attributes.title;
  return typeof title === 'string' ? title : undefined;
}

export function failure(o: ImportObject, error: ImportFailure['error']): ImportFailure {
  return { id: o.id, type: o.type, meta: { title: titleOf(o) }, error };
}

function nonUniqueEntries(entries: { type: string; id: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(objectKey(e), (counts.get(objectKey(e)) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= 2).map(([k]) => k);
}

/** Types the importer accepts: importable and exportable (hidden or not). */
export function supportedTypes(store: SimulatorStore): Set<string> {
  return new Set(store.registry.names().filter((t) => store.registry.get(t)?.importable));
}

/**
 * Step 1: unsupported types become errors (before any retry filter), the rest get an empty state entry and
 * every reference outside the set an "only a reference" entry. Too many objects or a repeated `type:id`
 * fails the whole import.
 */
export function collectObjects(store: SimulatorStore, objects: SavedObject[], filter?: (o: SavedObject) => boolean) {
  if (objects.length > MAX_IMPORT_EXPORT_SIZE)
    throw new SavedObjectsImportError('import-size-exceeded', `Can't import more than ${MAX_IMPORT_EXPORT_SIZE} objects`);
  const supported = supportedTypes(store);
  const errors: ImportFailure[] = [];
  const stateMap: ImportStateMap = new Map();
  const collected: ImportObject[] = [];
  for (const raw of objects) {
    const { namespaces: _namespaces, ...o } = raw;
    const object: ImportObject = { ...structuredClone(o), managed: o.managed ?? false };
    if (!supported.has(object.type)) {
      errors.push(failure(object, { type: 'unsupported_type' }));
      continue;
    }
    if (filter && !filter(raw)) continue;
    stateMap.set(objectKey(object), {});
    for (const ref of object.references) if (!stateMap.has(objectKey(ref))) stateMap.set(objectKey(ref), { isOnlyReference: true });
    collected.push(object);
  }
  const repeated = nonUniqueEntries(objects);
  if (repeated.length)
    throw new SavedObjectsImportError('non-unique-entries', `Non-unique import objects detected: [${repeated.join()}]`);
  return { collected, errors, stateMap };
}

const REF_TYPES_TO_VALIDATE = ['index-pattern', 'search'];

/**
 * Step 3: references to data views and saved searches must be satisfied by the import itself, an origin
 * match, or an object already in the destination; each object gets at most one `missing_references` error.
 */
export function validateReferences(
  store: SimulatorStore,
  namespace: string,
  objects: ImportObject[],
  stateMap: ImportStateMap,
  retries: ImportRetry[] = [],
): ImportFailure[] {
  const skip = new Set(retries.filter((r) => r.ignoreMissingReferences).map(objectKey));
  const candidates = new Map<string, { type: string; id: string }>();
  for (const o of objects) {
    if (skip.has(objectKey(o))) continue;
    for (const { type, id } of o.references.filter((r) => REF_TYPES_TO_VALIDATE.includes(r.type))) {
      const state = stateMap.get(`${type}:${id}`);
      if (state?.isOnlyReference && state.destinationId) continue;
      candidates.set(`${type}:${id}`, { type, id });
    }
  }
  for (const o of objects) candidates.delete(objectKey(o));
  for (const [k, { type, id }] of candidates) if (store.getIn(type, id, namespace)) candidates.delete(k);

  const errors: ImportFailure[] = [];
  for (const o of objects) {
    if (skip.has(objectKey(o))) continue;
    const seen = new Set<string>();
    const missing: { type: string; id: string }[] = [];
    for (const { type, id } of o.references.filter((r) => REF_TYPES_TO_VALIDATE.includes(r.type))) {
      const k = `${type}:${id}`;
      if (candidates.has(k) && !seen.has(k)) {
        missing.push({ type, id });
        seen.add(k);
      }
    }
    if (missing.length) errors.push(failure(o, { type: 'missing_references', references: missing }));
  }
  return errors;
}

/** Step 4a: every object gets a fresh UUIDv4 and is created without `originId`. */
export function regenerateIds(store: SimulatorStore, objects: ImportObject[]): ImportStateMap {
  return new Map(objects.map((o) => [objectKey(o), { destinationId: store.ids(), omitOriginId: true }]));
}

/** Kibana's `checkConflicts` API for one object: 409, flagged "not overwritable" when it lives only elsewhere. */
function lookupConflict(store: SimulatorStore, namespace: string, type: string, id: string) {
  if (!store.registry.isVisible(type)) return { body: unsupportedType(type).body, notOverwritable: false };
  const existing = store.get(type, id, namespace);
  if (!existing) return undefined;
  const notOverwritable = store.registry.isMultiNamespace(type) && !store.existsIn(existing, namespace);
  return { body: conflict(type, id).body, notOverwritable };
}

export interface CheckConflictsOptions {
  ignoreRegularConflicts?: boolean;
  retries?: ImportRetry[];
  createNewCopies?: boolean;
}

/** Step 4b, exact ids (`retry.destinationId ?? id`): unresolvable → fresh id, existing → conflict or pending overwrite. */
export function checkConflicts(store: SimulatorStore, namespace: string, objects: ImportObject[], opts: CheckConflictsOptions = {}) {
  const retryMap = new Map((opts.retries ?? []).map((r) => [objectKey(r), r]));
  const filteredObjects: ImportObject[] = [];
  const errors: ImportFailure[] = [];
  const stateMap: ImportStateMap = new Map();
  const pendingOverwrites = new Set<string>();
  for (const o of objects) {
    const retry = retryMap.get(objectKey(o));
    const found = lookupConflict(store, namespace, o.type, retry?.destinationId ?? o.id);
    if (found?.notOverwritable) {
      stateMap.set(objectKey(o), { destinationId: store.ids(), omitOriginId: opts.createNewCopies || retry?.createNewCopy });
      filteredObjects.push(o);
    } else if (found && found.body.statusCode !== 409) {
      errors.push(failure(o, { ...found.body, type: 'unknown' }));
    } else if (found && !opts.ignoreRegularConflicts && !retry?.overwrite) {
      errors.push(failure(o, { type: 'conflict', ...(retry?.destinationId ? { destinationId: retry.destinationId } : {}) }));
    } else {
      filteredObjects.push(o);
      if (found) pendingOverwrites.add(objectKey(o));
    }
  }
  return { filteredObjects, errors, stateMap, pendingOverwrites };
}

/** Resolve only: retries must be unique by object and by destination, else the whole space fails. */
export function validateRetries(retries: ImportRetry[]): void {
  const repeated = nonUniqueEntries(retries);
  if (repeated.length)
    throw new SavedObjectsImportError('non-unique-retry-objects', `Non-unique retry objects: [${repeated.join()}]`);
  const destinations = retries.filter((r) => r.destinationId !== undefined).map((r) => ({ type: r.type, id: r.destinationId! }));
  const repeatedDestinations = nonUniqueEntries(destinations);
  if (repeatedDestinations.length)
    throw new SavedObjectsImportError('non-unique-retry-destination', `Non-unique retry destinations: [${repeatedDestinations.join()}]`);
}

/** Resolve only: a retry's `destinationId` (when it differs from the source id) becomes the object's destination. */
export function importStateMapForRetries(objects: ImportObject[], retries: ImportRetry[], createNewCopies: boolean): ImportStateMap {
  const retryMap = new Map(retries.map((r) => [objectKey(r), r]));
  const stateMap: ImportStateMap = new Map();
  for (const o of objects) {
    const retry = retryMap.get(objectKey(o));
    if (retry?.destinationId && retry.destinationId !== o.id)
      stateMap.set(objectKey(o), { destinationId: retry.destinationId, omitOriginId: createNewCopies || Boolean(retry.createNewCopy) });
  }
  return stateMap;
}
