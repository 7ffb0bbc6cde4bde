// What happened to each object of a run, with the ways forward: retry what failed (still version-guarded),
// re-preview the conflicts (re-read, diff recomputed), undo.
import {
  EuiBasicTable,
  EuiButton,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiHealth,
  EuiSpacer,
  EuiText,
  type CriteriaWithPagination,
  type EuiBasicTableColumn,
} from '@elastic/eui';
import { useMemo, useState } from 'react';
import type { Outcome, OutcomeStatus } from './engine/apply';
import type { ObjectPlan } from './engine/plan';

const LOOK: Record<OutcomeStatus, { color: string; label: string }> = {
  updated: { color: 'success', label: 'Updated' },
  conflict: { color: 'warning', label: 'Conflict' },
  'not-found': { color: 'danger', label: 'Not found' },
  failed: { color: 'danger', label: 'Failed' },
  'not-written': { color: 'danger', label: 'Not written' },
  unknown: { color: 'warning', label: 'Unknown' },
  'not-sent': { color: 'subdued', label: 'Not sent' },
};

export const RETRYABLE: readonly OutcomeStatus[] = ['failed', 'not-written', 'not-sent'];

interface Row {
  plan: ObjectPlan;
  outcome: Outcome;
}

interface ReportTableProps {
  plans: readonly ObjectPlan[];
  outcomes: ReadonlyMap<string, Outcome>;
  stoppedBecause?: string;
  busy: boolean;
  onRetryFailed: () => void;
  onRepreviewConflicts: () => void;
}

export function ReportTable({ plans, outcomes, stoppedBecause, busy, onRetryFailed, onRepreviewConflicts }: ReportTableProps) {
  const rows = useMemo(() => plans.flatMap((plan): Row[] => {
    const outcome = outcomes.get(plan.key);
    return outcome ? [{ plan, outcome }] : [];
  }), [plans, outcomes]);
  const counts = useMemo(() => {
    const result: Partial<Record<OutcomeStatus, number>> = {};
    for (const { outcome } of rows) result[outcome.status] = (result[outcome.status] ?? 0) + 1;
    return result;
  }, [rows]);
  const [page, setPage] = useState({ index: 0, size: 20 });
  const retryable = RETRYABLE.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  const conflicts = (counts.conflict ?? 0) + (counts.unknown ?? 0);

  const columns: EuiBasicTableColumn<Row>[] = [
    { name: 'Result', width: '140px', render: ({ outcome }: Row) => <EuiHealth color={LOOK[outcome.status].color}>{LOOK[outcome.status].label}</EuiHealth> },
    { name: 'Title', render: ({ plan }: Row) => plan.title },
    { name: 'Type', width: '130px', render: ({ plan }: Row) => plan.type },
    { name: 'Space', width: '130px', render: ({ plan }: Row) => plan.space },
    { name: 'Details', render: ({ outcome }: Row) => outcome.message ?? '' },
  ];

  const summary = (Object.keys(LOOK) as OutcomeStatus[]).filter((status) => counts[status]).map((status) => `${LOOK[status].label}: ${counts[status]}`).join(' · ');
  return (
    <>
      {stoppedBecause ? (
        <>
          <EuiCallOut color="warning" iconType="warning" title="The run stopped before the end">
            <p>{stoppedBecause}</p>
            <p>Nothing is resent automatically. Check the results below before retrying.</p>
          </EuiCallOut>
          <EuiSpacer size="m" />
        </>
      ) : null}
      <EuiFlexGroup alignItems="center" justifyContent="spaceBetween" wrap>
        <EuiFlexItem grow={false}>
          <EuiText size="s" role="status">{summary || 'Nothing was sent.'}</EuiText>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiFlexGroup gutterSize="s" responsive={false}>
            <EuiFlexItem grow={false}>
              <EuiButton size="s" iconType="refresh" isDisabled={busy || retryable === 0} onClick={onRetryFailed}>{`Retry failed (${retryable})`}</EuiButton>
            </EuiFlexItem>
            <EuiFlexItem grow={false}>
              <EuiButton size="s" iconType="inspect" isDisabled={busy || conflicts === 0} onClick={onRepreviewConflicts}>{`Re-preview conflicts (${conflicts})`}</EuiButton>
            </EuiFlexItem>
          </EuiFlexGroup>
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="s" />
      <EuiBasicTable<Row>
        tableCaption="Result of the bulk edit"
        items={rows.slice(page.index * page.size, (page.index + 1) * page.size)}
        itemId={(row) => row.plan.key}
        columns={columns}
        pagination={{ pageIndex: page.index, pageSize: page.size, totalItemCount: rows.length, pageSizeOptions: [20, 50, 100] }}
        onChange={({ page: next }: CriteriaWithPagination<Row>) => setPage({ index: next.index, size: next.size })}
      />
    </>
  );
}
