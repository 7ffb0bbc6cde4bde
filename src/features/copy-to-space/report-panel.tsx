// Step 6: the exact report, per space and object, with links to the copies and CSV/JSON downloads.
import { EuiButton, EuiFlexGroup, EuiFlexItem, EuiText } from '@elastic/eui';
import { cx } from '@emotion/css';
import { memo, useState } from 'react';
import { DenseTable, DenseTablePagination, useDenseTableStyles, type DenseBadgeTone } from '../../components/dense-table';
import { typeDisplayName } from '../../components/object-type-icon';
import { useRouterLinks, type RouterLinkProps } from '../../components/use-router-links';
import type { Space } from '../../contract/kibana';
import { downloadFile } from '../../lib/download-file';
import { formatObjectKey } from '../../lib/selection-link';
import { countOutcomes, OUTCOME_LABELS, reportToCsv, reportToJson, type Outcome, type ReportRow } from './copy-report';
import { spaceName } from './objects-step';

const PAGE_SIZE = 50;
const COLORS: Record<Outcome, DenseBadgeTone> = {
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

const COLUMNS = [{ name: 'Target space', width: '130px' }, { name: 'Object' }, { name: 'Outcome', width: '130px' }, { name: 'New id' }, { name: 'Details' }];

// Plain rows (DenseTable): a page of 50 is drawn at once when the answer arrives, without EUI's per-cell
// components, per-badge text measuring and per-icon tooltips.
const ReportRowView = memo(function ReportRowView({ row, spaceLabel, routerLink }: { row: ReportRow; spaceLabel: string; routerLink: (path: string) => RouterLinkProps }) {
  const styles = useDenseTableStyles();
  const title = row.title || row.id;
  return (
    <tr>
      <td>{spaceLabel}</td>
      <th scope="row">
        {WRITTEN.includes(row.outcome) ? (
          <a className={styles.link} {...routerLink(objectsLink(row))}>
            {title}
          </a>
        ) : (
          title
        )}{' '}
        <span className={cx(styles.small, styles.subdued)}>{`(${typeDisplayName(row.type)}, ${row.id})`}</span>
      </th>
      <td>
        <span className={styles.badges[COLORS[row.outcome]]}>{OUTCOME_LABELS[row.outcome]}</span>
      </td>
      <td>{row.destinationId ?? ''}</td>
      <td className={styles.small}>{row.detail}</td>
    </tr>
  );
});

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
  const page = rows.slice(pageIndex * PAGE_SIZE, (pageIndex + 1) * PAGE_SIZE);

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
      <DenseTable caption="Copy report" columns={COLUMNS} rowCount={page.length} noRowsMessage="Nothing to report.">
        {page.map((row) => (
          <ReportRowView key={`${row.source}>${row.space}>${row.type}:${row.id}`} row={row} spaceLabel={spaceName(spaces, row.space)} routerLink={routerLink} />
        ))}
      </DenseTable>
      <DenseTablePagination label="Pages of the report" pageIndex={pageIndex} pageSize={PAGE_SIZE} total={rows.length} onPageChange={setPageIndex} />
    </>
  );
}
