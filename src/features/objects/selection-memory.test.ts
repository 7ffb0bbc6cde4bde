// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { SavedObject } from '../../contract/kibana';
import { toObjectRow } from './object-row';
import { applyPageSelection, EMPTY_SELECTION, selectAllMatching } from './selection';
import { loadSelection, saveSelection } from './selection-memory';

const row = (id: string) =>
  toObjectRow({ type: 'dashboard', id, namespaces: ['marketing'], attributes: { title: id }, references: [] } satisfies SavedObject, 'default');

afterEach(() => window.sessionStorage.clear());

describe('selection memory', () => {
  it('gives each history entry back its own selection', () => {
    const picked = applyPageSelection(EMPTY_SELECTION, [row('a'), row('b,@c')], [row('a'), row('b,@c')]);
    saveSelection('entry-1', picked);
    saveSelection('entry-2', selectAllMatching({ type: ['dashboard'], search: 'web*' }, 135));
    const restored = loadSelection('entry-1');
    expect([...restored.objects.values()]).toEqual([...picked.objects.values()]);
    expect(restored.allMatching).toBeNull();
    expect(loadSelection('entry-2').allMatching).toEqual({ query: { type: ['dashboard'], search: 'web*' }, total: 135 });
    // A new entry starts empty; clearing a selection forgets it.
    expect(loadSelection('entry-3')).toBe(EMPTY_SELECTION);
    saveSelection('entry-1', EMPTY_SELECTION);
    expect(loadSelection('entry-1')).toBe(EMPTY_SELECTION);
    // Every page load lands on an entry keyed "default": its selection is never kept.
    saveSelection('default', picked);
    expect(loadSelection('default')).toBe(EMPTY_SELECTION);
  });

  it('keeps only the last ten entries and survives unreadable storage', () => {
    for (let i = 0; i < 12; i++) saveSelection(`entry-${i}`, applyPageSelection(EMPTY_SELECTION, [row('a')], [row('a')]));
    expect(loadSelection('entry-1')).toBe(EMPTY_SELECTION);
    expect(loadSelection('entry-11').objects.size).toBe(1);
    window.sessionStorage.setItem('saved-objects-console:objects-selection', '{not json');
    expect(loadSelection('entry-11')).toBe(EMPTY_SELECTION);
  });
});
