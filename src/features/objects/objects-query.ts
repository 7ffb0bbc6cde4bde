// One page of the objects table as a query: the view → `_find` parameters, and the page plan
// (page-plan.ts) that reads descending pages from the end of Kibana's ascending order.
import { queryOptions } from '@tanstack/react-query';
import { countSavedObjects, findSavedObjects, savedObjectQueries, type FindParams } from '../../api/saved-objects';
import type { FoundSavedObject } from '../../contract/kibana';
import { IMPORTABLE_TYPES } from '../../contract/types-registry';
import { applyPlan, planPage, type PagePlan } from './page-plan';
import { toKibanaSearch } from './search-query';
import type { MatchingQuery } from '../../lib/selection-link';
import type { ObjectsView, SortDirection, SortField } from './url-state';

export interface ObjectsPage {
  total: number;
  rows: FoundSavedObject[];
  /** Newest first was asked for, but Kibana cannot reach the end of more than 10,000 matches: shown oldest first. */
  descendingUnavailable: boolean;
  /** The page lies past Kibana's 10,000 result window. */
  pageOutOfReach: boolean;
}

const SORT_FIELDS: Record<SortField, string> = { updated: 'updated_at', type: 'type', title: 'title' };

/** Kibana sorts several types only by root properties: title (an attribute) needs exactly one type (§7.3). */
export function canSortByTitle(view: Pick<ObjectsView, 'types'>): boolean {
  return view.types.length === 1;
}

export function effectiveSort(view: ObjectsView): { sort: SortField; direction: SortDirection } {
  if (view.sort === 'title' && !canSortByTitle(view)) return { sort: 'updated', direction: 'desc' };
  return { sort: view.sort, direction: view.direction };
}

/** The search of the view under `_find`'s names: what "all matching" hands over (selection-link.ts). */
export function matchingQuery(view: ObjectsView): MatchingQuery {
  const search = toKibanaSearch(view.q);
  const namespaces = view.scope === 'all' ? (view.spaces.length ? view.spaces : ['*']) : undefined;
  return {
    type: view.types.length ? [...view.types] : [...IMPORTABLE_TYPES],
    ...(search ? { search } : {}),
    ...(namespaces ? { namespaces } : {}),
  };
}

export function findParamsFor(query: MatchingQuery): FindParams {
  return { types: query.type, search: query.search, namespaces: query.namespaces };
}

// The last number of matches seen for a search (any page, any sort): a descending page needs it to know
// which ascending pages to read, so a page change sends the count and the pages at once, planned from this
// total, and plans again only if the count comes back different (kibana-api.md §7.1).
const KNOWN_TOTALS_KEPT = 50;
const knownTotals = new Map<string, number>();
function rememberTotal(key: string, total: number) {
  knownTotals.delete(key);
  knownTotals.set(key, total);
  if (knownTotals.size > KNOWN_TOTALS_KEPT) knownTotals.delete(knownTotals.keys().next().value as string);
}

async function loadPage(space: string, view: ObjectsView, signal: AbortSignal): Promise<ObjectsPage> {
  const totalKey = JSON.stringify([space, matchingQuery(view)]);
  const page = await loadPlannedPage(space, view, signal, knownTotals.get(totalKey));
  rememberTotal(totalKey, page.total);
  return page;
}

async function loadPlannedPage(space: string, view: ObjectsView, signal: AbortSignal, knownTotal: number | undefined): Promise<ObjectsPage> {
  const base: FindParams = { ...findParamsFor(matchingQuery(view)), sortField: SORT_FIELDS[effectiveSort(view).sort] };
  const find = (page: number, perPage: number) => findSavedObjects(space, { ...base, page, perPage }, signal);
  const result = { descendingUnavailable: false, pageOutOfReach: false };

  const ascending = async (descendingUnavailable: boolean): Promise<ObjectsPage> => {
    const plan = planPage({ page: view.page, size: view.size, direction: 'asc' });
    if (plan.kind !== 'fetch') {
      return { ...result, total: await countSavedObjects(space, base, signal), rows: [], descendingUnavailable, pageOutOfReach: true };
    }
    const found = await find(view.page, view.size);
    return { ...result, total: found.total, rows: found.saved_objects, descendingUnavailable };
  };

  if (effectiveSort(view).direction === 'asc') return ascending(false);
  const fetchPlanned = (plan: Extract<PagePlan, { kind: 'fetch' }>) =>
    Promise.all(plan.requests.map((request) => find(request.page, request.perPage)));
  const guess = knownTotal === undefined ? undefined : planPage({ page: view.page, size: view.size, direction: 'desc', total: knownTotal });
  let total: number;
  if (guess?.kind === 'fetch') {
    // Count and pages in parallel; the pages answer only if every total agrees with the one they were planned from.
    const [counted, pages] = await Promise.all([countSavedObjects(space, base, signal), fetchPlanned(guess)]);
    if (counted === knownTotal && pages.every((page) => page.total === counted)) {
      return { ...result, total: counted, rows: applyPlan(guess, pages.map((page) => page.saved_objects)) };
    }
    total = counted;
  } else {
    total = await countSavedObjects(space, base, signal);
  }
  // Objects may be added or deleted between the count and the pages: plan again once if so.
  for (let attempt = 0; attempt < 2; attempt++) {
    const plan = planPage({ page: view.page, size: view.size, direction: 'desc', total });
    if (plan.kind === 'empty') return { ...result, total, rows: [] };
    if (plan.kind === 'out-of-window') return ascending(true);
    const pages = await fetchPlanned(plan);
    const changed = pages.find((page) => page.total !== total);
    if (!changed || attempt === 1) return { ...result, total, rows: applyPlan(plan, pages.map((page) => page.saved_objects)) };
    total = changed.total;
  }
  throw new Error('unreachable');
}

export function objectsPageQuery(space: string, view: ObjectsView) {
  return queryOptions({
    queryKey: [...savedObjectQueries.space(space), 'objects-page', view] as const,
    queryFn: ({ signal }) => loadPage(space, view, signal),
  });
}
