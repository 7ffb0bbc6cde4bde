// Past bulk edits kept in this browser: when, what, counts, undo state; undo and export per entry.
import { EuiBasicTable, EuiButtonEmpty, EuiCallOut, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText, EuiTitle, type EuiBasicTableColumn } from '@elastic/eui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { memo, useState } from 'react';
import { RelativeTimeText } from '../../components/relative-time-text';
import { listEntries, loadEntry, saveEntry, undoEntry, type HistoryEntry, type HistorySummary, type UndoReport } from './engine/history';
import { HISTORY_KEY, kibanaApplyDeps } from './use-bulk-apply';

function countsText(entry: HistorySummary): string {
  const counts = entry.counts ?? {};
  const parts = Object.entries(counts).map(([status, n]) => `${status.replace('-', ' ')} ${n}`);
  return parts.length ? parts.join(', ') : `${entry.objectCount} to change (no result recorded)`;
}

function undoText(report: UndoReport | undefined): string {
  if (!report) return 'Not undone';
  const parts = [`Restored ${report.restored}`];
  if (report.changedSince.length) parts.push(`${report.changedSince.length} changed since (not overwritten)`);
  if (report.failed.length) parts.push(`${report.failed.length} failed`);
  return parts.join(', ');
}

function exportEntry(entry: HistoryEntry) {
  const blob = new Blob([JSON.stringify(entry, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `bulk-edit-${entry.createdAt.replace(/[:.]/g, '-')}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Memoised: it takes no props, so the apply's progress updates do not re-render the history table. */
export const HistoryPanel = memo(function HistoryPanel() {
  const queryClient = useQueryClient();
  const history = useQuery({ queryKey: HISTORY_KEY, queryFn: listEntries });
  const [undoing, setUndoing] = useState<string | null>(null);
  const [now] = useState(() => Date.now());
  const [lastUndo, setLastUndo] = useState<{ entry: HistorySummary; report?: UndoReport; error?: string } | null>(null);
  const [exportProblem, setExportProblem] = useState<string | null>(null);

  // The list holds summaries; undo and export read the whole entry, before-images included.
  const loadWhole = async (summary: HistorySummary): Promise<HistoryEntry> => {
    const entry = await loadEntry(summary.id);
    if (!entry) throw new Error('Its before-images are no longer kept in this browser.');
    return entry;
  };

  const exportSummary = async (summary: HistorySummary) => {
    setExportProblem(null);
    try {
      exportEntry(await loadWhole(summary));
    } catch (error) {
      setExportProblem(`“${summary.description}” could not be exported: ${(error as Error).message}`);
    }
  };

  const undo = async (entry: HistorySummary) => {
    setUndoing(entry.id);
    try {
      const whole = await loadWhole(entry);
      const report = await undoEntry(kibanaApplyDeps, whole);
      await saveEntry({ ...whole, undo: report });
      setLastUndo({ entry, report });
    } catch (error) {
      setLastUndo({ entry, error: (error as Error).message });
    } finally {
      setUndoing(null);
      void queryClient.invalidateQueries({ queryKey: HISTORY_KEY });
      void queryClient.invalidateQueries({ queryKey: ['saved-objects'] });
    }
  };

  const columns: EuiBasicTableColumn<HistorySummary>[] = [
    { field: 'createdAt', name: 'When', width: '160px', render: (at: string) => <RelativeTimeText iso={at} now={now} /> },
    { field: 'description', name: 'Edit' },
    { field: 'space', name: 'Space', width: '110px' },
    { name: 'Result', render: (entry: HistorySummary) => countsText(entry) },
    { name: 'Undo', render: (entry: HistorySummary) => undoText(entry.undo) },
    {
      name: 'Actions',
      width: '200px',
      render: (entry: HistorySummary) => (
        <EuiFlexGroup gutterSize="xs" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty size="xs" iconType="editorUndo" isLoading={undoing === entry.id} isDisabled={undoing !== null} onClick={() => void undo(entry)} aria-label={`Undo “${entry.description}”`}>
              Undo
            </EuiButtonEmpty>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty size="xs" iconType="exportAction" onClick={() => void exportSummary(entry)} aria-label={`Export “${entry.description}” as JSON`}>
              Export
            </EuiButtonEmpty>
          </EuiFlexItem>
        </EuiFlexGroup>
      ),
    },
  ];

  return (
    <section aria-labelledby="bulk-edit-history">
      <EuiTitle size="s">
        <h2 id="bulk-edit-history">History</h2>
      </EuiTitle>
      <EuiText size="s" color="subdued">
        <p>Bulk edits made from this browser, with the before-image of every object they changed.</p>
      </EuiText>
      <EuiSpacer size="s" />
      {lastUndo ? (
        <>
          {lastUndo.error ? (
            <EuiCallOut color="danger" iconType="error" title={`Undo of “${lastUndo.entry.description}” failed`}>
              <p>{lastUndo.error}</p>
            </EuiCallOut>
          ) : (
            <EuiCallOut color={lastUndo.report?.changedSince.length || lastUndo.report?.failed.length ? 'warning' : 'success'} iconType="editorUndo" title={`Undo of “${lastUndo.entry.description}”: ${undoText(lastUndo.report)}`}>
              {lastUndo.report?.changedSince.length || lastUndo.report?.failed.length ? (
                <ul>
                  {[...(lastUndo.report?.changedSince ?? []), ...(lastUndo.report?.failed ?? [])].map((item) => (
                    <li key={item.key}>{`${item.title} (${item.key}): ${item.reason}`}</li>
                  ))}
                </ul>
              ) : null}
            </EuiCallOut>
          )}
          <EuiSpacer size="s" />
        </>
      ) : null}
      {exportProblem ? (
        <>
          <EuiCallOut color="danger" iconType="error" title={exportProblem} />
          <EuiSpacer size="s" />
        </>
      ) : null}
      <EuiBasicTable<HistorySummary>
        tableCaption="Past bulk edits"
        items={history.data ?? []}
        itemId="id"
        columns={columns}
        loading={history.isLoading}
        noItemsMessage={history.isError ? `The history could not be read: ${(history.error as Error).message}` : 'No bulk edits yet.'}
      />
    </section>
  );
});
