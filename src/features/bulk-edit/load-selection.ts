// Reads the objects a hand-over link selected (src/lib/selection-link.ts): named objects through
// `_bulk_get` in their spaces, or every match of a search by paging `_find` — within Kibana's 10,000-match
// window; a bigger match is refused with a request to narrow it.
import { bulkGetSavedObjects, findSavedObjects, isSavedObjectError } from '../../api/saved-objects';
import type { ObjectRef, SelectionTarget } from '../../lib/selection-link';
import type { SourceObject } from './engine/plan';

/** Kibana's `_find` result window (from + size ≤ 10,000). */
export const FIND_WINDOW = 10_000;
const FIND_PAGE = 1000;
const BULK_GET_SIZE = 1000;

export interface LoadedSelection {
  sources: SourceObject[];
  /** Named objects Kibana could not return, with its reason. */
  missing: { ref: ObjectRef; message: string }[];
  /** Set when a search matches more than Kibana lets a client page through. */
  tooMany?: number;
}

async function loadNamed(space: string, refs: readonly ObjectRef[], signal?: AbortSignal): Promise<LoadedSelection> {
  const result: LoadedSelection = { sources: [], missing: [] };
  const bySpace = new Map<string, ObjectRef[]>();
  for (const ref of refs) {
    const where = ref.space ?? space;
    bySpace.set(where, [...(bySpace.get(where) ?? []), ref]);
  }
  for (const [where, group] of bySpace) {
    for (let start = 0; start < group.length; start += BULK_GET_SIZE) {
      const slice = group.slice(start, start + BULK_GET_SIZE);
      const answer = await bulkGetSavedObjects(where, slice.map(({ type, id }) => ({ type, id })), signal);
      slice.forEach((ref, index) => {
        const item = answer.saved_objects[index];
        if (!item || isSavedObjectError(item)) result.missing.push({ ref, message: item?.error.message ?? 'Not returned by Kibana' });
        else result.sources.push({ ...ref, object: item });
      });
    }
  }
  return result;
}

/** The space to update an object found by an all-spaces search in: the screen's, when it lives there. */
function homeSpace(space: string, namespaces: readonly string[] | undefined): string | undefined {
  if (!namespaces?.length || namespaces.includes(space) || namespaces.includes('*')) return undefined;
  return namespaces[0];
}

async function loadMatching(space: string, target: Extract<SelectionTarget, { query: unknown }>, signal?: AbortSignal): Promise<LoadedSelection> {
  const { type, search, namespaces } = target.query;
  const params = { types: type, search, namespaces, sortField: 'updated_at' };
  const first = await findSavedObjects(space, { ...params, page: 1, perPage: FIND_PAGE }, signal);
  if (first.total > FIND_WINDOW) return { sources: [], missing: [], tooMany: first.total };
  const objects = [...first.saved_objects];
  for (let page = 2; (page - 1) * FIND_PAGE < first.total; page += 1) {
    objects.push(...(await findSavedObjects(space, { ...params, page, perPage: FIND_PAGE }, signal)).saved_objects);
  }
  return {
    missing: [],
    sources: objects.map(({ score: _score, ...object }) => {
      const home = homeSpace(space, object.namespaces);
      return { type: object.type, id: object.id, ...(home ? { space: home } : {}), object };
    }),
  };
}

export function loadSelection(space: string, target: SelectionTarget, signal?: AbortSignal): Promise<LoadedSelection> {
  return 'objects' in target ? loadNamed(space, target.objects, signal) : loadMatching(space, target, signal);
}
