// What the admin has selected in the objects table: explicit objects (kept across pages and searches),
// or "every object matching the search" (all pages, which the browser never loads).
import type { ExportRequest } from '../../api/saved-objects';
import { MAX_RESULT_WINDOW } from './page-plan';
import type { ObjectRow } from './object-row';
import type { MatchingQuery, SelectionTarget } from '../../lib/selection-link';

export interface Selection {
  /** By row key, in the order they were chosen. */
  objects: ReadonlyMap<string, ObjectRow>;
  /** Set by "Select all N matching"; only valid while the search is still `query`. */
  allMatching: { query: MatchingQuery; total: number } | null;
  /**
   * Set when unticking a row ended "all N matching": N. The selection became the rows still checked on
   * that page, and the admin is told so (not silently "19 selected").
   */
  narrowedFrom?: number;
}

export const EMPTY_SELECTION: Selection = { objects: new Map(), allMatching: null };

/** Kibana exports (and copies) at most this many objects in one request (`maxImportExportSize`). */
export const MAX_EXPORT_SIZE = 10_000;

function sameQuery(a: MatchingQuery, b: MatchingQuery): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The selection as it applies to the current search: "all matching" of another search is void. */
export function activeSelection(selection: Selection, query: MatchingQuery): Selection {
  if (selection.allMatching && !sameQuery(selection.allMatching.query, query)) return { ...selection, allMatching: null };
  return selection;
}

export function selectionSize(selection: Selection): number {
  return selection.allMatching ? selection.allMatching.total : selection.objects.size;
}

/** Rows of this page the table must show checked. */
export function checkedRows(selection: Selection, pageRows: readonly ObjectRow[]): ObjectRow[] {
  if (selection.allMatching) return [...pageRows];
  return pageRows.filter((row) => selection.objects.has(row.key));
}

/**
 * The table reports the checked rows of the page it shows; rows of other pages keep their state.
 * Unchecking a row while "all matching" is selected turns the selection into the checked rows of this page.
 */
export function applyPageSelection(selection: Selection, pageRows: readonly ObjectRow[], checkedOnPage: readonly ObjectRow[]): Selection {
  const checked = new Set(checkedOnPage.map((row) => row.key));
  const objects = new Map(selection.allMatching ? [] : selection.objects);
  for (const row of pageRows) {
    if (checked.has(row.key)) {
      if (!objects.has(row.key)) objects.set(row.key, row);
    } else objects.delete(row.key);
  }
  if (selection.allMatching && objects.size > 0) return { objects, allMatching: null, narrowedFrom: selection.allMatching.total };
  return { objects, allMatching: null };
}

export function selectAllMatching(query: MatchingQuery, total: number): Selection {
  return { objects: new Map(), allMatching: { query, total } };
}

export function removeFromSelection(selection: Selection, key: string): Selection {
  if (!selection.objects.has(key)) return selection;
  const objects = new Map(selection.objects);
  objects.delete(key);
  return { ...selection, objects };
}

/** After unticking a row of "all N matching": what became of the selection, in plain words. */
export function describeNarrowing(selection: Selection): string | null {
  if (selection.allMatching || selection.narrowedFrom === undefined || selection.objects.size === 0) return null;
  const rows = selection.objects.size === 1 ? 'the 1 row' : `the ${selection.objects.size.toLocaleString('en-US')} rows`;
  return `Unticking a row ended the selection of all ${selection.narrowedFrom.toLocaleString('en-US')} matching: only ${rows} still ticked on this page stay selected.`;
}

export function describeSelection(selection: Selection): string {
  if (selection.allMatching) return `All ${selection.allMatching.total.toLocaleString('en-US')} matching selected`;
  return selection.objects.size ? `${selection.objects.size.toLocaleString('en-US')} selected` : '';
}

export function selectionTarget(selection: Selection): SelectionTarget | null {
  if (selection.allMatching) return { query: selection.allMatching.query };
  if (selection.objects.size === 0) return null;
  return { objects: [...selection.objects.values()].map((row) => row.ref) };
}

export type ExportPlan = { space: string; request: ExportRequest } | { disabledReason: string };

/** Kibana exports from one space at a time, at most 10,000 objects. */
export function planSelectionExport(selection: Selection, currentSpace: string): ExportPlan {
  const tooMany = `Kibana exports at most ${MAX_EXPORT_SIZE.toLocaleString('en-US')} objects at once. Narrow the selection.`;
  if (selection.allMatching) {
    const { query, total } = selection.allMatching;
    if (query.namespaces) return { disabledReason: 'Kibana exports from one space at a time. Browse “This space” to export everything matching.' };
    if (total > Math.min(MAX_EXPORT_SIZE, MAX_RESULT_WINDOW)) return { disabledReason: tooMany };
    return { space: currentSpace, request: { type: query.type, ...(query.search ? { search: query.search } : {}) } };
  }
  const rows = [...selection.objects.values()];
  if (rows.length === 0) return { disabledReason: 'Select objects to export.' };
  if (rows.length > MAX_EXPORT_SIZE) return { disabledReason: tooMany };
  const spaces = new Set(rows.map((row) => row.ref.space ?? currentSpace));
  if (spaces.size > 1) return { disabledReason: 'The selection spans several spaces, and Kibana exports from one space at a time.' };
  return { space: [...spaces][0], request: { objects: rows.map(({ type, id }) => ({ type, id })) } };
}
