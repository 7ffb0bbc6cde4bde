import { EuiButton, EuiCallOut } from '@elastic/eui';
import { describeLoadError } from './describe-load-error';

/** A first load that failed, in the table's place, with a retry. */
export function ObjectsLoadError({ error, onRetry, isRetrying }: { error: Error; onRetry: () => void; isRetrying: boolean }) {
  return (
    <EuiCallOut title="Could not load saved objects" color="danger" iconType="error" role="alert">
      <p>{describeLoadError(error)}</p>
      <EuiButton color="danger" size="s" iconType="refresh" onClick={onRetry} isLoading={isRetrying}>
        Retry
      </EuiButton>
    </EuiCallOut>
  );
}
