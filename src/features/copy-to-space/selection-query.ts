// The objects handed over as a search (`?query=`): every match, paged through `_find` up to Kibana's result
// window. Objects found in other spaces (the all-spaces view) are copied from the space they live in.
import { queryOptions } from '@tanstack/react-query';
import { findSavedObjects, savedObjectQueries } from '../../api/saved-objects';
import type { MatchingQuery, ObjectRef } from '../../lib/selection-link';

const PAGE = 1000;
const RESULT_WINDOW = 10_000;

export interface MatchedObjects {
  objects: ObjectRef[];
  /** Matches beyond Kibana's result window, which `_find` cannot list. */
  leftOut: number;
}

export async function findMatchingObjects(space: string, query: MatchingQuery, signal?: AbortSignal): Promise<MatchedObjects> {
  const objects: ObjectRef[] = [];
  let total = 0;
  for (let page = 1; page * PAGE <= RESULT_WINDOW; page++) {
    const answer = await findSavedObjects(space, { types: query.type, search: query.search, namespaces: query.namespaces, page, perPage: PAGE, fields: ['title'] }, signal);
    total = answer.total;
    for (const o of answer.saved_objects) {
      const here = !o.namespaces || o.namespaces.includes(space) || o.namespaces.includes('*');
      objects.push(here ? { type: o.type, id: o.id } : { type: o.type, id: o.id, space: o.namespaces?.[0] });
    }
    if (page * PAGE >= total) break;
  }
  return { objects, leftOut: Math.max(0, total - objects.length) };
}

export const matchingObjectsQuery = (space: string, query: MatchingQuery) =>
  queryOptions({
    queryKey: [...savedObjectQueries.space(space), 'copy-selection', query] as const,
    queryFn: ({ signal }) => findMatchingObjects(space, query, signal),
  });
