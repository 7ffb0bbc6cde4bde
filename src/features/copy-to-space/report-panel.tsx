// Step 6: the exact report, per space and object, with links to the copies and CSV/JSON downloads.
import { EuiBadge, EuiBasicTable, EuiButton, EuiFlexGroup, EuiFlexItem, EuiLink, EuiText, type Criteria, type EuiBasicTableColumn } from '@elastic/eui';
import { useState } from 'react';
import { ObjectTypeIcon } from '../../components/object-type-icon';
import { useRouterLinks } from '../../components/use-router-links';
import type { Space } from '../../contract/kibana';
import { downloadFile } from '../../lib/download-file';
import { formatObjectKey } from '../../lib/selection-link';
import { countOutcomes, OUTCOME_LABELS, reportToCsv, reportToJson, type Outcome, type ReportRow } from './copy-report';
import { spaceName } from './objects-step';

const PAGE_SIZE = 50;
const COLORS: Record<Outcome, string> = {
  created: 'success',
  overwritten: 'success',
  remapped: 'success',
  skipped: 'default',
  'already-there': 'default',
  'not-written': 'warning',
  failed: 'danger',
  unknown: 'warning',
};
const WRITTEN: readonly Outcome[] = ['created', 'overwritten', 'remapped'];

function objectsLink(row: ReportRow): string {
  const key = formatObjectKey({ type: row.type, id: row.destinationId ?? row.id });
  return `/s/${encodeURIComponent(row.space)}/objects?object=${key}`;
}

export function ReportPanel({ rows, spaces }: { rows: ReportRow[]; spaces: Space[] | undefined }) {
  const [pageIndex, setPageIndex] = useState(0);
  const routerLink = useRouterLinks();
  const counts = countOutcomes(rows);
  const summary = (Object.keys(OUTCOME_LABELS) as Outcome[])
    .filter((o) => counts[o])
    .map((o) => `${counts[o]} ${OUTCOME_LABELS[o].toLowerCase()}`)
    .join(', ');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const columns: EuiBasicTableColumn<ReportRow>[] = [
    { field: 'space', name: 'Target space', width: '130px', render: (space: string) => spaceName(spaces, space) },
    {
      field: 'title',
      name: 'Object',
      render: (_: unknown, row: ReportRow) => (
        <span>
          <ObjectTypeIcon type={row.type} showName={false} />{' '}
          {WRITTEN.includes(row.outcome) ? (
            <EuiLink {...routerLink(objectsLink(row))}>
              {row.title || row.id}
            </EuiLink>
          ) : (
            row.title || row.id
          )}
        </span>
      ),
    },
    { field: 'outcome', name: 'Outcome', width: '120px', render: (outcome: Outcome) => <EuiBadge color={COLORS[outcome]}>{OUTCOME_LABELS[outcome]}</EuiBadge> },
    { field: 'destinationId', name: 'New id', render: (id?: string) => id ?? '' },
    { field: 'detail', name: 'Details', render: (detail: string) => <EuiText size="xs">{detail}</EuiText> },
  ];
  return (
    <>
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
        <EuiFlexItem>
          <EuiText size="s">
            <p role="status">{summary ? `${rows.length} results: ${summary}` : 'Nothing was copied.'}</p>
          </EuiText>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton size="s" iconType="download" onClick={() => downloadFile(`copy-report-${stamp}.csv`, reportToCsv(rows), 'text/csv')}>
            Download CSV
          </EuiButton>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton size="s" iconType="download" onClick={() => downloadFile(`copy-report-${stamp}.json`, reportToJson(rows), 'application/json')}>
            Download JSON
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiBasicTable
        tableCaption="Copy report"
        items={rows.slice(pageIndex * PAGE_SIZE, (pageIndex + 1) * PAGE_SIZE)}
        columns={columns}
        rowHeader="title"
        pagination={{ pageIndex, pageSize: PAGE_SIZE, totalItemCount: rows.length, showPerPageOptions: false }}
        onChange={({ page }: Criteria<ReportRow>) => page && setPageIndex(page.index)}
      />
    </>
  );
}
