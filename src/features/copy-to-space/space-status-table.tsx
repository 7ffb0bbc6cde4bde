// Step 4: every target space of every source space with its status and counts. Spaces are independent: a
// failure in one never hides the others.
import { EuiBadge, EuiBasicTable, EuiButtonEmpty, EuiText, type EuiBasicTableColumn } from '@elastic/eui';
import { memo } from 'react';
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

const STATUS: Record<SpaceStatusRow['status'], { label: string; color: string }> = {
  sending: { label: 'Copying…', color: 'hollow' },
  copied: { label: 'Copied', color: 'success' },
  'copied-with-failures': { label: 'Copied, some failed', color: 'warning' },
  'needs-decisions': { label: 'Needs decisions', color: 'primary' },
  failed: { label: 'Failed', color: 'danger' },
  unknown: { label: 'Unknown: re-check', color: 'warning' },
};

interface Props {
  rows: SpaceStatusRow[];
  spaces: Space[] | undefined;
  multipleSources: boolean;
  onDecideSpace: (row: SpaceStatusRow, action: 'overwrite' | 'skip') => void;
}

// Memoised: a decision in the grid below leaves this table as it is. Shown from the moment the copy goes out
// (every space "Copying…"), so that when the answer comes only its cells change.
export const SpaceStatusTable = memo(function SpaceStatusTable({ rows, spaces, multipleSources, onDecideSpace }: Props) {
  const columns: EuiBasicTableColumn<SpaceStatusRow>[] = [
    { field: 'space', name: 'Target space', render: (space: string) => spaceName(spaces, space) },
    ...(multipleSources ? [{ field: 'source', name: 'From', render: (source: string) => spaceName(spaces, source) } as EuiBasicTableColumn<SpaceStatusRow>] : []),
    { field: 'status', name: 'Status', render: (status: SpaceStatusRow['status']) => <EuiBadge color={STATUS[status].color}>{STATUS[status].label}</EuiBadge> },
    {
      field: 'successCount',
      name: 'Counts',
      render: (_: unknown, row: SpaceStatusRow) =>
        row.status === 'sending' ? null : (
          <EuiText size="xs">
            {row.status === 'needs-decisions' ? `${row.successCount} ready (not written yet)` : `${row.successCount} copied`}
            {row.decisions ? `, ${row.decisions} to decide` : ''}
            {row.failures ? `, ${row.failures} failed` : ''}
          </EuiText>
        ),
    },
    { field: 'message', name: 'Details', render: (message?: string) => <EuiText size="xs">{message ?? ''}</EuiText> },
    {
      name: 'Decide',
      render: (row: SpaceStatusRow) =>
        row.status === 'needs-decisions' ? (
          <>
            <EuiButtonEmpty size="xs" onClick={() => onDecideSpace(row, 'overwrite')} aria-label={`Overwrite all in ${spaceName(spaces, row.space)}`}>
              Overwrite all
            </EuiButtonEmpty>
            <EuiButtonEmpty size="xs" onClick={() => onDecideSpace(row, 'skip')} aria-label={`Skip all in ${spaceName(spaces, row.space)}`}>
              Skip all
            </EuiButtonEmpty>
          </>
        ) : null,
    },
  ];
  return <EuiBasicTable tableCaption="Status of every target space" items={rows} itemId="key" columns={columns} rowHeader="space" />;
});
