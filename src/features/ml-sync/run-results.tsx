import { EuiBadge, EuiBasicTable, EuiPanel, EuiSpacer, EuiText, EuiTitle, type EuiBasicTableColumn } from '@elastic/eui';
import { useId } from 'react';
import { CATEGORY_TITLES, kindLabel, type SyncCategory } from './sync-preview';
import type { ResultRow } from './sync-results';
import { InlineCode } from '../../components/inline-code';

export interface CompletedRun {
  at: Date;
  spaceName: string;
  addToAllSpaces: boolean;
  rows: ResultRow[];
}

const columns: EuiBasicTableColumn<ResultRow>[] = [
  {
    field: 'status',
    name: 'Result',
    width: '90px',
    render: (status: ResultRow['status']) => <EuiBadge color={status === 'done' ? 'success' : 'danger'}>{status === 'done' ? 'Done' : 'Failed'}</EuiBadge>,
  },
  { field: 'category', name: 'Repair', render: (category: SyncCategory) => CATEGORY_TITLES[category] },
  { field: 'kind', name: 'Kind', render: (kind: string) => kindLabel(kind) },
  { field: 'id', name: 'Id', render: (id: string) => <InlineCode transparentBackground>{id}</InlineCode> },
  {
    field: 'message',
    name: 'Kibana’s message',
    width: '28em',
    render: (message: string | undefined, row: ResultRow) =>
      message ? (
        <EuiText size="s">
          <p>{message}</p>
          {row.advice ? <p>{row.advice}</p> : null}
        </EuiText>
      ) : (
        '—'
      ),
  },
];

/** Every repair Kibana attempted in the last run, done or failed with Kibana's message. */
export function RunResults({ run }: { run: CompletedRun }) {
  const headingId = useId();
  const failed = run.rows.filter((row) => row.status === 'failed').length;
  const done = run.rows.length - failed;
  // Failures first: they are what the admin has to act on.
  const rows = [...run.rows].sort((a, b) => Number(a.status === 'done') - Number(b.status === 'done'));
  return (
    <EuiPanel hasBorder paddingSize="m" role="region" aria-labelledby={headingId}>
      <EuiTitle size="xs">
        <h2 id={headingId}>Result of the sync</h2>
      </EuiTitle>
      <EuiText size="s">
        <p>
          Run from {run.spaceName} at {run.at.toLocaleTimeString()}, new saved objects to {run.addToAllSpaces ? 'all spaces' : run.spaceName}:{' '}
          <strong>
            {done} done, {failed} failed
          </strong>
          {run.rows.length === 0 ? ' — Kibana found nothing to repair.' : '.'}
        </p>
      </EuiText>
      {run.rows.length ? (
        <>
          <EuiSpacer size="s" />
          <EuiBasicTable<ResultRow> tableCaption="Result of each repair" items={rows} itemId="key" columns={columns} />
        </>
      ) : null}
    </EuiPanel>
  );
}
