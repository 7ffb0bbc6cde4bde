import { EuiButton, EuiCallOut } from '@elastic/eui';
import { problemText, type ProblemAction } from '../../api/describe-problem';

interface InlineErrorProps {
  title: string;
  error: unknown;
  onRetry: () => void;
  isRetrying: boolean;
  color?: 'danger' | 'warning';
  /** What was being done, so a 403 names the privilege it needs. */
  action?: ProblemAction;
}

/** A failed load where the content would be, with the reason and a way to try again. */
export function InlineError({ title, error, onRetry, isRetrying, color = 'danger', action }: InlineErrorProps) {
  return (
    <EuiCallOut title={title} color={color} iconType="warning" role="alert">
      <p>{problemText(error, action)}</p>
      <EuiButton size="s" color={color} iconType="refresh" onClick={onRetry} isLoading={isRetrying}>
        Retry
      </EuiButton>
    </EuiCallOut>
  );
}
