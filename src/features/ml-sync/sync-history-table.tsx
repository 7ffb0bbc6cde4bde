import { EuiBadge, EuiBasicTable, EuiPanel, EuiText, EuiTitle, type EuiBasicTableColumn } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { syncHistoryQuery, type SyncHistoryEntry } from './sync-history';
import type { SpaceNames } from './use-space-names';

const OUTCOMES: Record<SyncHistoryEntry['outcome'], { label: string; color: string }> = {
  completed: { label: 'Completed', color: 'success' },
  unknown: { label: 'Answer lost', color: 'warning' },
  failed: { label: 'Failed', color: 'danger' },
};

/** Past runs from this browser. */
export function SyncHistoryTable({ names }: { names: SpaceNames }) {
  const headingId = useId();
  const { data: entries = [] } = useQuery(syncHistoryQuery);
  const columns: EuiBasicTableColumn<SyncHistoryEntry>[] = [
    { field: 'at', name: 'Time', render: (at: string) => new Date(at).toLocaleString() },
    { field: 'space', name: 'Space', render: (space: string) => names.nameOf(space) },
    { field: 'addToAllSpaces', name: 'New objects to', render: (all: boolean, entry: SyncHistoryEntry) => (all ? 'all spaces' : names.nameOf(entry.space)) },
    {
      field: 'planned',
      name: 'Planned',
      render: (p: SyncHistoryEntry['planned']) =>
        `${p.savedObjectsCreated} to create, ${p.savedObjectsDeleted} to delete, ${p.datafeedsAdded + p.datafeedsRemoved} datafeed ids`,
    },
    {
      field: 'failedItems',
      name: 'Failed items',
      // Only a run Kibana answered says which items failed.
      render: (failed: number, entry: SyncHistoryEntry) => (entry.outcome === 'completed' ? failed : '—'),
    },
    {
      field: 'outcome',
      name: 'Outcome',
      render: (outcome: SyncHistoryEntry['outcome'], entry: SyncHistoryEntry) => (
        <span title={entry.problem}>
          <EuiBadge color={OUTCOMES[outcome].color}>{OUTCOMES[outcome].label}</EuiBadge>
        </span>
      ),
    },
  ];
  return (
    <EuiPanel hasBorder paddingSize="m" role="region" aria-labelledby={headingId}>
      <EuiTitle size="xs">
        <h2 id={headingId}>Runs from this browser</h2>
      </EuiTitle>
      {entries.length ? (
        <EuiBasicTable<SyncHistoryEntry> tableCaption="Past ML sync runs" items={entries} columns={columns} />
      ) : (
        <EuiText size="s" color="subdued">
          <p>No sync has been run from this browser yet.</p>
        </EuiText>
      )}
    </EuiPanel>
  );
}
