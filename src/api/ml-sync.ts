// Machine learning saved-object sync (kibana-api.md §10): the sync itself, the ML saved objects in every
// space, the `mlSyncQueries` factory and the run mutation.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { FoundSavedObject, MlSyncItemResult, MlSyncMap, MlSyncResponse } from '../contract/kibana';
import { kibanaRequest } from './client';
import { findSavedObjects, savedObjectQueries } from './saved-objects';
import { answer, childPath, expectBoolean, expectObject, objectOf, optional, withDefault, type Validator } from './validate';

const itemResultValidator = objectOf<MlSyncItemResult>({
  success: expectBoolean,
  // Whatever Kibana put there: a Boom payload, an Elasticsearch error body or a raw error (§10.1).
  error: optional((value) => value),
});

// Type keys are kept as Kibana sends them, so a kind this console does not know yet still shows.
const syncMapValidator: Validator<MlSyncMap> = (value, path) => {
  const map: Record<string, Record<string, MlSyncItemResult>> = {};
  for (const [type, byId] of Object.entries(expectObject(value, path))) {
    const typePath = childPath(path, type);
    map[type] = {};
    for (const [id, result] of Object.entries(expectObject(byId, typePath))) map[type][id] = itemResultValidator(result, childPath(typePath, id));
  }
  return map as MlSyncMap;
};

const emptyMap = (): MlSyncMap => ({});
export const mlSyncResponseValidator = objectOf<MlSyncResponse>({
  savedObjectsCreated: withDefault(syncMapValidator, emptyMap),
  savedObjectsDeleted: withDefault(syncMapValidator, emptyMap),
  datafeedsAdded: withDefault(syncMapValidator, emptyMap),
  datafeedsRemoved: withDefault(syncMapValidator, emptyMap),
});

export interface MlSyncOptions {
  /** true: report what would change and change nothing. */
  simulate: boolean;
  /** New saved objects go to every space (`*`) instead of the request's space; Kibana's default is true. */
  addToAllSpaces: boolean;
}

/**
 * `GET /api/ml/saved_objects/sync`. A GET that writes when `simulate` is false: sent as a write, so a lost
 * answer is a ResultUnknownError and is never retried.
 */
export function syncMlSavedObjects(space: string, { simulate, addToAllSpaces }: MlSyncOptions, signal?: AbortSignal): Promise<MlSyncResponse> {
  return kibanaRequest({
    path: '/api/ml/saved_objects/sync',
    space,
    query: { simulate, addToAllSpaces },
    kind: simulate ? 'read' : 'write',
    signal,
    validate: answer(mlSyncResponseValidator),
  });
}

export const ML_SAVED_OBJECT_TYPES = ['ml-job', 'ml-trained-model'] as const;
const PAGE_SIZE = 1000;
// Kibana's result window; a deployment with more ML saved objects than this is not one this screen serves.
const MAX_OBJECTS = 10_000;

/** Every `ml-job` and `ml-trained-model` saved object in every space the caller may see (`namespaces=*`). */
export async function findMlSavedObjects(space: string, signal?: AbortSignal): Promise<FoundSavedObject[]> {
  const found: FoundSavedObject[] = [];
  for (let page = 1; found.length < MAX_OBJECTS; page += 1) {
    const answer = await findSavedObjects(space, { types: ML_SAVED_OBJECT_TYPES, namespaces: ['*'], page, perPage: PAGE_SIZE }, signal);
    found.push(...answer.saved_objects);
    if (answer.saved_objects.length < PAGE_SIZE || found.length >= answer.total) break;
  }
  return found;
}

export const mlSyncQueries = {
  all: () => ['ml-sync'] as const,
  space: (space: string) => [...mlSyncQueries.all(), space] as const,
  /** What a sync would change now, seen from `space` (simulate=true). */
  preview: (space: string) =>
    queryOptions({
      queryKey: [...mlSyncQueries.space(space), 'preview'] as const,
      queryFn: ({ signal }) => syncMlSavedObjects(space, { simulate: true, addToAllSpaces: true }, signal),
    }),
  savedObjects: (space: string) =>
    queryOptions({
      queryKey: [...mlSyncQueries.space(space), 'saved-objects'] as const,
      queryFn: ({ signal }) => findMlSavedObjects(space, signal),
    }),
};

/** Runs the sync for real. Never retried; afterwards the preview and every saved-objects list are read again. */
export function useRunMlSync() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ space, addToAllSpaces }: { space: string; addToAllSpaces: boolean }) =>
      syncMlSavedObjects(space, { simulate: false, addToAllSpaces }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: mlSyncQueries.all() }),
        queryClient.invalidateQueries({ queryKey: savedObjectQueries.all() }),
      ]),
  });
}
