// Resolving ids through legacy URL aliases and managing those aliases (kibana-api.md §5):
// fetchers, the `resolveQueries` factory and the disable mutation.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { KibanaErrorBody, ResolveOutcome, SavedObject } from '../contract/kibana';
import { kibanaRequest, type ResultUnknownError } from './client';
import { writeThenCheck } from './result-check';
import { bulkGetSavedObjects, savedObjectValidator, type BulkGetObject } from './saved-objects';
import {
  answer,
  arrayOf,
  childPath,
  expectBoolean,
  expectNumber,
  expectObject,
  expectString,
  objectOf,
  oneOf,
  optional,
  UnexpectedAnswerError,
  withDefault,
  type Validator,
} from './validate';

export const LEGACY_URL_ALIAS_TYPE = 'legacy-url-alias';

export interface ObjectRef {
  type: string;
  id: string;
}

/** One `_bulk_resolve` answer. `alias_purpose` stays a plain string: a newer Kibana may add purposes. */
export interface ResolvedObjectAnswer {
  saved_object: SavedObject;
  outcome: ResolveOutcome;
  alias_target_id?: string;
  alias_purpose?: string;
}

/** Per-object failure; Kibana still labels it `exactMatch` (§5.3), so the `error` is what counts. */
export interface ResolveErrorAnswer {
  saved_object: { type: string; id: string; error: KibanaErrorBody };
  outcome: string;
}

export type ResolveAnswer = ResolvedObjectAnswer | ResolveErrorAnswer;

export function isResolveError(entry: ResolveAnswer): entry is ResolveErrorAnswer {
  return 'error' in entry.saved_object;
}

const errorBodyValidator = objectOf<KibanaErrorBody>({
  statusCode: expectNumber,
  error: withDefault(expectString, () => 'Error'),
  message: expectString,
  attributes: optional(expectObject),
});

const resolveErrorValidator = objectOf<ResolveErrorAnswer>({
  saved_object: objectOf<ResolveErrorAnswer['saved_object']>({ type: expectString, id: expectString, error: errorBodyValidator }),
  outcome: withDefault(expectString, () => 'exactMatch'),
});

const resolvedObjectValidator = objectOf<ResolvedObjectAnswer>({
  saved_object: savedObjectValidator,
  outcome: oneOf(['exactMatch', 'aliasMatch', 'conflict']),
  alias_target_id: optional(expectString),
  alias_purpose: optional(expectString),
});

const resolveAnswerValidator: Validator<ResolveAnswer> = (value, path) => {
  const savedObject = expectObject(expectObject(value, path).saved_object, childPath(path, 'saved_object'));
  return 'error' in savedObject ? resolveErrorValidator(value, path) : resolvedObjectValidator(value, path);
};

const bulkResolveValidator = objectOf<{ resolved_objects: ResolveAnswer[] }>({
  resolved_objects: arrayOf(resolveAnswerValidator),
});

/** Resolves ids in `space`; answers come back in request order, one per requested object. */
export async function bulkResolve(space: string, objects: readonly ObjectRef[], signal?: AbortSignal): Promise<ResolveAnswer[]> {
  const { resolved_objects } = await kibanaRequest({
    method: 'POST',
    kind: 'read',
    path: '/api/saved_objects/_bulk_resolve',
    space,
    body: objects.map(({ type, id }) => ({ type, id })),
    signal,
    validate: answer(bulkResolveValidator),
  });
  // Answers are matched to requests by position, so a short list would pair ids with wrong objects.
  if (resolved_objects.length !== objects.length) {
    throw new UnexpectedAnswerError(
      `Unexpected answer from Kibana: asked to resolve ${objects.length} ids but got ${resolved_objects.length} answers.`,
    );
  }
  return resolved_objects;
}

export interface LegacyUrlAlias {
  /** `<targetNamespace>:<targetType>:<sourceId>` */
  id: string;
  sourceId: string;
  targetNamespace: string;
  targetType: string;
  targetId: string;
  resolveCounter: number;
  lastResolved?: string;
  disabled: boolean;
  purpose?: string;
}

const aliasAttributesValidator = objectOf<Omit<LegacyUrlAlias, 'id'>>({
  sourceId: expectString,
  targetNamespace: expectString,
  targetType: expectString,
  targetId: expectString,
  resolveCounter: withDefault(expectNumber, () => 0),
  lastResolved: optional(expectString),
  disabled: withDefault(expectBoolean, () => false),
  purpose: optional(expectString),
});

const aliasPageValidator = objectOf<{ total: number; saved_objects: { id: string; attributes: Record<string, unknown> }[] }>({
  total: expectNumber,
  saved_objects: arrayOf(objectOf<{ id: string; attributes: Record<string, unknown> }>({ id: expectString, attributes: expectObject })),
});

const ALIAS_PAGE_SIZE = 1000;

/**
 * Every legacy URL alias whose target space is `space`. Aliases are space-agnostic objects, so
 * `_find` returns those of every space; we page through all of them and keep this space's.
 */
export async function findLegacyUrlAliases(space: string, signal?: AbortSignal): Promise<LegacyUrlAlias[]> {
  const aliases: LegacyUrlAlias[] = [];
  for (let page = 1; ; page += 1) {
    const answerPage = await kibanaRequest({
      path: '/api/saved_objects/_find',
      space,
      query: { type: LEGACY_URL_ALIAS_TYPE, per_page: ALIAS_PAGE_SIZE, page },
      signal,
      validate: answer(aliasPageValidator),
    });
    answerPage.saved_objects.forEach((object, index) => {
      const attributes = aliasAttributesValidator(object.attributes, `saved_objects[${index}].attributes`);
      if (attributes.targetNamespace === space) aliases.push({ id: object.id, ...attributes });
    });
    const seen = (page - 1) * ALIAS_PAGE_SIZE + answerPage.saved_objects.length;
    if (answerPage.saved_objects.length < ALIAS_PAGE_SIZE || seen >= answerPage.total) return aliases;
  }
}

export interface AliasToDisable {
  targetSpace: string;
  targetType: string;
  sourceId: string;
}

/** Kibana answers 204; an alias that does not exist is not an error (it updates what it finds). */
export async function disableLegacyUrlAliases(aliases: readonly AliasToDisable[]): Promise<void> {
  await kibanaRequest({
    method: 'POST',
    path: '/api/spaces/_disable_legacy_url_aliases',
    body: { aliases: aliases.map(({ targetSpace, targetType, sourceId }) => ({ targetSpace, targetType, sourceId })) },
    validate: () => undefined,
  });
}

export const resolveQueries = {
  all: () => ['legacy-url-aliases'] as const,
  space: (space: string) => [...resolveQueries.all(), space] as const,
  bulkResolve: (space: string, objects: readonly ObjectRef[]) =>
    queryOptions({
      queryKey: [...resolveQueries.space(space), 'bulk-resolve', objects] as const,
      queryFn: ({ signal }) => bulkResolve(space, objects, signal),
      // Every resolve bumps the alias's resolve counter: only resolve again when asked to (or after
      // a fix invalidates it), never because the window regained focus.
      staleTime: Infinity,
    }),
  list: (space: string) =>
    queryOptions({
      queryKey: [...resolveQueries.space(space), 'list'] as const,
      queryFn: ({ signal }) => findLegacyUrlAliases(space, signal),
    }),
  /** The objects with these ids in `space` (for conflicts and alias targets); misses are 404 entries. */
  objects: (space: string, objects: readonly BulkGetObject[]) =>
    queryOptions({
      queryKey: [...resolveQueries.space(space), 'objects', objects] as const,
      queryFn: ({ signal }) => bulkGetSavedObjects(space, objects, signal),
    }),
};

/** What Kibana has now for aliases whose disable answer was lost. */
export interface AliasCheck {
  disabled: AliasToDisable[];
  stillEnabled: AliasToDisable[];
  /** No such alias any more (Kibana ignores those, so nothing to disable). */
  gone: AliasToDisable[];
}

/** Re-reads the aliases of each target space (a read: safe to repeat) and sorts the asked-for ones. */
export async function checkAliasesDisabled(aliases: readonly AliasToDisable[]): Promise<AliasCheck> {
  const current = new Map<string, LegacyUrlAlias>();
  for (const space of new Set(aliases.map((alias) => alias.targetSpace))) {
    for (const alias of await findLegacyUrlAliases(space)) current.set(`${space}:${alias.targetType}:${alias.sourceId}`, alias);
  }
  const check: AliasCheck = { disabled: [], stillEnabled: [], gone: [] };
  for (const alias of aliases) {
    const found = current.get(`${alias.targetSpace}:${alias.targetType}:${alias.sourceId}`);
    (found ? (found.disabled ? check.disabled : check.stillEnabled) : check.gone).push(alias);
  }
  return check;
}

/** Disables aliases; a lost answer is settled by re-reading them (result-check.ts), never by sending again. */
export function useDisableLegacyUrlAliases({ onAnswerLost }: { onAnswerLost?: (lost: ResultUnknownError) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (aliases: readonly AliasToDisable[]) =>
      writeThenCheck({ write: () => disableLegacyUrlAliases(aliases), recheck: () => checkAliasesDisabled(aliases), onLost: onAnswerLost }),
    // Also after a failure: part of a batch may have been written, so show what Kibana now has.
    onSettled: () => queryClient.invalidateQueries({ queryKey: resolveQueries.all() }),
  });
}
