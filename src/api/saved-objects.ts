// Saved objects (kibana-api.md §7, §8, §9, export): fetchers, the `savedObjectQueries` factory and mutations.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  BulkGetResponse,
  BulkUpdateObject,
  BulkUpdateResponse,
  FindResponse,
  FoundSavedObject,
  KibanaErrorBody,
  SavedObject,
  SavedObjectErrorItem,
  SavedObjectReference,
} from '../contract/kibana';
import { kibanaRequest, pathSegment, type QueryParams, type ResultUnknownError } from './client';
import { writeThenCheck } from './result-check';
import {
  answer,
  arrayOf,
  expectBoolean,
  expectNumber,
  expectObject,
  expectString,
  objectOf,
  optional,
  withDefault,
  type Validator,
} from './validate';

const referenceValidator = objectOf<SavedObjectReference>({ name: expectString, type: expectString, id: expectString });

const savedObjectFields = {
  id: expectString,
  type: expectString,
  namespaces: optional(arrayOf(expectString)),
  originId: optional(expectString),
  updated_at: optional(expectString),
  created_at: optional(expectString),
  updated_by: optional(expectString),
  created_by: optional(expectString),
  version: optional(expectString),
  attributes: expectObject,
  // Kibana documents `references` as "defaults to []" (kibana-api.md §0.1).
  references: withDefault(arrayOf(referenceValidator), () => []),
  managed: optional(expectBoolean),
  typeMigrationVersion: optional(expectString),
  coreMigrationVersion: optional(expectString),
};

export const savedObjectValidator = objectOf<SavedObject>(savedObjectFields);

const foundSavedObjectValidator = objectOf<FoundSavedObject>({
  ...savedObjectFields,
  // Engine score; null when a sort field is used (§7.5).
  score: withDefault<number | null>(expectNumber, () => null),
});

export const findResponseValidator = objectOf<FindResponse>({
  page: expectNumber,
  per_page: expectNumber,
  total: expectNumber,
  saved_objects: arrayOf(foundSavedObjectValidator),
});

const errorBodyValidator = objectOf<KibanaErrorBody>({
  statusCode: expectNumber,
  error: withDefault(expectString, () => 'Error'),
  message: expectString,
  attributes: optional(expectObject),
});

const errorItemValidator = objectOf<SavedObjectErrorItem>({ id: expectString, type: expectString, error: errorBodyValidator });

const bulkGetItemValidator: Validator<SavedObject | SavedObjectErrorItem> = (value, path) =>
  'error' in expectObject(value, path) ? errorItemValidator(value, path) : savedObjectValidator(value, path);

export const bulkGetResponseValidator = objectOf<BulkGetResponse>({ saved_objects: arrayOf(bulkGetItemValidator) });

export function isSavedObjectError(item: SavedObject | SavedObjectErrorItem): item is SavedObjectErrorItem {
  return 'error' in item;
}

export interface FindParams {
  /** Required by Kibana; unknown types are silently dropped. */
  types: readonly string[];
  search?: string;
  page?: number;
  perPage?: number;
  sortField?: string;
  /** Spaces to search (`*` = all); omitted → the request's space only. */
  namespaces?: readonly string[];
  hasReference?: readonly { type: string; id: string }[];
  /** Limits `attributes` to these keys. */
  fields?: readonly string[];
}

export function toFindQuery(params: FindParams): QueryParams {
  return {
    type: params.types,
    search: params.search || undefined,
    page: params.page,
    per_page: params.perPage,
    sort_field: params.sortField,
    namespaces: params.namespaces,
    // Kibana takes references JSON-encoded inside the query string (§7.1).
    has_reference: params.hasReference?.length ? JSON.stringify(params.hasReference) : undefined,
    fields: params.fields,
  };
}

export function findSavedObjects(space: string, params: FindParams, signal?: AbortSignal): Promise<FindResponse> {
  return kibanaRequest({
    path: '/api/saved_objects/_find',
    space,
    query: toFindQuery(params),
    signal,
    validate: answer(findResponseValidator),
  });
}

export interface BulkGetObject {
  type: string;
  id: string;
  fields?: readonly string[];
  namespaces?: readonly string[];
}

export function bulkGetSavedObjects(
  space: string,
  objects: readonly BulkGetObject[],
  signal?: AbortSignal,
): Promise<BulkGetResponse> {
  return kibanaRequest({
    method: 'POST',
    kind: 'read',
    path: '/api/saved_objects/_bulk_get',
    space,
    body: objects,
    signal,
    validate: answer(bulkGetResponseValidator),
  });
}

// Per-type counts feed a filter, not a decision: a minute old is fine, and it keeps 100,000-object
// deployments from being counted again on every open of the filter.
const COUNT_STALE_MS = 60_000;

/** Matches only (`per_page=0`): Kibana answers with `total` and no objects. */
export async function countSavedObjects(space: string, params: FindParams, signal?: AbortSignal): Promise<number> {
  const { total } = await findSavedObjects(space, { ...params, page: 1, perPage: 0, sortField: undefined }, signal);
  return total;
}

export interface DeleteRequest {
  type: string;
  id: string;
  /** Required by Kibana to delete an object that lives in several spaces (or `*`): removes it from all. */
  force: boolean;
}

/** `DELETE /api/saved_objects/{type}/{id}` (§9), run in a space where the object lives. */
export async function deleteSavedObject(space: string, { type, id, force }: DeleteRequest): Promise<void> {
  return kibanaRequest({
    method: 'DELETE',
    path: `/api/saved_objects/${pathSegment(type)}/${pathSegment(id)}`,
    space,
    // `force=false` is Kibana's default; sending it only when needed keeps the request minimal.
    query: force ? { force: true } : undefined,
    validate: () => undefined,
  });
}

/** What to export: named objects, or every object of some types matching a search. */
export type ExportRequest =
  | { objects: readonly { type: string; id: string }[] }
  | { type: readonly string[]; search?: string };

export interface ExportResult {
  /** The file, one saved object per line. */
  ndjson: string;
  exportedCount: number;
  missingReferences: { type: string; id: string }[];
}

/** Reads the details line Kibana appends to an export (`exportedCount`, `missingRefCount`, `missingReferences`). */
export function readExport(ndjson: string): ExportResult {
  const lines = ndjson.split('\n').filter((line) => line.trim() !== '');
  let details: Record<string, unknown> | undefined;
  try {
    const last: unknown = lines.length ? JSON.parse(lines[lines.length - 1]) : undefined;
    if (typeof last === 'object' && last !== null && 'exportedCount' in last) details = last as Record<string, unknown>;
  } catch {
    // Not JSON: leave the count to the line count below.
  }
  const missing = Array.isArray(details?.missingReferences) ? (details.missingReferences as { type: string; id: string }[]) : [];
  return {
    ndjson,
    exportedCount: typeof details?.exportedCount === 'number' ? details.exportedCount : lines.length - (details ? 1 : 0),
    missingReferences: missing,
  };
}

/** `POST /api/saved_objects/_export`: NDJSON, not JSON. */
export function exportSavedObjects(
  space: string,
  request: ExportRequest,
  { includeReferencesDeep }: { includeReferencesDeep: boolean },
): Promise<ExportResult> {
  return kibanaRequest({
    method: 'POST',
    kind: 'read',
    path: '/api/saved_objects/_export',
    space,
    body: { ...request, includeReferencesDeep },
    responseType: 'text',
    validate: (text) => readExport(expectString(text, 'the export')),
  });
}

export const savedObjectQueries = {
  all: () => ['saved-objects'] as const,
  space: (space: string) => [...savedObjectQueries.all(), space] as const,
  find: (space: string, params: FindParams) =>
    queryOptions({
      queryKey: [...savedObjectQueries.space(space), 'find', params] as const,
      queryFn: ({ signal }) => findSavedObjects(space, params, signal),
    }),
  bulkGet: (space: string, objects: readonly BulkGetObject[]) =>
    queryOptions({
      queryKey: [...savedObjectQueries.space(space), 'bulk-get', objects] as const,
      queryFn: ({ signal }) => bulkGetSavedObjects(space, objects, signal),
    }),
  count: (space: string, params: Omit<FindParams, 'page' | 'perPage' | 'sortField' | 'fields'>) =>
    queryOptions({
      queryKey: [...savedObjectQueries.space(space), 'count', params] as const,
      queryFn: ({ signal }) => countSavedObjects(space, params, signal),
      staleTime: COUNT_STALE_MS,
    }),
};

/** After a lost delete answer: is the object still in `space`? (a read, safe to repeat) */
export async function checkDeleted(space: string, { type, id }: { type: string; id: string }): Promise<'deleted' | 'still-there'> {
  const { saved_objects } = await bulkGetSavedObjects(space, [{ type, id, fields: ['title'] }]);
  const item = saved_objects[0];
  if (item && isSavedObjectError(item)) {
    if (item.error.statusCode === 404) return 'deleted';
    throw new Error(`Kibana could not say whether ${type} “${id}” is still there: ${item.error.message}`);
  }
  return 'still-there';
}

/**
 * Deletes one object. Never retried: a lost answer is settled by reading the object again
 * (result-check.ts). Every saved-objects query is refreshed afterwards, whatever happened.
 */
export function useDeleteSavedObject({ onAnswerLost }: { onAnswerLost?: (lost: ResultUnknownError) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ space, ...request }: DeleteRequest & { space: string }) =>
      writeThenCheck({ write: () => deleteSavedObject(space, request), recheck: () => checkDeleted(space, request), onLost: onAnswerLost }),
    // Not awaited: the screen closes what showed the object at once, the lists refresh behind it.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: savedObjectQueries.all() }),
  });
}

export function useExportSavedObjects() {
  return useMutation({
    mutationFn: ({ space, request, includeReferencesDeep }: { space: string; request: ExportRequest; includeReferencesDeep: boolean }) =>
      exportSavedObjects(space, request, { includeReferencesDeep }),
  });
}

// ---- bulk update (kibana-api.md §6) ----

export const bulkUpdateResponseValidator = objectOf<BulkUpdateResponse>({ saved_objects: arrayOf(bulkGetItemValidator) });

/**
 * `PUT /api/saved_objects/_bulk_update`, run in `space` (an entry's `namespace` overrides it). A write:
 * when its answer is lost it fails with ResultUnknownError and must not be resent blindly.
 */
export function bulkUpdateSavedObjects(space: string, objects: readonly BulkUpdateObject[], signal?: AbortSignal): Promise<BulkUpdateResponse> {
  return kibanaRequest({
    method: 'PUT',
    path: '/api/saved_objects/_bulk_update',
    space,
    body: objects,
    signal,
    validate: answer(bulkUpdateResponseValidator),
  });
}
