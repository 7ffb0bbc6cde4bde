// Remap: for each missing reference, an existing object of that type in the target space.
import { EuiSelect } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { savedObjectQueries } from '../../api/saved-objects';
import { typeDisplayName } from '../../components/object-type-icon';
import { objectLabel } from '../../lib/object-title';
import { objectKey, type Decision, type DecisionRow } from './copy-plan';

const CANDIDATES = 1000;

function ReferencePicker({ space, reference, value, onPick }: { space: string; reference: { type: string; id: string }; value: string; onPick: (id: string) => void }) {
  const { data, isPending, isError } = useQuery(savedObjectQueries.find(space, { types: [reference.type], perPage: CANDIDATES, fields: ['title', 'name'] }));
  const options = [
    { value: '', text: isPending ? 'Loading…' : isError ? 'Could not list the objects' : `Pick a ${typeDisplayName(reference.type).toLowerCase()}` },
    ...(data?.saved_objects ?? []).map((o) => ({ value: o.id, text: `${objectLabel(o) ?? o.id} (${o.id})` })),
  ];
  return (
    <EuiSelect
      compressed
      aria-label={`Replace ${typeDisplayName(reference.type)} ${reference.id} in ${space} with`}
      options={options}
      value={value}
      onChange={(e) => onPick(e.target.value)}
    />
  );
}

export const RemapPicker = memo(function RemapPicker({ row, decision, onDecide }: { row: DecisionRow; decision: Decision; onDecide: (key: string, decision: Decision) => void }) {
  if (row.error.type !== 'missing_references' || decision.action !== 'remap') return null;
  return (
    <>
      {row.error.references.map((reference) => (
        <ReferencePicker
          key={objectKey(reference)}
          space={row.space}
          reference={reference}
          value={decision.to[objectKey(reference)] ?? ''}
          onPick={(id) => {
            const to = { ...decision.to };
            if (id) to[objectKey(reference)] = id;
            else delete to[objectKey(reference)];
            onDecide(row.key, { action: 'remap', to });
          }}
        />
      ))}
    </>
  );
});
