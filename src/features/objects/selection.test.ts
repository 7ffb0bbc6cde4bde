import { describe, expect, it } from 'vitest';
import type { SavedObject } from '../../contract/kibana';
import { toObjectRow } from './object-row';
import {
  activeSelection,
  applyPageSelection,
  checkedRows,
  describeNarrowing,
  describeSelection,
  EMPTY_SELECTION,
  planSelectionExport,
  removeFromSelection,
  selectAllMatching,
  selectionSize,
  selectionTarget,
} from './selection';

const row = (id: string, namespaces = ['default']) =>
  toObjectRow({ type: 'dashboard', id, namespaces, attributes: { title: id }, references: [] } satisfies SavedObject, 'default');
const page1 = [row('a'), row('b'), row('c')];
const page2 = [row('d'), row('e')];
const query = { type: ['dashboard'], search: 'web*' };

describe('selection', () => {
  it('survives paging: each page only changes its own rows', () => {
    let selection = applyPageSelection(EMPTY_SELECTION, page1, [page1[0], page1[2]]);
    selection = applyPageSelection(selection, page2, [page2[1]]);
    expect([...selection.objects.keys()]).toEqual(['dashboard:a', 'dashboard:c', 'dashboard:e']);
    expect(checkedRows(selection, page1).map((r) => r.id)).toEqual(['a', 'c']);
    selection = applyPageSelection(selection, page1, [page1[2]]);
    expect([...selection.objects.keys()]).toEqual(['dashboard:c', 'dashboard:e']);
    expect(describeSelection(selection)).toBe('2 selected');
    expect(selectionTarget(selection)).toEqual({ objects: [{ type: 'dashboard', id: 'c' }, { type: 'dashboard', id: 'e' }] });
    expect(removeFromSelection(selection, 'dashboard:c').objects.size).toBe(1);
  });

  it('selects every match of a search and drops that when the search changes', () => {
    const all = selectAllMatching(query, 1234);
    expect(describeSelection(all)).toBe('All 1,234 matching selected');
    expect(selectionSize(all)).toBe(1234);
    expect(checkedRows(all, page2)).toEqual(page2);
    expect(selectionTarget(all)).toEqual({ query });
    expect(activeSelection(all, query)).toBe(all);
    expect(activeSelection(all, { type: ['dashboard'] }).allMatching).toBeNull();
    // Unchecking one row leaves "all matching" for the rows still checked on this page.
    const narrowed = applyPageSelection(all, page1, [page1[0], page1[1]]);
    expect(narrowed.allMatching).toBeNull();
    expect([...narrowed.objects.keys()]).toEqual(['dashboard:a', 'dashboard:b']);
    // … and says so, rather than silently showing "2 selected".
    expect(describeNarrowing(narrowed)).toBe(
      'Unticking a row ended the selection of all 1,234 matching: only the 2 rows still ticked on this page stay selected.',
    );
    expect(describeNarrowing(applyPageSelection(narrowed, page2, [page2[0]]))).toBeNull();
    expect(describeNarrowing(all)).toBeNull();
    expect(describeSelection(EMPTY_SELECTION)).toBe('');
    expect(selectionTarget(EMPTY_SELECTION)).toBeNull();
  });

  it('plans an export from one space', () => {
    const selection = applyPageSelection(EMPTY_SELECTION, page1, page1);
    expect(planSelectionExport(selection, 'default')).toEqual({
      space: 'default',
      request: { objects: page1.map(({ type, id }) => ({ type, id })) },
    });
    const elsewhere = applyPageSelection(EMPTY_SELECTION, [row('m', ['marketing'])], [row('m', ['marketing'])]);
    expect(planSelectionExport(elsewhere, 'default')).toMatchObject({ space: 'marketing' });
    const mixed = applyPageSelection(elsewhere, page1, [page1[0]]);
    expect(planSelectionExport(mixed, 'default')).toEqual({ disabledReason: expect.stringMatching(/one space at a time/) });
    expect(planSelectionExport(selectAllMatching(query, 40), 'sales')).toEqual({ space: 'sales', request: { type: ['dashboard'], search: 'web*' } });
    expect(planSelectionExport(selectAllMatching({ ...query, namespaces: ['*'] }, 40), 'sales')).toHaveProperty('disabledReason');
    expect(planSelectionExport(selectAllMatching(query, 10_001), 'sales')).toEqual({ disabledReason: expect.stringMatching(/at most 10,000/) });
    expect(planSelectionExport(EMPTY_SELECTION, 'sales')).toHaveProperty('disabledReason');
  });
});
