// "Which saved objects reference this one?" — `_find` with `has_reference` over every importable type,
// in the spaces the object lives in. Shared by the flyout's "Referenced by" and the delete warning, so
// both read the same cached answer.
import { savedObjectQueries } from '../../api/saved-objects';
import type { SavedObject } from '../../contract/kibana';
import { IMPORTABLE_TYPES } from '../../contract/types-registry';

/** Enough to see what depends on an object; the total says when there are more. */
export const REFERRERS_PAGE = 50;

export function referrersQuery(space: string, object: Pick<SavedObject, 'type' | 'id' | 'namespaces'>) {
  const namespaces = object.namespaces?.filter((ns) => ns !== '?');
  return savedObjectQueries.find(space, {
    types: IMPORTABLE_TYPES,
    hasReference: [{ type: object.type, id: object.id }],
    namespaces: namespaces?.length ? (namespaces.includes('*') ? ['*'] : namespaces) : undefined,
    perPage: REFERRERS_PAGE,
    fields: ['title', 'name'],
  });
}
