// The preview: counts at the top, one row per object with its status, and its diff when opened. Paged, so
// 10,000 objects cost one page of rows; diffs are computed only for opened rows.
import {
  EuiBasicTable,
  EuiButtonGroup,
  EuiButtonIcon,
  EuiFlexGroup,
  EuiFlexItem,
  EuiSpacer,
  EuiStat,
  EuiText,
  type CriteriaWithPagination,
  type EuiBasicTableColumn,
} from '@elastic/eui';
import { useMemo, useState, type ReactNode } from 'react';
import type { ObjectPlan, PlanStatus } from './engine/plan';
import { DiffView } from './diff-view';
import { PlanStatusBadge } from './plan-status';

type Filter = 'all' | PlanStatus;

export function countPlans(plans: readonly ObjectPlan[]): Record<PlanStatus, number> {
  const counts = { change: 0, unchanged: 0, refused: 0 };
  for (const plan of plans) counts[plan.status] += 1;
  return counts;
}

export function PreviewTable({ plans, onEditJson }: { plans: readonly ObjectPlan[]; onEditJson: (plan: ObjectPlan) => void }) {
  const counts = useMemo(() => countPlans(plans), [plans]);
  const [filter, setFilter] = useState<Filter>(counts.change > 0 ? 'change' : 'all');
  const [page, setPage] = useState({ index: 0, size: 20 });
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const shown = useMemo(() => (filter === 'all' ? plans : plans.filter((plan) => plan.status === filter)), [plans, filter]);
  const rows = shown.slice(page.index * page.size, (page.index + 1) * page.size);

  const expanded: Record<string, ReactNode> = {};
  for (const plan of rows) {
    if (!open.has(plan.key)) continue;
    expanded[plan.key] = plan.status === 'refused' ? <EuiText size="s" color="danger">{plan.reason}</EuiText> : <DiffView title={plan.title} before={plan.before} after={plan.after} />;
  }
  const toggle = (key: string) => setOpen((current) => {
    const next = new Set(current);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    return next;
  });

  const columns: EuiBasicTableColumn<ObjectPlan>[] = [
    { field: 'status', name: 'Status', width: '140px', render: (status: PlanStatus) => <PlanStatusBadge status={status} /> },
    { field: 'title', name: 'Title', render: (title: string, plan) => (
      <span>
        {title}
        {plan.status === 'refused' ? <EuiText size="xs" color="danger">{plan.reason}</EuiText> : null}
      </span>
    ) },
    { field: 'type', name: 'Type', width: '140px' },
    { field: 'space', name: 'Space', width: '140px' },
    {
      name: 'JSON',
      width: '60px',
      render: (plan: ObjectPlan) => <EuiButtonIcon iconType="pencil" aria-label={`Edit the JSON of ${plan.title}`} onClick={() => onEditJson(plan)} />,
    },
    {
      name: 'Diff',
      width: '60px',
      isExpander: true,
      render: (plan: ObjectPlan) =>
        plan.status === 'unchanged' ? null : (
          <EuiButtonIcon
            iconType={open.has(plan.key) ? 'arrowDown' : 'arrowRight'}
            aria-label={`${open.has(plan.key) ? 'Hide' : 'Show'} changes to ${plan.title}`}
            aria-expanded={open.has(plan.key)}
            onClick={() => toggle(plan.key)}
          />
        ),
    },
  ];

  return (
    <>
      <EuiFlexGroup responsive={false}>
        <EuiFlexItem grow={false}><EuiStat title={counts.change.toLocaleString('en-US')} description="Will change" titleSize="s" titleColor="primary" /></EuiFlexItem>
        <EuiFlexItem grow={false}><EuiStat title={counts.unchanged.toLocaleString('en-US')} description="Unchanged" titleSize="s" /></EuiFlexItem>
        <EuiFlexItem grow={false}><EuiStat title={counts.refused.toLocaleString('en-US')} description="Cannot apply" titleSize="s" titleColor="danger" /></EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="m" />
      <EuiButtonGroup
        legend="Show objects"
        options={[
          { id: 'all', label: `All (${plans.length})` },
          { id: 'change', label: `Will change (${counts.change})` },
          { id: 'unchanged', label: `Unchanged (${counts.unchanged})` },
          { id: 'refused', label: `Cannot apply (${counts.refused})` },
        ]}
        idSelected={filter}
        onChange={(id) => {
          setFilter(id as Filter);
          setPage((current) => ({ ...current, index: 0 }));
        }}
      />
      <EuiSpacer size="s" />
      <EuiBasicTable<ObjectPlan>
        tableCaption="Preview of the bulk edit"
        items={rows}
        itemId="key"
        columns={columns}
        itemIdToExpandedRowMap={expanded}
        pagination={{ pageIndex: page.index, pageSize: page.size, totalItemCount: shown.length, pageSizeOptions: [20, 50, 100] }}
        onChange={({ page: next }: CriteriaWithPagination<ObjectPlan>) => setPage({ index: next.index, size: next.size })}
      />
    </>
  );
}
