import { EuiButton, EuiFlexGroup, EuiFlexItem, EuiPanel, EuiProgress, EuiSpacer, EuiText } from '@elastic/eui';
import { useState } from 'react';
import type { OutcomeCounts } from './engine/apply';

export function ApplyProgress({ total, counts, onCancel }: { total: number; counts: OutcomeCounts; onCancel: () => void }) {
  const [cancelling, setCancelling] = useState(false);
  const done = total - counts.remaining;
  return (
    <EuiPanel hasBorder>
      <EuiText size="s">
        <h3>Applying the bulk edit</h3>
      </EuiText>
      <EuiSpacer size="s" />
      <EuiProgress value={done} max={Math.max(total, 1)} size="m" color="primary" aria-label="Objects processed" valueText={`${done} of ${total}`} label="Objects processed" />
      <EuiSpacer size="s" />
      <EuiFlexGroup alignItems="center" justifyContent="spaceBetween" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiText size="s" role="status">
            {`Updated ${counts.updated} · Conflicts ${counts.conflict} · Failed ${counts.failed} · Remaining ${counts.remaining}`}
          </EuiText>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton
            size="s"
            color="warning"
            isDisabled={cancelling}
            onClick={() => {
              setCancelling(true);
              onCancel();
            }}
          >
            {cancelling ? 'Cancelling after this request…' : 'Cancel'}
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
    </EuiPanel>
  );
}
