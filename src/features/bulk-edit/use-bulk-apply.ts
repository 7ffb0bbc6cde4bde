// Runs an apply from the screen: before-images first (IndexedDB), then the chunked, version-guarded writes,
// progress as chunks answer, Cancel between chunks, and the outcomes recorded in the history entry.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { isResultUnknown } from '../../api/client';
import { bulkGetSavedObjects, bulkUpdateSavedObjects, savedObjectQueries } from '../../api/saved-objects';
import { applyPlans, countOutcomes, type ApplyDeps, type Outcome, type OutcomeCounts } from './engine/apply';
import type { Edit } from './engine/edits';
import { loadEntry, newEntry, recordOutcomes, saveEntry } from './engine/history';
import type { ObjectPlan } from './engine/plan';
import { describeEdits } from './describe-edit';

export const kibanaApplyDeps: ApplyDeps = { bulkUpdate: bulkUpdateSavedObjects, bulkGet: bulkGetSavedObjects, isResultUnknown };

export const HISTORY_KEY = ['bulk-edit-history'] as const;

export interface RunResult {
  entryId: string;
  plans: readonly ObjectPlan[];
  outcomes: Map<string, Outcome>;
  stoppedBecause?: string;
}

export function useBulkApply(spaceId: string) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<OutcomeCounts | null>(null);
  const cancelled = useRef(false);

  /** `entryId` given: a retry of some objects of an earlier run, recorded in the same history entry. */
  const run = useCallback(
    async (plans: readonly ObjectPlan[], edits: Edit[], entryId?: string): Promise<RunResult> => {
      const toWrite = plans.filter((plan) => plan.status === 'change');
      cancelled.current = false;
      setProgress(countOutcomes(toWrite.length, new Map()));
      let entry = entryId ? await loadEntry(entryId) : undefined;
      if (!entry) {
        entry = newEntry(spaceId, describeEdits(edits), edits, toWrite);
        try {
          await saveEntry(entry);
        } catch (error) {
          setProgress(null);
          throw new Error(`The before-images could not be kept in this browser (${(error as Error).message}), so nothing was sent: without them the edit could not be undone.`, { cause: error });
        }
      }
      try {
        const result = await applyPlans(kibanaApplyDeps, toWrite, {
          space: spaceId,
          isCancelled: () => cancelled.current,
          onProgress: (outcomes) => setProgress(countOutcomes(toWrite.length, outcomes)),
        });
        await saveEntry(recordOutcomes(entry, result.outcomes));
        return { entryId: entry.id, plans: toWrite, ...result };
      } finally {
        setProgress(null);
        void queryClient.invalidateQueries({ queryKey: savedObjectQueries.all() });
        void queryClient.invalidateQueries({ queryKey: HISTORY_KEY });
      }
    },
    [spaceId, queryClient],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);

  return { run, progress, cancel };
}
