// Step 4: every target space of every source space with its status and counts. Spaces are independent: a
// failure in one never hides the others.
import { EuiButtonEmpty } from '@elastic/eui';
import { memo } from 'react';
import { DenseTable, useDenseTableStyles, type DenseBadgeTone } from '../../components/dense-table';
import type { Space } from '../../contract/kibana';
import type { SpaceSummary } from './copy-plan';
import { spaceName } from './objects-step';

export interface SpaceStatusRow extends Omit<SpaceSummary, 'status'> {
  key: string;
  source: string;
  space: string;
  /** `sending`: the request for this space is out and has not answered yet. */
  status: SpaceSummary['status'] | 'sending';
}

const STATUS: Record<SpaceStatusRow['status'], { label: string; tone: DenseBadgeTone }> = {
  sending: { label: 'Copying…', tone: 'hollow' },
  copied: { label: 'Copied', tone: 'success' },
  'copied-with-failures': { label: 'Copied, some failed', tone: 'warning' },
  'needs-decisions': { label: 'Needs decisions', tone: 'primary' },
  failed: { label: 'Failed', tone: 'danger' },
  unknown: { label: 'Unknown: re-check', tone: 'warning' },
};

interface Props {
  rows: SpaceStatusRow[];
  spaces: Space[] | undefined;
  multipleSources: boolean;
  onDecideSpace: (row: SpaceStatusRow, action: 'overwrite' | 'skip') => void;
}

function counts(row: SpaceStatusRow): string {
  if (row.status === 'sending') return '';
  const parts = [row.status === 'needs-decisions' ? `${row.successCount} ready (not written yet)` : `${row.successCount} copied`];
  if (row.decisions) parts.push(`${row.decisions} to decide`);
  if (row.failures) parts.push(`${row.failures} failed`);
  return parts.join(', ');
}

// Memoised: a decision in the grid below leaves this table as it is. Shown from the moment the copy goes out
// (every space "Copying…"), so that when the answer comes only its cells change. Plain rows (DenseTable), like
// the grid below it: they change in the same commit that draws the grid.
export const SpaceStatusTable = memo(function SpaceStatusTable({ rows, spaces, multipleSources, onDecideSpace }: Props) {
  const styles = useDenseTableStyles();
  const columns = [
    { name: 'Target space' },
    ...(multipleSources ? [{ name: 'From' }] : []),
    { name: 'Status', width: '170px' },
    { name: 'Counts' },
    { name: 'Details' },
    { name: 'Decide', width: '190px' },
  ];
  return (
    <DenseTable caption="Status of every target space" columns={columns} rowCount={rows.length} noRowsMessage="No target spaces.">
      {rows.map((row) => (
        <tr key={row.key}>
          <th scope="row">{spaceName(spaces, row.space)}</th>
          {multipleSources && <td>{spaceName(spaces, row.source)}</td>}
          <td>
            <span className={styles.badges[STATUS[row.status].tone]}>{STATUS[row.status].label}</span>
          </td>
          <td className={styles.small}>{counts(row)}</td>
          <td className={styles.small}>{row.message ?? ''}</td>
          <td>
            {row.status === 'needs-decisions' && (
              <>
                <EuiButtonEmpty size="xs" onClick={() => onDecideSpace(row, 'overwrite')} aria-label={`Overwrite all in ${spaceName(spaces, row.space)}`}>
                  Overwrite all
                </EuiButtonEmpty>
                <EuiButtonEmpty size="xs" onClick={() => onDecideSpace(row, 'skip')} aria-label={`Skip all in ${spaceName(spaces, row.space)}`}>
                  Skip all
                </EuiButtonEmpty>
              </>
            )}
          </td>
        </tr>
      ))}
    </DenseTable>
  );
});
