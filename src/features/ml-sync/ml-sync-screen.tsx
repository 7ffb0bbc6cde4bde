import { EuiButton, EuiCallOut, EuiEmptyPrompt, EuiFlexGroup, EuiFlexItem, EuiLoadingSpinner, EuiSpacer, EuiText } from '@elastic/eui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { isResultUnknown } from '../../api/client';
import { mlSyncQueries, useRunMlSync } from '../../api/ml-sync';
import { ConfirmSyncModal } from './confirm-sync-modal';
import { describeSyncError } from './describe-sync-error';
import { PreviewExport } from './preview-export-buttons';
import { PreviewSection } from './preview-section';
import { RunResults, type CompletedRun } from './run-results';
import { SpaceChoice } from './space-choice';
import { addSyncHistory, syncHistoryQuery } from './sync-history';
import { SyncHistoryTable } from './sync-history-table';
import { buildPreview, countByCategory, SYNC_CATEGORIES, type PreviewRow } from './sync-preview';
import { buildResults } from './sync-results';
import { useSpaceNames } from './use-space-names';

export function MlSyncScreen({ space }: { space: string }) {
  const names = useSpaceNames();
  const spaceName = names.nameOf(space);
  const queryClient = useQueryClient();
  const [addToAllSpaces, setAddToAllSpaces] = useState(true);
  const [isConfirming, setConfirming] = useState(false);
  const [lastRun, setLastRun] = useState<CompletedRun>();
  const preview = useQuery(mlSyncQueries.preview(space));
  const objects = useQuery(mlSyncQueries.savedObjects(space));
  const run = useRunMlSync();

  const rows = useMemo(
    () => (preview.data ? buildPreview(preview.data, objects.data ?? [], { space, addToAllSpaces }) : undefined),
    [preview.data, objects.data, space, addToAllSpaces],
  );
  const checkedAt = new Date(preview.dataUpdatedAt);
  const isChecking = preview.isFetching || objects.isFetching;
  // A preview older than the last run may list what the run already did.
  const isPreviewOlderThanRun = preview.dataUpdatedAt < run.submittedAt;

  const refresh = () => void Promise.all([preview.refetch(), objects.refetch()]);

  const startRun = (planned: readonly PreviewRow[]) => {
    setConfirming(false);
    setLastRun(undefined);
    const entry = { at: new Date().toISOString(), space, addToAllSpaces, planned: countByCategory(planned) };
    const record = (outcome: Parameters<typeof addSyncHistory>[0]) =>
      void addSyncHistory(outcome).then(() => queryClient.invalidateQueries({ queryKey: syncHistoryQuery.queryKey }));
    run.mutate(
      { space, addToAllSpaces },
      {
        onSuccess: (answer) => {
          const results = buildResults(answer, planned, names.nameOf);
          setLastRun({ at: new Date(entry.at), spaceName, addToAllSpaces, rows: results });
          record({ ...entry, outcome: 'completed', failedItems: results.filter((r) => r.status === 'failed').length });
        },
        onError: (error) =>
          record({ ...entry, outcome: isResultUnknown(error) ? 'unknown' : 'failed', failedItems: 0, problem: error.message }),
      },
    );
  };

  const runProblem = run.error ? describeSyncError(run.error, spaceName) : undefined;
  const previewProblem = preview.error ? describeSyncError(preview.error, spaceName) : undefined;

  return (
    <>
      <SpaceChoice space={space} addToAllSpaces={addToAllSpaces} onChange={setAddToAllSpaces} names={names} />
      <EuiSpacer size="m" />

      {run.isPending ? (
        <EuiCallOut title={`Synchronising from ${spaceName}…`} iconType="refresh" role="status">
          <p>Kibana is repairing the saved objects; the preview is checked again as soon as it answers.</p>
        </EuiCallOut>
      ) : null}
      {runProblem ? (
        <EuiCallOut title={runProblem.title} color={isResultUnknown(run.error) ? 'warning' : 'danger'} iconType="warning" role="alert">
          <p>{runProblem.text}</p>
          {runProblem.retryable && !isResultUnknown(run.error) ? <p>The preview below was checked again after the failure.</p> : null}
        </EuiCallOut>
      ) : null}
      {lastRun ? <RunResults run={lastRun} /> : null}
      {run.isPending || runProblem || lastRun ? <EuiSpacer size="m" /> : null}

      {preview.isPending ? (
        <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} role="status">
          <EuiFlexItem grow={false}>
            <EuiLoadingSpinner size="m" />
          </EuiFlexItem>
          <EuiFlexItem>Checking what is out of sync in {spaceName}…</EuiFlexItem>
        </EuiFlexGroup>
      ) : null}

      {previewProblem ? (
        <EuiCallOut title={previewProblem.title} color="danger" iconType="warning" role="alert">
          <p>{previewProblem.text}</p>
          {preview.data ? <p>Showing the check from {checkedAt.toLocaleTimeString()}.</p> : null}
          <EuiButton size="s" color="danger" iconType="refresh" onClick={refresh} isLoading={isChecking}>
            Check again
          </EuiButton>
        </EuiCallOut>
      ) : null}
      {objects.error && preview.data ? (
        <EuiCallOut title="Could not read where the ML saved objects live" color="warning" iconType="warning" size="s">
          <p>{describeSyncError(objects.error, spaceName).text} The sections below show no spaces until this works.</p>
        </EuiCallOut>
      ) : null}

      {rows && rows.length === 0 ? (
        <EuiEmptyPrompt
          iconType="checkCircleFill"
          color="success"
          title={<h2>Everything is in sync</h2>}
          body={
            <p>
              {lastRun ? 'Checked again after the run: nothing is left to repair. ' : ''}
              Checked from {spaceName} at {checkedAt.toLocaleTimeString()}: every job and trained model has its saved object, and every
              saved object its job or model.
            </p>
          }
          actions={
            <EuiButton iconType="refresh" onClick={refresh} isLoading={isChecking}>
              Check again
            </EuiButton>
          }
        />
      ) : null}

      {rows && rows.length > 0 ? (
        <>
          <EuiFlexGroup alignItems="center" gutterSize="s" wrap responsive={false}>
            <EuiFlexItem grow>
              <EuiText size="s">
                <p>
                  {lastRun || runProblem ? <strong>Still out of sync after the run: </strong> : null}
                  {rows.length === 1 ? '1 item' : `${rows.length} items`} out of sync, checked from {spaceName} at{' '}
                  {checkedAt.toLocaleTimeString()}.
                </p>
              </EuiText>
            </EuiFlexItem>
            <EuiFlexItem grow={false}>
              <EuiButton size="s" iconType="refresh" onClick={refresh} isLoading={isChecking}>
                Check again
              </EuiButton>
            </EuiFlexItem>
            <EuiFlexItem grow={false}>
              <PreviewExport rows={rows} context={{ space, checkedAt, addToAllSpaces }} />
            </EuiFlexItem>
            <EuiFlexItem grow={false}>
              <EuiButton
                size="s"
                fill
                iconType="refresh"
                onClick={() => setConfirming(true)}
                isDisabled={run.isPending || isChecking || isPreviewOlderThanRun}
                title={isPreviewOlderThanRun ? 'Check again first: this preview is older than the last run, which may have done some of it.' : undefined}
              >
                {runProblem?.retryable ? 'Synchronise again…' : 'Synchronise…'}
              </EuiButton>
            </EuiFlexItem>
          </EuiFlexGroup>
          <EuiSpacer size="m" />
          {SYNC_CATEGORIES.map((category) => (
            <div key={category}>
              <PreviewSection category={category} rows={rows.filter((row) => row.category === category)} space={space} names={names} />
              <EuiSpacer size="m" />
            </div>
          ))}
        </>
      ) : null}

      {isConfirming && rows ? (
        <ConfirmSyncModal rows={rows} spaceName={spaceName} addToAllSpaces={addToAllSpaces} onCancel={() => setConfirming(false)} onConfirm={() => startRun(rows)} />
      ) : null}

      <EuiSpacer size="l" />
      <SyncHistoryTable names={names} />
    </>
  );
}
