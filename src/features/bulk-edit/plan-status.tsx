import { EuiHealth } from '@elastic/eui';
import type { PlanStatus } from './engine/plan';

const LOOK: Record<PlanStatus, { color: string; label: string }> = {
  change: { color: 'primary', label: 'Will change' },
  unchanged: { color: 'subdued', label: 'Unchanged' },
  refused: { color: 'danger', label: 'Cannot apply' },
};

export const planStatusLabel = (status: PlanStatus) => LOOK[status].label;

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  return <EuiHealth color={LOOK[status].color}>{LOOK[status].label}</EuiHealth>;
}
