// Does each reference of an object resolve? One `_bulk_get` answers for all of them (kibana-api.md §8):
// a 404 item is a missing reference; any other error item means "could not check", not "missing".
import type { BulkGetObject } from '../../api/saved-objects';
import type { SavedObject, SavedObjectErrorItem, SavedObjectReference } from '../../contract/kibana';
import { BUILT_IN_TYPES } from '../../contract/types-registry';
import { objectTitleParts } from '../../lib/object-title';
import { objectRef } from './object-row';
import { formatObjectKey } from '../../lib/selection-link';

export interface ReferenceStatus {
  /** Flyout key of the referenced object. */
  key: string;
  name: string;
  type: string;
  id: string;
  title?: string;
  /** A named data view's index pattern, shown beside its name. */
  pattern?: string;
  state: 'checking' | 'found' | 'missing' | 'unknown';
  problem?: string;
}

export interface ReferenceCheck {
  lookups: BulkGetObject[];
  statuses: (answers: readonly (SavedObject | SavedObjectErrorItem)[] | undefined) => ReferenceStatus[];
}

/**
 * References resolve in the space the object lives in (`actSpace`); when that is not the browsed space,
 * the lookups name it (`namespaces`), except for space-agnostic types, which Kibana rejects it for.
 */
export function checkReferences(references: readonly SavedObjectReference[], currentSpace: string, actSpace: string): ReferenceCheck {
  const index = new Map<string, number>();
  const lookups: BulkGetObject[] = [];
  for (const { type, id } of references) {
    const lookupKey = `${type}:${id}`;
    if (index.has(lookupKey)) continue;
    index.set(lookupKey, lookups.length);
    const elsewhere = actSpace !== currentSpace && BUILT_IN_TYPES[type]?.namespaceType !== 'agnostic';
    lookups.push({ type, id, fields: ['title', 'name'], ...(elsewhere ? { namespaces: [actSpace] } : {}) });
  }
  const fallbackKey = (type: string, id: string) => formatObjectKey({ type, id, ...(actSpace !== currentSpace ? { space: actSpace } : {}) });

  return {
    lookups,
    statuses: (answers) =>
      references.map(({ name, type, id }) => {
        const base = { key: fallbackKey(type, id), name, type, id };
        const answer = answers?.[index.get(`${type}:${id}`) ?? -1];
        if (!answer) return { ...base, state: 'checking' as const };
        if ('error' in answer) {
          if (answer.error.statusCode === 404) return { ...base, state: 'missing' as const };
          return { ...base, state: 'unknown' as const, problem: answer.error.message };
        }
        return { ...base, key: formatObjectKey(objectRef(answer, currentSpace)), ...objectTitleParts(answer), state: 'found' as const };
      }),
  };
}
