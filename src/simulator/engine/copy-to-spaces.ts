// `POST /api/spaces/_copy_saved_objects` (kibana-api.md §3): export from the source space once, drop what
// cannot or need not be copied, then import into each destination in request order. A space whose import
// throws gets a failure entry; the others go on. Read from SPC/server/lib/copy_to_spaces/copy_to_spaces.ts
// (40b02fad…), lib/get_ineligible_types.ts and lib/create_empty_failure_response.ts.
import type { CopyObjectRef, CopySpaceResult, SavedObject } from '../../contract/kibana';
import type { SimulatorStore } from '../state/store';
import { KibanaHttpError } from './errors';
import { exportByObjects } from './export';
import { SavedObjectsImportError } from './import-checks';
import { importSavedObjects, type ImportResponse } from './import';

export interface CopyOptions {
  objects: CopyObjectRef[];
  includeReferences: boolean;
  overwrite: boolean;
  createNewCopies: boolean;
  compatibilityMode: boolean;
}

/** Importable types that live in no space: copying them would only conflict with themselves. */
export function ineligibleTypes(store: SimulatorStore): Set<string> {
  return new Set(store.registry.names().filter((t) => store.registry.get(t)?.importable && store.registry.isAgnostic(t)));
}

/** A space whose import threw: Boom errors show their payload, import errors what JSON makes of them. */
export function failureEntry(error: unknown): CopySpaceResult {
  if (error instanceof KibanaHttpError) return { success: false, successCount: 0, errors: [{ ...error.body }] };
  if (error instanceof SavedObjectsImportError) return { success: false, successCount: 0, errors: [error.toJSON()] };
  // Anything else is a simulator bug, not Kibana behaviour: let it surface as a 500.
  throw error;
}

export function toSpaceResult(r: ImportResponse): CopySpaceResult {
  return {
    success: r.success,
    successCount: r.successCount,
    ...(r.successResults ? { successResults: r.successResults } : {}),
    ...(r.errors ? { errors: r.errors } : {}),
  };
}

/** Throws ExportError (`object-fetch-error` → the route's 404) before anything is written. */
export function copySavedObjectsToSpaces(
  store: SimulatorStore,
  sourceSpace: string,
  destinationSpaces: string[],
  opts: CopyOptions,
): Record<string, CopySpaceResult> {
  const exported = exportByObjects(store, sourceSpace, opts.objects, {
    includeReferences: opts.includeReferences,
    // Without new copies, namespaces tell which destinations already hold an object.
    includeNamespaces: !opts.createNewCopies,
  }).objects;
  const ineligible = ineligibleTypes(store);
  const eligible = exported.filter((o) => !ineligible.has(o.type) && !o.namespaces?.includes('*'));

  const result: Record<string, CopySpaceResult> = {};
  for (const space of destinationSpaces) {
    const objects: SavedObject[] = [];
    for (const { namespaces, ...object } of eligible) if (!namespaces?.includes(space)) objects.push(object);
    try {
      result[space] = toSpaceResult(
        importSavedObjects(store, {
          namespace: space,
          objects,
          overwrite: opts.overwrite,
          createNewCopies: opts.createNewCopies,
          compatibilityMode: opts.compatibilityMode,
        }),
      );
    } catch (error) {
      result[space] = failureEntry(error);
    }
  }
  return result;
}
