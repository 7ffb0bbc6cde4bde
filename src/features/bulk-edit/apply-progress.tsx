import { EuiButton, EuiFlexGroup, EuiFlexItem, EuiPanel, EuiProgress, EuiSpacer, EuiText } from '@elastic/eui';
import { useState } from 'react';
import { useApplyProgress, type ProgressStore } from './use-bulk-apply';

/** Reads the run's counts itself: a tick re-renders this panel only. */
export function ApplyProgress({ store, onCancel }: { store: ProgressStore; onCancel: () => void }) {
  const [cancelling, setCancelling] = useState(false);
  const counts = useApplyProgress(store);
  if (!counts) return null;
  const total = counts.updated + counts.conflict + counts.failed + counts.remaining;
  const done = total - counts.remaining;
  return (
    <EuiPanel hasBorder>
      <EuiText size="s">
        <h3>Applying the bulk edit</h3>
      </EuiText>
      <EuiSpacer size="s" />
      {/* The bar without EUI's label and value text: those recompute their styles on every tick; the same words
          are plain text here. */}
      <EuiText size="xs" aria-hidden>
        {`Objects processed: ${done} of ${total}`}
      </EuiText>
      <EuiProgress value={done} max={Math.max(total, 1)} size="m" color="primary" aria-label="Objects processed" aria-valuetext={`${done} of ${total}`} />
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
