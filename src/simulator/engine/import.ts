// Kibana's importer into one space (kibana-api.md §3.3) and its "resolve import errors" twin (§4.2), as the
// copy-to-space routes drive them. Read from IMP/import_saved_objects.ts and IMP/resolve_import_errors.ts.
import type { ImportError as ImportFailure, ImportMeta, ImportSuccess, SavedObject } from '../../contract/kibana';
import type { SimulatorStore } from '../state/store';
import {
  checkConflicts,
  collectObjects,
  importStateMapForRetries,
  objectKey,
  regenerateIds,
  validateReferences,
  validateRetries,
  type ImportObject,
  type ImportRetry,
  type ImportStateMap,
} from './import-checks';
import { createSavedObjects, type CreatedObject } from './import-create';
import { checkOriginConflicts, checkReferenceOrigins } from './import-origins';

export interface ImportResponse {
  success: boolean;
  successCount: number;
  successResults?: ImportSuccess[];
  errors?: ImportFailure[];
}

/** Types whose management `getTitle` is not simply `attributes.title` (success `meta.title` only). */
const GET_TITLE: Record<string, (o: CreatedObject) => unknown> = {
  config: (o) => `Advanced Settings [${o.id}]`,
  'canvas-workpad': (o) => o.attributes.name,
  tag: (o) => o.attributes.name,
};

function successMeta(store: SimulatorStore, o: CreatedObject): ImportMeta {
  const title = (GET_TITLE[o.type] ?? ((x: CreatedObject) => x.attributes.title))(o);
  return { title: typeof title === 'string' ? title : undefined, icon: store.registry.get(o.type)?.managementIcon };
}

function withIcon(store: SimulatorStore, error: ImportFailure, overwrite: boolean): ImportFailure {
  return { ...error, meta: { ...error.meta, icon: store.registry.get(error.type)?.managementIcon }, ...(overwrite ? { overwrite: true as const } : {}) };
}

function response(successCount: number, successResults: ImportSuccess[], errors: ImportFailure[]): ImportResponse {
  return {
    successCount,
    success: errors.length === 0,
    ...(successResults.length ? { successResults } : {}),
    ...(errors.length ? { errors } : {}),
  };
}

const merge = (...maps: ImportStateMap[]): ImportStateMap => new Map(maps.flatMap((m) => [...m]));

export interface ImportOptions {
  namespace: string;
  objects: SavedObject[];
  overwrite: boolean;
  createNewCopies: boolean;
  compatibilityMode?: boolean;
}

/** One space of a copy. Throws SavedObjectsImportError for whole-import failures. */
export function importSavedObjects(store: SimulatorStore, opts: ImportOptions): ImportResponse {
  const { namespace, overwrite, createNewCopies } = opts;
  const collect = collectObjects(store, opts.objects);
  let errors: ImportFailure[] = [...collect.errors];
  let stateMap = merge(collect.stateMap, checkReferenceOrigins(store, namespace, collect.stateMap));
  errors.push(...validateReferences(store, namespace, collect.collected, stateMap));
  let pendingOverwrites = new Set<string>();

  if (createNewCopies) {
    stateMap = merge(stateMap, regenerateIds(store, collect.collected));
  } else {
    const exact = checkConflicts(store, namespace, collect.collected, { ignoreRegularConflicts: overwrite });
    errors.push(...exact.errors);
    stateMap = merge(stateMap, exact.stateMap);
    pendingOverwrites = exact.pendingOverwrites;
    const origins = checkOriginConflicts(store, namespace, exact.filteredObjects, {
      stateMap,
      pendingOverwrites,
      ignoreRegularConflicts: overwrite,
    });
    errors.push(...origins.errors);
    stateMap = merge(stateMap, origins.stateMap);
    pendingOverwrites = new Set([...pendingOverwrites, ...origins.pendingOverwrites]);
  }

  const created = createSavedObjects(store, {
    objects: collect.collected,
    accumulatedErrors: errors,
    stateMap,
    namespace,
    overwrite,
    compatibilityMode: opts.compatibilityMode,
  });
  errors = [...errors, ...created.errors];

  const successResults: ImportSuccess[] = created.createdObjects.map((o) => ({
    type: o.type,
    id: o.id,
    meta: successMeta(store, o),
    managed: o.managed,
    ...(pendingOverwrites.has(objectKey(o)) ? { overwrite: true as const } : {}),
    ...(o.destinationId ? { destinationId: o.destinationId } : {}),
    ...(o.destinationId && !o.originId && !createNewCopies ? { createNewCopy: true as const } : {}),
  }));
  const errorResults = errors.map((e) => withIcon(store, e, pendingOverwrites.has(objectKey(e))));
  return response(created.createdObjects.length, successResults, errorResults);
}

export interface ResolveImportErrorsOptions {
  namespace: string;
  objects: SavedObject[];
  retries: ImportRetry[];
  createNewCopies: boolean;
  compatibilityMode?: boolean;
}

/** A retry's `replaceReferences` repoint the collected (cloned) object; they win over origin matches. */
function replaceReferences(objects: ImportObject[], retries: ImportRetry[]): void {
  const byObject = new Map(retries.map((r) => [objectKey(r), new Map((r.replaceReferences ?? []).map(({ type, from, to }) => [`${type}:${from}`, to]))]));
  for (const o of objects) {
    const replacements = byObject.get(objectKey(o));
    if (!replacements?.size) continue;
    for (const ref of o.references) ref.id = replacements.get(objectKey(ref)) ?? ref.id;
  }
}

/** One space of a resolve-copy-errors call. Throws SavedObjectsImportError for whole-space failures. */
export function resolveImportErrors(store: SimulatorStore, opts: ResolveImportErrorsOptions): ImportResponse {
  const { namespace, retries, createNewCopies } = opts;
  validateRetries(retries);
  const retryKeys = new Set(retries.map(objectKey));
  const collect = collectObjects(store, opts.objects, (o) => retryKeys.has(objectKey(o)));
  replaceReferences(collect.collected, retries);
  let errors: ImportFailure[] = [...collect.errors];
  let stateMap = merge(collect.stateMap, checkReferenceOrigins(store, namespace, collect.stateMap));
  errors.push(...validateReferences(store, namespace, collect.collected, stateMap, retries));
  // Resolving a missing reference may not name a destination: new copies regenerate every id again.
  if (createNewCopies) stateMap = merge(stateMap, regenerateIds(store, collect.collected));

  const exact = checkConflicts(store, namespace, collect.collected, { retries, createNewCopies });
  errors.push(...exact.errors);
  stateMap = merge(stateMap, exact.stateMap);
  let originMap: ImportStateMap = new Map();
  if (!createNewCopies) {
    const origins = checkOriginConflicts(store, namespace, exact.filteredObjects, {
      stateMap,
      pendingOverwrites: exact.pendingOverwrites,
      retries,
    });
    errors.push(...origins.errors);
    originMap = origins.stateMap;
  }
  // Later wins: regenerated ids < retry destinations < exact-check results < origin-check results.
  stateMap = merge(stateMap, importStateMapForRetries(exact.filteredObjects, retries, createNewCopies), exact.stateMap, originMap);

  const accumulatedErrors = [...errors];
  const successResults: ImportSuccess[] = [];
  let successCount = 0;
  const overwriteKeys = new Set(retries.filter((r) => r.overwrite).map(objectKey));
  // Two writes: the objects to overwrite, then the rest.
  for (const overwrite of [true, false]) {
    const batch = collect.collected.filter((o) => overwriteKeys.has(objectKey(o)) === overwrite);
    const created = createSavedObjects(store, { objects: batch, accumulatedErrors, stateMap, namespace, overwrite, compatibilityMode: opts.compatibilityMode });
    errors = [...errors, ...created.errors];
    successCount += created.createdObjects.length;
    for (const o of created.createdObjects) {
      successResults.push({
        type: o.type,
        id: o.id,
        meta: successMeta(store, o),
        ...(overwrite ? { overwrite: true as const } : {}),
        ...(o.destinationId ? { destinationId: o.destinationId } : {}),
        ...(o.destinationId && !o.originId && !createNewCopies ? { createNewCopy: true as const } : {}),
        managed: o.managed ?? false,
      });
    }
  }
  const errorResults = errors.map((e) => withIcon(store, e, overwriteKeys.has(objectKey(e))));
  return response(successCount, successResults, errorResults);
}
