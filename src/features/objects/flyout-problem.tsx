import { EuiButton, EuiEmptyPrompt, EuiFlyoutBody } from '@elastic/eui';

interface FlyoutProblemProps {
  titleId: string;
  title: string;
  detail: string;
  onRetry?: () => void;
}

/** The flyout's body when there is no object to show. */
export function FlyoutProblem({ titleId, title, detail, onRetry }: FlyoutProblemProps) {
  return (
    <EuiFlyoutBody>
      <EuiEmptyPrompt
        iconType="warning"
        color="danger"
        title={<h2 id={titleId} tabIndex={-1}>{title}</h2>}
        body={<p>{detail}</p>}
        actions={onRetry ? <EuiButton onClick={onRetry}>Retry</EuiButton> : undefined}
      />
    </EuiFlyoutBody>
  );
}
