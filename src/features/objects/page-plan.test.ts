import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPlan, lastReachablePage, MAX_RESULT_WINDOW, planPage } from './page-plan';

/** What Kibana's `_find` returns for an ascending page over items 0..total-1. */
function ascendingPage(total: number, page: number, perPage: number): number[] {
  const from = (page - 1) * perPage;
  return Array.from({ length: Math.max(0, Math.min(perPage, total - from)) }, (_, i) => from + i);
}

function rowsFor(total: number, page: number, size: number, direction: 'asc' | 'desc'): number[] | string {
  const plan = planPage({ page, size, direction, total });
  if (plan.kind !== 'fetch') return plan.kind;
  for (const request of plan.requests) expect(request.page * request.perPage).toBeLessThanOrEqual(MAX_RESULT_WINDOW);
  return applyPlan(plan, plan.requests.map((r) => ascendingPage(total, r.page, r.perPage)));
}

describe('planPage', () => {
  it('fetches an ascending page as it is', () => {
    expect(planPage({ page: 3, size: 20, direction: 'asc' })).toEqual({
      kind: 'fetch',
      requests: [{ page: 3, perPage: 20 }],
      skip: 0,
      take: 20,
      reverse: false,
    });
  });

  it('reads a descending page from the end of the ascending order', () => {
    // 45 items, size 20: newest-first page 1 = ascending items 25..44 → ascending pages 2 and 3.
    expect(planPage({ page: 1, size: 20, direction: 'desc', total: 45 })).toEqual({
      kind: 'fetch',
      requests: [{ page: 2, perPage: 20 }, { page: 3, perPage: 20 }],
      skip: 5,
      take: 20,
      reverse: true,
    });
    expect(rowsFor(45, 1, 20, 'desc')).toEqual(Array.from({ length: 20 }, (_, i) => 44 - i));
    // The last descending page is short and holds the oldest items.
    expect(rowsFor(45, 3, 20, 'desc')).toEqual([4, 3, 2, 1, 0]);
    // Aligned totals need a single request.
    expect(planPage({ page: 1, size: 20, direction: 'desc', total: 40 })).toMatchObject({ requests: [{ page: 2, perPage: 20 }] });
  });

  it('says when a page is past the end or out of Kibana’s reach', () => {
    expect(planPage({ page: 4, size: 20, direction: 'desc', total: 45 })).toEqual({ kind: 'empty' });
    expect(planPage({ page: 1, size: 20, direction: 'desc', total: 0 })).toEqual({ kind: 'empty' });
    expect(planPage({ page: 1, size: 20, direction: 'desc', total: 10_001 })).toEqual({ kind: 'out-of-window' });
    expect(planPage({ page: 501, size: 20, direction: 'asc' })).toEqual({ kind: 'out-of-window' });
    expect(planPage({ page: 500, size: 20, direction: 'asc' }).kind).toBe('fetch');
    expect(rowsFor(10_000, 1, 500, 'desc')).toHaveLength(500);
    expect(() => planPage({ page: 1, size: 20, direction: 'desc' })).toThrow(/total/);
  });

  it('gives every item exactly once, newest first, over all descending pages (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000 }), fc.constantFrom(20, 50, 100, 500), (total, size) => {
        const pages = Math.ceil(total / size);
        const all = Array.from({ length: pages }, (_, i) => rowsFor(total, i + 1, size, 'desc') as number[]).flat();
        expect(all).toEqual(Array.from({ length: total }, (_, i) => total - 1 - i));
        for (let p = 1; p <= pages; p++) expect(planPage({ page: p, size, direction: 'desc', total })).toMatchObject({ kind: 'fetch' });
      }),
      { numRuns: 60 },
    );
  });

  it('offers only the pages Kibana can reach', () => {
    expect(lastReachablePage(45, 20)).toBe(3);
    expect(lastReachablePage(0, 20)).toBe(1);
    expect(lastReachablePage(100_000, 20)).toBe(500);
    expect(lastReachablePage(100_000, 500)).toBe(20);
  });
});
