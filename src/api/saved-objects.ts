// Saved objects (kibana-api.md §7, §8): fetchers and the `savedObjectQueries` factory.
import { queryOptions } from '@tanstack/react-query';
import type {
  BulkGetResponse,
  FindResponse,
  FoundSavedObject,
  KibanaErrorBody,
  SavedObject,
  SavedObjectErrorItem,
  SavedObjectReference,
} from '../contract/kibana';
import { kibanaRequest, type QueryParams } from './client';
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
    path: '/api/saved_objects/_bulk_get',
    space,
    body: objects,
    signal,
    validate: answer(bulkGetResponseValidator),
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
};
