import { EuiButton, EuiCallOut } from '@elastic/eui';
import { errorText } from './error-text';

interface InlineErrorProps {
  title: string;
  error: unknown;
  onRetry: () => void;
  isRetrying: boolean;
  color?: 'danger' | 'warning';
}

/** A failed load where the content would be, with the reason and a way to try again. */
export function InlineError({ title, error, onRetry, isRetrying, color = 'danger' }: InlineErrorProps) {
  return (
    <EuiCallOut title={title} color={color} iconType="warning" role="alert">
      <p>{errorText(error)}</p>
      <EuiButton size="s" color={color} iconType="refresh" onClick={onRetry} isLoading={isRetrying}>
        Retry
      </EuiButton>
    </EuiCallOut>
  );
}
