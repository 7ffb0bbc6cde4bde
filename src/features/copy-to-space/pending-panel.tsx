// Spaces whose request lost its answer (or was refused): re-check what Kibana holds, then — only on the
// admin's explicit choice — send the same request again.
import { EuiButton, EuiCallOut, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText } from '@elastic/eui';
import type { Space } from '../../contract/kibana';
import { fullTime } from '../../lib/relative-time';
import { spaceName } from './objects-step';
import { recheckVerdict, type RecheckResult } from './recheck';
import type { PendingRequest } from './wizard-state';

interface PendingPanelProps {
  pending: Record<string, PendingRequest>;
  rechecks: Record<string, RecheckResult>;
  spaces: Space[] | undefined;
  newCopies: boolean;
  busy: boolean;
  rechecking: boolean;
  onRecheck: (keys: string[]) => void;
  onResend: (keys: string[]) => void;
}

const VERDICTS = {
  'nothing-written': 'Nothing from this copy is in the space: sending again is safe.',
  'all-written': 'Every object is in the space, written after the request went out: Kibana did the work. Do not send again.',
  'partly-written': 'Some objects are in the space, written after the request went out.',
};

export function describeRecheck(result: RecheckResult): string {
  const written = result.findings.filter((f) => f.written.length);
  const list = written.map((f) => `${f.title ?? f.id} → ${f.written.map((w) => w.id).join(', ')}`).join('; ');
  return `Re-checked ${fullTime(result.checkedAt)}: ${VERDICTS[recheckVerdict(result)]}${list ? ` Found: ${list}.` : ''}`;
}

export function PendingPanel({ pending, rechecks, spaces, newCopies, busy, rechecking, onRecheck, onResend }: PendingPanelProps) {
  const keys = Object.keys(pending);
  if (!keys.length) return null;
  const unknown = keys.filter((k) => pending[k].kind === 'unknown');
  const unchecked = unknown.filter((k) => !rechecks[k]);
  return (
    <EuiCallOut color="warning" iconType="warning" title={`${keys.length} space${keys.length === 1 ? '' : 's'} without a usable answer`}>
      {keys.map((key) => {
        const [source, space] = key.split('>');
        const entry = pending[key];
        return (
          <EuiText size="s" key={key}>
            <p>
              <strong>{spaceName(spaces, space)}</strong> (from {spaceName(spaces, source)}, {entry.step === 'copy' ? 'copy' : 'decisions'}):{' '}
              {entry.kind === 'unknown' ? 'unknown — ' : 'failed — '}
              {entry.message}
            </p>
            {rechecks[key] && <p>{describeRecheck(rechecks[key])}</p>}
          </EuiText>
        );
      })}
      <EuiSpacer size="s" />
      {unknown.length > 0 && (
        <EuiText size="s">
          <p>
            Nothing is sent again on its own. Re-check what these spaces hold first.
            {newCopies ? ' With "create new copies", sending again after Kibana did write creates every object a second time.' : ''}
          </p>
        </EuiText>
      )}
      <EuiSpacer size="s" />
      <EuiFlexGroup gutterSize="s" responsive={false}>
        {unknown.length > 0 && (
          <EuiFlexItem grow={false}>
            <EuiButton size="s" isLoading={rechecking} disabled={busy} onClick={() => onRecheck(unknown)}>
              Re-check {unknown.length === 1 ? 'the space' : `${unknown.length} spaces`}
            </EuiButton>
          </EuiFlexItem>
        )}
        <EuiFlexItem grow={false}>
          <EuiButton size="s" color="warning" disabled={busy || unchecked.length > 0} onClick={() => onResend(keys)}>
            Send again{unchecked.length ? ' (re-check first)' : ''}
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
    </EuiCallOut>
  );
}
