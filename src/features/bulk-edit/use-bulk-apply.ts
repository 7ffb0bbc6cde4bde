// Runs an apply from the screen: before-images first (IndexedDB), then the chunked, version-guarded writes,
// progress as chunks answer, Cancel between chunks, and the outcomes recorded in the history entry.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
import { isResultUnknown } from '../../api/client';
import { bulkGetSavedObjects, bulkUpdateSavedObjects, savedObjectQueries } from '../../api/saved-objects';
import { applyPlans, countOutcomes, type ApplyDeps, type Outcome, type OutcomeCounts } from './engine/apply';
import type { Edit } from './engine/edits';
import { loadEntry, newEntry, recordOutcomes, saveEntry } from './engine/history';
import type { ObjectPlan } from './engine/plan';
import { describeEdits } from './describe-edit';

export const kibanaApplyDeps: ApplyDeps = { bulkUpdate: bulkUpdateSavedObjects, bulkGet: bulkGetSavedObjects, isResultUnknown };

export const HISTORY_KEY = ['bulk-edit-history'] as const;

/** Progress is shown at most this often: a re-render per answered chunk costs the page more than it tells. */
const PROGRESS_INTERVAL_MS = 250;

/** Resolves once the next frame is painted; in a tab that paints nothing (hidden), after at most a second. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 1000);
    // A task queued from a frame's callback runs after that frame is painted.
    requestAnimationFrame(() => setTimeout(() => {
      clearTimeout(fallback);
      resolve();
    }, 0));
  });
}

/**
 * The latest counts of the run, outside React state: a tick re-renders only the progress panel that reads
 * them (useApplyProgress), not the screen around it with its 10,000 plans.
 */
export class ProgressStore {
  private counts: OutcomeCounts | null = null;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly get = () => this.counts;

  set(counts: OutcomeCounts | null) {
    this.counts = counts;
    for (const listener of this.listeners) listener();
  }
}

export function useApplyProgress(store: ProgressStore): OutcomeCounts | null {
  return useSyncExternalStore(store.subscribe, store.get);
}

export interface RunResult {
  entryId: string;
  plans: readonly ObjectPlan[];
  outcomes: Map<string, Outcome>;
  stoppedBecause?: string;
  /** Settles when the outcomes are recorded in the history entry (rejects when they could not be). */
  recorded: Promise<void>;
}

export function useBulkApply(spaceId: string) {
  const queryClient = useQueryClient();
  const [progress] = useState(() => new ProgressStore());
  const [running, setRunning] = useState(false);
  const cancelled = useRef(false);
  // The last run's recording of its outcomes: a retry reads the entry only after it.
  const lastRecorded = useRef<Promise<void>>(Promise.resolve());

  /** `entryId` given: a retry of some objects of an earlier run, recorded in the same history entry. */
  const run = useCallback(
    async (plans: readonly ObjectPlan[], edits: Edit[], entryId?: string): Promise<RunResult> => {
      const toWrite = plans.filter((plan) => plan.status === 'change');
      cancelled.current = false;
      setRunning(true);
      progress.set(countOutcomes(toWrite.length, new Map()));
      if (entryId) await lastRecorded.current.catch(() => undefined);
      let entry = entryId ? await loadEntry(entryId) : undefined;
      if (!entry) {
        entry = newEntry(spaceId, describeEdits(edits), edits, toWrite);
        try {
          await saveEntry(entry);
        } catch (error) {
          setRunning(false);
          progress.set(null);
          throw new Error(`The before-images could not be kept in this browser (${(error as Error).message}), so nothing was sent: without them the edit could not be undone.`, { cause: error });
        }
      }
      // Throttled, never dropped: the latest counts are shown at most PROGRESS_INTERVAL_MS after they change.
      let shownAt = 0;
      let pending: ReturnType<typeof setTimeout> | undefined;
      let latest: ReadonlyMap<string, Outcome> = new Map();
      const showProgress = () => {
        pending = undefined;
        shownAt = performance.now();
        progress.set(countOutcomes(toWrite.length, latest));
      };
      try {
        const result = await applyPlans(kibanaApplyDeps, toWrite, {
          space: spaceId,
          isCancelled: () => cancelled.current,
          onProgress: (outcomes) => {
            latest = outcomes;
            pending ??= setTimeout(showProgress, Math.max(0, shownAt + PROGRESS_INTERVAL_MS - performance.now()));
          },
        });
        // The report does not wait for the outcomes to be recorded: until they are, the entry says `pending`,
        // which undo treats as "re-read to find out", so it stays safe either way. A retry reads the entry only
        // once this write is done (lastRecorded). Started once the report is painted: its copy of the 10,000
        // before-images would hold up the report.
        const written = entry;
        const recorded = afterNextPaint()
          .then(() => saveEntry(recordOutcomes(written, result.outcomes)))
          .finally(() => void queryClient.invalidateQueries({ queryKey: HISTORY_KEY }));
        lastRecorded.current = recorded;
        return { entryId: entry.id, plans: toWrite, ...result, recorded };
      } finally {
        clearTimeout(pending);
        setRunning(false);
        progress.set(null);
        // Marked stale, not re-read now: the screen re-reads its selection when the admin starts another edit
        // (a 10,000-object read the report does not need); other screens re-read theirs when they open.
        void queryClient.invalidateQueries({ queryKey: savedObjectQueries.all(), refetchType: 'none' });
      }
    },
    [spaceId, queryClient, progress],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);

  return { run, running, progress, cancel };
}
