import { EuiButton, EuiCallOut, EuiFlexGroup, EuiFlexItem, EuiSkeletonText, EuiSpacer, EuiText } from '@elastic/eui';
import { useEffect, useState } from 'react';

/** After this long without an answer the admin is told the console is still waiting, and may cancel. */
export const STILL_WAITING_AFTER_MS = 3000;

interface LoadingObjectsProps {
  /** A request is out (false once the admin cancelled it). */
  isFetching: boolean;
  onCancel: () => void;
  onRetry: () => void;
}

/** The first load of the table: a skeleton, then "still waiting" with Cancel; after Cancel, a way to try again. */
export function LoadingObjects({ isFetching, onCancel, onRetry }: LoadingObjectsProps) {
  const [waitedLong, setWaitedLong] = useState(false);
  useEffect(() => {
    if (!isFetching) return;
    const timer = window.setTimeout(() => setWaitedLong(true), STILL_WAITING_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      setWaitedLong(false);
    };
  }, [isFetching]);

  if (!isFetching) {
    return (
      <EuiCallOut title="Loading cancelled" iconType="clock" role="status">
        <p>The saved objects were not loaded. Kibana may be busy; try again when it answers faster.</p>
        <EuiButton size="s" iconType="refresh" onClick={onRetry}>
          Try again
        </EuiButton>
      </EuiCallOut>
    );
  }
  return (
    <>
      {waitedLong ? (
        <>
          <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
            <EuiFlexItem grow={false}>
              <EuiText size="s" role="status">
                Still waiting for Kibana to answer…
              </EuiText>
            </EuiFlexItem>
            <EuiFlexItem grow={false}>
              <EuiButton size="s" color="text" onClick={onCancel}>
                Cancel
              </EuiButton>
            </EuiFlexItem>
          </EuiFlexGroup>
          <EuiSpacer size="s" />
        </>
      ) : null}
      <EuiSkeletonText lines={8} isLoading contentAriaLabel="Saved objects" />
    </>
  );
}
