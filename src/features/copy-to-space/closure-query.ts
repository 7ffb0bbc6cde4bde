// The reference closure of each source group, and where its objects already live: `_export` with
// `includeReferencesDeep` (its details line lists references missing in the source), then `_bulk_get` in the
// source space for the `namespaces` the export leaves out.
import { queryOptions } from '@tanstack/react-query';
import { bulkGetSavedObjects, exportSavedObjects, isSavedObjectError, savedObjectQueries } from '../../api/saved-objects';
import type { CopyObjectRef } from '../../contract/kibana';
import { parseClosure, type ClosureObject } from './closure';
import { objectKey } from './copy-plan';

export interface Closure {
  objects: ClosureObject[];
  /** References that point at objects missing in the source space: copying cannot bring them. */
  missingReferences: CopyObjectRef[];
  /** `type:id` → spaces the object already lives in. */
  namespaces: Record<string, string[]>;
}

export async function loadClosure(source: string, objects: readonly CopyObjectRef[], signal?: AbortSignal): Promise<Closure> {
  const exported = await exportSavedObjects(source, { objects }, { includeReferencesDeep: true });
  const closure = parseClosure(exported.ndjson, objects);
  const found = closure.length ? await bulkGetSavedObjects(source, closure.map(({ type, id }) => ({ type, id, fields: ['title'] })), signal) : { saved_objects: [] };
  const namespaces: Record<string, string[]> = {};
  for (const o of found.saved_objects) if (!isSavedObjectError(o) && o.namespaces) namespaces[objectKey(o)] = o.namespaces;
  return { objects: closure, missingReferences: exported.missingReferences, namespaces };
}

export const closureQuery = (source: string, objects: readonly CopyObjectRef[]) =>
  queryOptions({
    queryKey: [...savedObjectQueries.space(source), 'copy-closure', objects] as const,
    queryFn: ({ signal }) => loadClosure(source, objects, signal),
  });
