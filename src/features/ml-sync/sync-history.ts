// A history of sync runs kept in this browser's IndexedDB: when, from which space, with which choice, what
// was planned and what failed. Browsers without IndexedDB (some private windows) simply keep no history.
import { get, update } from 'idb-keyval';
import type { SyncCategory } from './sync-preview';

export interface SyncHistoryEntry {
  /** ISO time the run was sent. */
  at: string;
  space: string;
  addToAllSpaces: boolean;
  /** What the preview planned, per section. */
  planned: Record<SyncCategory, number>;
  /** completed: Kibana answered; unknown: the answer was lost; failed: Kibana refused or failed the whole run. */
  outcome: 'completed' | 'unknown' | 'failed';
  failedItems: number;
  /** Kibana's message when the whole run failed. */
  problem?: string;
}

const KEY = 'saved-objects-console:ml-sync-history';
const MAX_ENTRIES = 100;

export async function readSyncHistory(): Promise<SyncHistoryEntry[]> {
  try {
    return (await get<SyncHistoryEntry[]>(KEY)) ?? [];
  } catch {
    return [];
  }
}

/** Newest first, the oldest dropped beyond MAX_ENTRIES. */
export async function addSyncHistory(entry: SyncHistoryEntry): Promise<void> {
  try {
    await update<SyncHistoryEntry[]>(KEY, (entries = []) => [entry, ...entries].slice(0, MAX_ENTRIES));
  } catch {
    // No IndexedDB here: the run itself is unaffected.
  }
}

export const syncHistoryQuery = {
  queryKey: ['ml-sync-history'] as const,
  queryFn: readSyncHistory,
};
