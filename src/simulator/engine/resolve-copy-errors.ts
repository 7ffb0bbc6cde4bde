// `POST /api/spaces/_resolve_copy_saved_objects_errors` (kibana-api.md §4): export the objects again
// (namespaces stripped: nothing is skipped as "already there"), then resolve each space of `retries` in key
// order. Read from SPC/server/lib/copy_to_spaces/resolve_copy_conflicts.ts.
import type { CopySpaceResult } from '../../contract/kibana';
import type { SimulatorStore } from '../state/store';
import { failureEntry, ineligibleTypes, toSpaceResult } from './copy-to-spaces';
import { exportByObjects } from './export';
import type { ImportRetry } from './import-checks';
import { resolveImportErrors } from './import';

export interface ResolveCopyOptions {
  objects: { type: string; id: string }[];
  includeReferences: boolean;
  /** Destination space → retries (the object order of a parsed JSON body is the order Kibana uses). */
  retries: Record<string, ImportRetry[]>;
  createNewCopies: boolean;
  compatibilityMode: boolean;
}

/** An export failure (a missing source object) is not caught here: the route answers it with a 500. */
export function resolveCopySavedObjectsErrors(store: SimulatorStore, sourceSpace: string, opts: ResolveCopyOptions): Record<string, CopySpaceResult> {
  const exported = exportByObjects(store, sourceSpace, opts.objects, { includeReferences: opts.includeReferences }).objects;
  const ineligible = ineligibleTypes(store);
  const eligible = exported.filter((o) => !ineligible.has(o.type));
  const result: Record<string, CopySpaceResult> = {};
  for (const [space, retries] of Object.entries(opts.retries)) {
    try {
      result[space] = toSpaceResult(
        resolveImportErrors(store, {
          namespace: space,
          objects: eligible,
          retries,
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
