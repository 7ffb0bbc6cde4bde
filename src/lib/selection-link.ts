// The URL contract between the Objects screen and the screens it hands a selection to
// (Copy to spaces `/s/<space>/copy`, Bulk edit `/s/<space>/bulk-edit`). The space in the path is the
// space the admin was browsing; actions run there unless an object says otherwise.
//
// Explicit selection:   ?objects=<key>,<key>,…
//   <key> = <type>:<id>            the object lives in the space of the path (or in every space)
//         | <type>:<id>@<space>    the object lives elsewhere (seen in the "all spaces" view); act on it in <space>
//   In <id>, the characters `%`, `,` and `@` are written %25, %2C and %40 (Kibana ids may contain
//   them; types and space ids never do). The first `:` ends the type. The same key names the object
//   of the flyout (`?object=<key>`).
//
// Every object matching a search:   ?query=<JSON>
//   <JSON> = {"type":[…],"search"?:string,"namespaces"?:[…]} — the parameters of `GET /api/saved_objects/_find`
//   under Kibana's own names, to be sent from the space of the path. `namespaces` absent = that space only;
//   ["*"] = every space. The receiving screen pages through `_find` itself (Kibana's result window is
//   10,000 matches).
//
// Exactly one of `objects` and `query` is present.
import { SPACE_ID_PATTERN } from '../contract/kibana';

export interface ObjectRef {
  type: string;
  id: string;
  /** Set when the object does not live in the space of the URL. */
  space?: string;
}

export interface MatchingQuery {
  type: string[];
  search?: string;
  namespaces?: string[];
}

export type SelectionTarget = { objects: readonly ObjectRef[] } | { query: MatchingQuery };

export type HandOffScreen = 'copy' | 'bulk-edit';

const escapeId = (id: string) => id.replace(/%/g, '%25').replace(/,/g, '%2C').replace(/@/g, '%40');
const unescapeId = (id: string) => id.replace(/%2C/gi, ',').replace(/%40/gi, '@').replace(/%25/g, '%');

export function formatObjectKey({ type, id, space }: ObjectRef): string {
  return `${type}:${escapeId(id)}${space ? `@${space}` : ''}`;
}

export function parseObjectKey(key: string): ObjectRef | null {
  const colon = key.indexOf(':');
  if (colon <= 0) return null;
  const type = key.slice(0, colon);
  let rest = key.slice(colon + 1);
  let space: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    space = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!SPACE_ID_PATTERN.test(space)) return null;
  }
  if (rest === '' || !/^[a-z0-9_.-]+$/i.test(type)) return null;
  return { type, id: unescapeId(rest), ...(space ? { space } : {}) };
}

export function formatObjectList(objects: readonly ObjectRef[]): string {
  return objects.map(formatObjectKey).join(',');
}

/** Unreadable entries are dropped; duplicates are kept once. */
export function parseObjectList(text: string): ObjectRef[] {
  const seen = new Set<string>();
  const objects: ObjectRef[] = [];
  for (const entry of text.split(',')) {
    const ref = parseObjectKey(entry);
    if (!ref) continue;
    const key = formatObjectKey(ref);
    if (seen.has(key)) continue;
    seen.add(key);
    objects.push(ref);
  }
  return objects;
}

export function selectionLink(spaceId: string, screen: HandOffScreen, target: SelectionTarget): string {
  const params = new URLSearchParams();
  if ('objects' in target) params.set('objects', formatObjectList(target.objects));
  else params.set('query', JSON.stringify(target.query));
  return `/s/${encodeURIComponent(spaceId)}/${screen}?${params.toString()}`;
}

function isMatchingQuery(value: unknown): value is MatchingQuery {
  if (typeof value !== 'object' || value === null) return false;
  const query = value as Record<string, unknown>;
  const strings = (entry: unknown) => Array.isArray(entry) && entry.every((item) => typeof item === 'string');
  return (
    strings(query.type) &&
    (query.search === undefined || typeof query.search === 'string') &&
    (query.namespaces === undefined || strings(query.namespaces))
  );
}

/** For the receiving screens: what the link selected, or null when it selects nothing readable. */
export function parseSelectionParams(params: URLSearchParams): SelectionTarget | null {
  const objects = params.get('objects');
  if (objects !== null) {
    const list = parseObjectList(objects);
    return list.length ? { objects: list } : null;
  }
  const query = params.get('query');
  if (query === null) return null;
  try {
    const parsed: unknown = JSON.parse(query);
    return isMatchingQuery(parsed) && parsed.type.length ? { query: parsed } : null;
  } catch {
    return null;
  }
}
