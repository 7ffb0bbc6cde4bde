// Step 5: one grid of every object × space that needs a decision. Paged (20 rows), so 1,000 conflicts
// render as fast as 20; a decision re-renders only its row (memoised rows). Plain table rows (DenseTable):
// the grid appears right after the copy's answer, and EUI's table cost more than its rows' content.
import { EuiButton, EuiFlexGroup, EuiFlexItem, EuiText } from '@elastic/eui';
import { cx } from '@emotion/css';
import { useQueries } from '@tanstack/react-query';
import { memo, useMemo, useState } from 'react';
import { isSavedObjectError, savedObjectQueries } from '../../api/saved-objects';
import { objectLabel } from '../../lib/object-title';
import { DenseSelect } from '../../components/dense-select';
import { DenseTable, DenseTablePagination, useDenseTableStyles } from '../../components/dense-table';
import { typeDisplayName } from '../../components/object-type-icon';
import { fullTime, relativeTime } from '../../lib/relative-time';
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

// Rows are memoised on their row (a stable object), decision and destination: a decision re-renders only its row.
const DecisionRowView = memo(function DecisionRowView({ row, decision, spaceLabel, destination, now, onDecide }: DecisionRowViewProps) {
  const styles = useDenseTableStyles();
  return (
    <tr>
      <td>{spaceLabel}</td>
      <th scope="row">
        {`${row.title ?? row.id} `}
        <span className={cx(styles.small, styles.subdued)}>{`(${typeDisplayName(row.type)}, ${row.id})`}</span>
      </th>
      <td>
        <strong>{KIND_LABELS[row.error.type]}</strong>
        <div className={styles.small}>
          <Problem row={row} destination={destination} now={now} />
        </div>
      </td>
      <td>
        <DecisionCell row={row} decision={decision} label={`Decision for ${row.title ?? row.id} in ${spaceLabel}`} onDecide={onDecide} />
        <RemapPicker row={row} decision={decision} onDecide={onDecide} />
      </td>
    </tr>
  );
});

interface DecisionRowViewProps {
  row: DecisionRow;
  decision: Decision;
  spaceLabel: string;
  destination: SavedObject | undefined;
  now: number;
  onDecide: (key: string, decision: Decision) => void;
}

function Problem({ row, destination, now }: { row: DecisionRow; destination: SavedObject | undefined; now: number }) {
  const { error } = row;
  if (error.type === 'conflict') {
    const destinationId = error.destinationId ?? row.id;
    const updated = destination?.updated_at;
    return (
      <>
        {'Would replace '}
        <strong>{(destination && objectLabel(destination)) ?? destinationId}</strong>
        {` (${destinationId}), updated `}
        {updated ? (
          <time dateTime={updated} title={fullTime(updated)}>
            {relativeTime(updated, now) ?? updated}
          </time>
        ) : (
          '—'
        )}
      </>
    );
  }
  // One text node per sentence (template strings): a page of rows is hundreds of nodes fewer to lay out.
  if (error.type === 'ambiguous_conflict') return <>{`${error.destinations.length} objects in the space were copied from this one: pick which to overwrite`}</>;
  return <>{`References missing in the space: ${error.references.map((r) => `${r.type} ${r.id}`).join(', ')}`}</>;
}

const COLUMNS = [{ name: 'Target space', width: '130px' }, { name: 'Object' }, { name: 'Problem' }, { name: 'Decision', width: '320px' }];

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

  return (
    <>
      <EuiFlexGroup gutterSize="s" alignItems="center" wrap responsive={false}>
        <EuiFlexItem grow={false}>
          <DenseSelect
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
          <DenseSelect
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
      <DenseTable caption="Decisions for every conflict and missing reference" columns={COLUMNS} rowCount={page.length} noRowsMessage="No decisions of this kind in this space.">
        {page.map((row) => (
          <DecisionRowView
            key={row.key}
            row={row}
            decision={decisionFor(row, decisions)}
            spaceLabel={spaceName(spaces, row.space)}
            destination={destinations.get(`${row.space}>${row.type}:${row.error.type === 'conflict' ? (row.error.destinationId ?? row.id) : row.id}`)}
            now={now}
            onDecide={onDecide}
          />
        ))}
      </DenseTable>
      <DenseTablePagination label="Pages of the decisions" pageIndex={pageIndex} pageSize={PAGE_SIZE} total={filtered.length} onPageChange={setPageIndex} />
    </>
  );
}
