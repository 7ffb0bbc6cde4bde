// Keeps the selection with the history entry it was made on, so that Back from the screens it was handed
// to (Copy to spaces, Bulk edit: see selection-link.ts) finds it again. The selection lives in React state,
// which those screens unmount; the router's entry key survives Back and Forward (and a reload), so the
// selection is written to sessionStorage under that key and read again when the entry is shown.
// Only the last few entries are kept; a new visit to the screen (a new entry) starts with nothing selected.
import type { ObjectRow } from './object-row';
import { EMPTY_SELECTION, type Selection } from './selection';

const STORAGE_KEY = 'saved-objects-console:objects-selection';
const KEPT_ENTRIES = 10;
/** The router's key for an entry it did not create (the one a page load lands on): shared, so never kept. */
export const UNKEYED_ENTRY = 'default';

interface StoredSelection {
  entry: string;
  objects: ObjectRow[];
  allMatching: Selection['allMatching'];
  narrowedFrom?: number;
}

function readAll(): StoredSelection[] {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as StoredSelection[]) : [];
  } catch {
    return [];
  }
}

export function loadSelection(entry: string): Selection {
  if (entry === UNKEYED_ENTRY) return EMPTY_SELECTION;
  const stored = readAll().find((item) => item.entry === entry);
  if (!stored || !Array.isArray(stored.objects)) return EMPTY_SELECTION;
  return {
    objects: new Map(stored.objects.map((row) => [row.key, row])),
    allMatching: stored.allMatching ?? null,
    ...(stored.narrowedFrom !== undefined ? { narrowedFrom: stored.narrowedFrom } : {}),
  };
}

export function saveSelection(entry: string, selection: Selection): void {
  if (entry === UNKEYED_ENTRY) return;
  const others = readAll().filter((item) => item.entry !== entry);
  const empty = selection.objects.size === 0 && !selection.allMatching;
  const next = empty
    ? others
    : [
        ...others,
        { entry, objects: [...selection.objects.values()], allMatching: selection.allMatching, narrowedFrom: selection.narrowedFrom },
      ].slice(-KEPT_ENTRIES);
  try {
    if (next.length) window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    else window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or disabled: the selection still works, it just does not survive leaving the screen.
  }
}
