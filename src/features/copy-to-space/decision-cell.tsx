// The decision of one row of the grid: a native select drawn like EUI's (cheap to mount a page of them at
// once, keyboard friendly).
import { memo } from 'react';
import { DenseSelect } from '../../components/dense-select';
import { fullTime } from '../../lib/relative-time';
import type { Decision, DecisionRow } from './copy-plan';

interface DecisionCellProps {
  row: DecisionRow;
  decision: Decision;
  label: string;
  onDecide: (key: string, decision: Decision) => void;
}

function valueOf(decision: Decision): string {
  if (decision.action === 'overwrite') return decision.destinationId ? `overwrite:${decision.destinationId}` : 'overwrite';
  return decision.action;
}

export const DecisionCell = memo(function DecisionCell({ row, decision, label, onDecide }: DecisionCellProps) {
  const { error } = row;
  const options =
    error.type === 'conflict'
      ? [
          { value: 'skip', text: 'Skip' },
          { value: error.destinationId ? `overwrite:${error.destinationId}` : 'overwrite', text: 'Overwrite' },
        ]
      : error.type === 'ambiguous_conflict'
        ? [
            { value: 'skip', text: 'Skip' },
            ...error.destinations.map((d) => ({
              value: `overwrite:${d.id}`,
              text: `Overwrite ${d.title ?? d.id} (${d.id}${d.updatedAt ? `, updated ${fullTime(d.updatedAt)}` : ''})`,
            })),
          ]
        : [
            { value: 'ignore', text: 'Copy anyway' },
            { value: 'skip', text: 'Skip' },
            { value: 'remap', text: 'Remap to an object in the space' },
          ];
  return (
    <DenseSelect
      aria-label={label}
      options={options}
      value={valueOf(decision)}
      onChange={(e) => {
        const value = e.target.value;
        if (value === 'skip' || value === 'ignore') onDecide(row.key, { action: value });
        else if (value === 'remap') onDecide(row.key, { action: 'remap', to: decision.action === 'remap' ? decision.to : {} });
        else onDecide(row.key, { action: 'overwrite', ...(value.startsWith('overwrite:') ? { destinationId: value.slice('overwrite:'.length) } : {}) });
      }}
    />
  );
});
