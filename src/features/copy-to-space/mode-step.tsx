import { EuiRadioGroup } from '@elastic/eui';
import { memo } from 'react';
import type { CopyMode } from './copy-plan';

// Only the three combinations Kibana accepts: overwrite with new copies is a 400 (kibana-api.md §3.1).
export const MODES: { id: CopyMode; label: string }[] = [
  { id: 'new-copies', label: 'Create new copies: every object gets a new id; never conflicts' },
  { id: 'overwrite', label: 'Check for existing objects, and overwrite them automatically' },
  { id: 'ask', label: 'Check for existing objects, and ask me for each conflict' },
];

export const ModeStep = memo(function ModeStep({ mode, onChange }: { mode: CopyMode; onChange: (mode: CopyMode) => void }) {
  return (
    <EuiRadioGroup
      name="copy-mode"
      legend={{ children: 'How to handle objects that already exist in a target space', display: 'hidden' }}
      options={MODES}
      idSelected={mode}
      onChange={(id) => onChange(id as CopyMode)}
    />
  );
});
