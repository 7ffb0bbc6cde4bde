import { EuiButton, EuiPageTemplate, EuiSpacer, EuiText } from '@elastic/eui';
import { describeKibanaProblem } from './describe-kibana-problem';

interface KibanaProblemPromptProps {
  error: unknown;
  onRetry: () => void;
  isRetrying: boolean;
}

/** Full-page state when the console cannot work at all: no Kibana, or Kibana says no. */
export function KibanaProblemPrompt({ error, onRetry, isRetrying }: KibanaProblemPromptProps) {
  const problem = describeKibanaProblem(error);
  return (
    <EuiPageTemplate.EmptyPrompt
      iconType={['unauthenticated', 'forbidden', 'login-redirect'].includes(problem.kind) ? 'lock' : 'warning'}
      color="danger"
      title={<h1>{problem.title}</h1>}
      body={
        <EuiText size="s" textAlign="left">
          <p>{problem.detail}</p>
          {problem.checks.length ? (
            <>
              <EuiSpacer size="s" />
              <ul>
                {problem.checks.map((check) => (
                  <li key={check}>{check}</li>
                ))}
              </ul>
            </>
          ) : null}
        </EuiText>
      }
      actions={
        <EuiButton fill onClick={onRetry} isLoading={isRetrying} iconType="refresh">
          Retry
        </EuiButton>
      }
    />
  );
}
