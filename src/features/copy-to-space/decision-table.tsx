// Step 5: one grid of every object × space that needs a decision. Paged (20 rows), so 1,000 conflicts
// render as fast as 20; a decision re-renders only its row (memoised cells).
import {
  EuiBasicTable,
  EuiButton,
  EuiFlexGroup,
  EuiFlexItem,
  EuiSelect,
  EuiText,
  type Criteria,
  type EuiBasicTableColumn,
} from '@elastic/eui';
import { useQueries } from '@tanstack/react-query';
import { memo, useMemo, useState } from 'react';
import { isSavedObjectError, savedObjectQueries } from '../../api/saved-objects';
import { objectLabel } from '../../lib/object-title';
import { ObjectTypeIcon } from '../../components/object-type-icon';
import { RelativeTimeText } from '../../components/relative-time-text';
import type { SavedObject, Space } from '../../contract/kibana';
import { objectKey, decisionFor, isValidDecision, type Decision, type DecisionRow } from './copy-plan';
import { DecisionCell } from './decision-cell';
import { spaceName } from './objects-step';
import { RemapPicker } from './remap-picker';

const PAGE_SIZE = 20;

interface DecisionTableProps {
  rows: DecisionRow[];
  decisions: ReadonlyMap<string, Decision>;
  spaces: Space[] | undefined;
  onDecide: (key: string, decision: Decision) => void;
  onDecideAll: (rows: DecisionRow[], action: 'overwrite' | 'skip') => void;
}

const KIND_LABELS: Record<DecisionRow['error']['type'], string> = {
  conflict: 'Conflict',
  ambiguous_conflict: 'Ambiguous conflict',
  missing_references: 'Missing references',
};

/** The destination each plain conflict would replace, read for the rows on the page only. */
function useDestinations(rows: DecisionRow[]): Map<string, SavedObject | undefined> {
  const bySpace = new Map<string, { type: string; id: string }[]>();
  for (const r of rows) {
    if (r.error.type !== 'conflict') continue;
    const list = bySpace.get(r.space) ?? [];
    list.push({ type: r.type, id: r.error.destinationId ?? r.id });
    bySpace.set(r.space, list);
  }
  const entries = [...bySpace];
  const results = useQueries({ queries: entries.map(([space, objects]) => savedObjectQueries.bulkGet(space, objects)) });
  const found = new Map<string, SavedObject | undefined>();
  entries.forEach(([space], i) => {
    for (const o of results[i].data?.saved_objects ?? []) if (!isSavedObjectError(o)) found.set(`${space}>${objectKey(o)}`, o);
  });
  return found;
}

// Cells are memoised on their row (a stable object) and decision: a decision re-renders only its own cell.
const Problem = memo(function Problem({ row, destination, now }: { row: DecisionRow; destination: SavedObject | undefined; now: number }) {
  const { error } = row;
  if (error.type === 'conflict') {
    const title = destination && objectLabel(destination);
    return (
      <EuiText size="xs">
        Would replace <strong>{title ?? error.destinationId ?? row.id}</strong> ({error.destinationId ?? row.id}), updated{' '}
        <RelativeTimeText iso={destination?.updated_at} now={now} />
      </EuiText>
    );
  }
  if (error.type === 'ambiguous_conflict')
    return <EuiText size="xs">{error.destinations.length} objects in the space were copied from this one: pick which to overwrite</EuiText>;
  return <EuiText size="xs">References missing in the space: {error.references.map((r) => `${r.type} ${r.id}`).join(', ')}</EuiText>;
});

const ObjectCell = memo(function ObjectCell({ row }: { row: DecisionRow }) {
  return (
    <span>
      <ObjectTypeIcon type={row.type} showName={false} /> {row.title ?? row.id}{' '}
      <EuiText size="xs" color="subdued" component="span">
        ({row.id})
      </EuiText>
    </span>
  );
});

export function DecisionTable({ rows, decisions, spaces, onDecide, onDecideAll }: DecisionTableProps) {
  const [spaceFilter, setSpaceFilter] = useState('');
  const [kindFilter, setKindFilter] = useState('');
  const [pageIndex, setPageIndex] = useState(0);
  const [now] = useState(Date.now);
  const filtered = useMemo(
    () => rows.filter((r) => (!spaceFilter || r.space === spaceFilter) && (!kindFilter || r.error.type === kindFilter)),
    [rows, spaceFilter, kindFilter],
  );
  const page = filtered.slice(pageIndex * PAGE_SIZE, (pageIndex + 1) * PAGE_SIZE);
  const destinations = useDestinations(page);
  const targetSpaces = [...new Set(rows.map((r) => r.space))];
  const invalid = rows.filter((r) => !isValidDecision(r, decisionFor(r, decisions))).length;
  const scope = spaceFilter ? ` in ${spaceName(spaces, spaceFilter)}` : '';

  const columns: EuiBasicTableColumn<DecisionRow>[] = [
    { field: 'space', name: 'Target space', width: '130px', render: (space: string) => spaceName(spaces, space) },
    {
      field: 'title',
      name: 'Object',
      render: (_: unknown, row: DecisionRow) => <ObjectCell row={row} />,
    },
    {
      field: 'error',
      name: 'Problem',
      render: (_: unknown, row: DecisionRow) => (
        <div>
          <strong>{KIND_LABELS[row.error.type]}</strong>
          <Problem row={row} destination={destinations.get(`${row.space}>${row.type}:${row.error.type === 'conflict' ? (row.error.destinationId ?? row.id) : row.id}`)} now={now} />
        </div>
      ),
    },
    {
      field: 'key',
      name: 'Decision',
      width: '320px',
      render: (_: unknown, row: DecisionRow) => {
        const decision = decisionFor(row, decisions);
        const label = `Decision for ${row.title ?? row.id} in ${spaceName(spaces, row.space)}`;
        return (
          <div style={{ width: '100%' }}>
            <DecisionCell row={row} decision={decision} label={label} onDecide={onDecide} />
            <RemapPicker row={row} decision={decision} onDecide={onDecide} />
          </div>
        );
      },
    },
  ];

  return (
    <>
      <EuiFlexGroup gutterSize="s" alignItems="center" wrap responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiSelect
            compressed
            aria-label="Show the decisions of"
            options={[{ value: '', text: 'All target spaces' }, ...targetSpaces.map((s) => ({ value: s, text: spaceName(spaces, s) }))]}
            value={spaceFilter}
            onChange={(e) => {
              setSpaceFilter(e.target.value);
              setPageIndex(0);
            }}
          />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiSelect
            compressed
            aria-label="Show problems of kind"
            options={[{ value: '', text: 'Every kind of problem' }, ...Object.entries(KIND_LABELS).map(([value, text]) => ({ value, text }))]}
            value={kindFilter}
            onChange={(e) => {
              setKindFilter(e.target.value);
              setPageIndex(0);
            }}
          />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton size="s" onClick={() => onDecideAll(filtered, 'overwrite')}>
            Overwrite all{scope}
          </EuiButton>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton size="s" onClick={() => onDecideAll(filtered, 'skip')}>
            Skip all{scope}
          </EuiButton>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiText size="s" color={invalid ? 'danger' : 'subdued'}>
            <p>
              {rows.length} decisions{invalid ? `, ${invalid} incomplete (pick a destination or a replacement)` : ''}
            </p>
          </EuiText>
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiBasicTable
        tableCaption="Decisions for every conflict and missing reference"
        items={page}
        itemId="key"
        columns={columns}
        rowHeader="title"
        pagination={{ pageIndex, pageSize: PAGE_SIZE, totalItemCount: filtered.length, showPerPageOptions: false }}
        onChange={({ page: next }: Criteria<DecisionRow>) => next && setPageIndex(next.index)}
      />
    </>
  );
}
