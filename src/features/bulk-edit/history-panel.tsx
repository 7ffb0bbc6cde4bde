// Past bulk edits kept in this browser: when, what, counts, undo state; undo and export per entry.
import { EuiBasicTable, EuiButtonEmpty, EuiCallOut, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText, EuiTitle, type EuiBasicTableColumn } from '@elastic/eui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RelativeTimeText } from '../../components/relative-time-text';
import { listEntries, saveEntry, undoEntry, type HistoryEntry, type UndoReport } from './engine/history';
import { HISTORY_KEY, kibanaApplyDeps } from './use-bulk-apply';

function countsText(entry: HistoryEntry): string {
  const counts = entry.counts ?? {};
  const parts = Object.entries(counts).map(([status, n]) => `${status.replace('-', ' ')} ${n}`);
  return parts.length ? parts.join(', ') : `${entry.objects.length} to change (no result recorded)`;
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

export function HistoryPanel() {
  const queryClient = useQueryClient();
  const history = useQuery({ queryKey: HISTORY_KEY, queryFn: listEntries });
  const [undoing, setUndoing] = useState<string | null>(null);
  const [now] = useState(() => Date.now());
  const [lastUndo, setLastUndo] = useState<{ entry: HistoryEntry; report?: UndoReport; error?: string } | null>(null);

  const undo = async (entry: HistoryEntry) => {
    setUndoing(entry.id);
    try {
      const report = await undoEntry(kibanaApplyDeps, entry);
      await saveEntry({ ...entry, undo: report });
      setLastUndo({ entry, report });
    } catch (error) {
      setLastUndo({ entry, error: (error as Error).message });
    } finally {
      setUndoing(null);
      void queryClient.invalidateQueries({ queryKey: HISTORY_KEY });
      void queryClient.invalidateQueries({ queryKey: ['saved-objects'] });
    }
  };

  const columns: EuiBasicTableColumn<HistoryEntry>[] = [
    { field: 'createdAt', name: 'When', width: '160px', render: (at: string) => <RelativeTimeText iso={at} now={now} /> },
    { field: 'description', name: 'Edit' },
    { field: 'space', name: 'Space', width: '110px' },
    { name: 'Result', render: (entry: HistoryEntry) => countsText(entry) },
    { name: 'Undo', render: (entry: HistoryEntry) => undoText(entry.undo) },
    {
      name: 'Actions',
      width: '200px',
      render: (entry: HistoryEntry) => (
        <EuiFlexGroup gutterSize="xs" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty size="xs" iconType="editorUndo" isLoading={undoing === entry.id} isDisabled={undoing !== null} onClick={() => void undo(entry)} aria-label={`Undo “${entry.description}”`}>
              Undo
            </EuiButtonEmpty>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty size="xs" iconType="exportAction" onClick={() => exportEntry(entry)} aria-label={`Export “${entry.description}” as JSON`}>
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
      <EuiBasicTable<HistoryEntry>
        tableCaption="Past bulk edits"
        items={history.data ?? []}
        itemId="id"
        columns={columns}
        loading={history.isLoading}
        noItemsMessage={history.isError ? `The history could not be read: ${(history.error as Error).message}` : 'No bulk edits yet.'}
      />
    </section>
  );
}
