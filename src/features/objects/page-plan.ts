// Which `_find` pages to fetch for one page of the table. Kibana's `_find` sorts ascending only (it has no
// sort order parameter, kibana-api.md §7.1), so a descending page is read from the end of the ascending
// order: with `total` known, descending page p holds the ascending items
// [total − p·size, total − (p−1)·size), reversed. Those items straddle at most two ascending pages of the
// same size. Everything must stay inside Elasticsearch's result window (from + size ≤ 10,000, §7.6).

export const MAX_RESULT_WINDOW = 10_000;

export interface PageRequest {
  /** 1-based, as `_find` takes it. */
  page: number;
  perPage: number;
}

export type PagePlan =
  /** Fetch the pages, concatenate their objects, keep `take` from `skip`, reverse if `reverse`. */
  | { kind: 'fetch'; requests: PageRequest[]; skip: number; take: number; reverse: boolean }
  /** The page lies past the last match: nothing to fetch. */
  | { kind: 'empty' }
  /** Kibana cannot reach these items (past the 10,000 result window). */
  | { kind: 'out-of-window' };

export interface PageQuery {
  page: number;
  size: number;
  direction: 'asc' | 'desc';
  /** Needed for `desc`; ignored for `asc`. */
  total?: number;
}

/** Highest page number the table may offer for a page size: Kibana never pages past the window. */
export function lastReachablePage(total: number, size: number): number {
  return Math.max(1, Math.ceil(Math.min(total, MAX_RESULT_WINDOW) / size));
}

export function planPage({ page, size, direction, total }: PageQuery): PagePlan {
  if (!Number.isInteger(page) || page < 1 || !Number.isInteger(size) || size < 1) return { kind: 'empty' };
  if (direction === 'asc') {
    if (page * size > MAX_RESULT_WINDOW) return { kind: 'out-of-window' };
    return { kind: 'fetch', requests: [{ page, perPage: size }], skip: 0, take: size, reverse: false };
  }
  if (total === undefined) throw new Error('A descending page needs the total number of matches.');
  const end = total - (page - 1) * size; // exclusive, in ascending positions
  if (end <= 0) return { kind: 'empty' };
  const start = Math.max(0, total - page * size);
  if (end > MAX_RESULT_WINDOW) return { kind: 'out-of-window' };
  const firstPage = Math.floor(start / size) + 1;
  const lastPage = Math.floor((end - 1) / size) + 1;
  const requests: PageRequest[] = [];
  for (let p = firstPage; p <= lastPage; p++) requests.push({ page: p, perPage: size });
  return { kind: 'fetch', requests, skip: start - (firstPage - 1) * size, take: end - start, reverse: true };
}

/** The rows of the table page, from the fetched `_find` pages in request order. */
export function applyPlan<T>(plan: Extract<PagePlan, { kind: 'fetch' }>, pages: readonly (readonly T[])[]): T[] {
  const rows = pages.flat().slice(plan.skip, plan.skip + plan.take);
  return plan.reverse ? rows.reverse() : rows;
}
