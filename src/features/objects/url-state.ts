// The Objects screen keeps its whole view in the URL, so a copied link reopens the same view and
// back/forward step through what the admin did. Defaults are left out of the URL to keep links short.
//
//   scope=all               every space (default: the space in the path)
//   spaces=marketing,sales  with scope=all: only these spaces
//   q=web logs              free search text (as typed, without type clauses)
//   types=dashboard,lens    type filter (default: every importable type)
//   page=3  size=50         1-based page, page size (20, 50, 100 or 500)
//   sort=title  direction=asc   sort column (updated, title, type) and direction (default: updated, newest first)
//   object=dashboard:web-overview   the object shown in the flyout (see selection-link.ts for the key format)
import { SPACE_ID_PATTERN } from '../../contract/kibana';
import { IMPORTABLE_TYPES } from '../../contract/types-registry';

export const PAGE_SIZES = [20, 50, 100, 500] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const SORT_FIELDS = ['updated', 'title', 'type'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';
export type ObjectsScope = 'space' | 'all';

export interface ObjectsView {
  scope: ObjectsScope;
  /** Only with scope `all`; empty = every space. */
  spaces: string[];
  q: string;
  /** Empty = every importable type. */
  types: string[];
  page: number;
  size: PageSize;
  sort: SortField;
  direction: SortDirection;
}

export const DEFAULT_VIEW: ObjectsView = {
  scope: 'space',
  spaces: [],
  q: '',
  types: [],
  page: 1,
  size: 20,
  sort: 'updated',
  direction: 'desc',
};

const VIEW_KEYS = ['scope', 'spaces', 'q', 'types', 'page', 'size', 'sort', 'direction'] as const;

function list(value: string | null): string[] {
  return [...new Set((value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean))];
}

function pick<T extends string | number>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.find((candidate) => String(candidate) === value) ?? fallback;
}

/** Anything unreadable falls back to its default: an old or hand-edited link still opens. */
export function parseObjectsView(params: URLSearchParams): ObjectsView {
  const scope = params.get('scope') === 'all' ? 'all' : 'space';
  const page = Number(params.get('page'));
  return {
    scope,
    spaces: scope === 'all' ? list(params.get('spaces')).filter((id) => SPACE_ID_PATTERN.test(id)) : [],
    q: (params.get('q') ?? '').trim(),
    types: list(params.get('types')).filter((type) => IMPORTABLE_TYPES.includes(type)),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: pick(params.get('size'), PAGE_SIZES, DEFAULT_VIEW.size),
    sort: pick(params.get('sort'), SORT_FIELDS, DEFAULT_VIEW.sort),
    direction: pick(params.get('direction'), ['asc', 'desc'] as const, DEFAULT_VIEW.direction),
  };
}

/** Writes the view into a copy of `params`; other parameters (the flyout's `object`) are kept. */
export function writeObjectsView(view: ObjectsView, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of VIEW_KEYS) next.delete(key);
  const values: Record<(typeof VIEW_KEYS)[number], string> = {
    scope: view.scope,
    spaces: view.scope === 'all' ? view.spaces.join(',') : '',
    q: view.q,
    types: view.types.join(','),
    page: String(view.page),
    size: String(view.size),
    sort: view.sort,
    direction: view.direction,
  };
  for (const key of VIEW_KEYS) {
    const fallback = key === 'spaces' || key === 'types' ? '' : String(DEFAULT_VIEW[key]);
    if (values[key] !== fallback) next.set(key, values[key]);
  }
  return next;
}

/** Applies a change; anything but a page change starts again at page 1 (the old page may not exist). */
export function changeView(view: ObjectsView, patch: Partial<ObjectsView>): ObjectsView {
  const next = { ...view, ...patch };
  if (patch.page === undefined) next.page = 1;
  if (next.scope === 'space') next.spaces = [];
  return next;
}

/** `URLSearchParams` → the same parameters with the view changed: what every control of the screen does. */
export function updateViewParams(params: URLSearchParams, patch: Partial<ObjectsView>): URLSearchParams {
  return writeObjectsView(changeView(parseObjectsView(params), patch), params);
}
