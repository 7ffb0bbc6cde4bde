// The table's load error in the admin's words: who failed, how, and what to try (api/describe-problem.ts).
import { ACTIONS, describeProblem } from '../../api/describe-problem';

export function describeLoadError(error: Error): string {
  const problem = describeProblem(error, ACTIONS.findObjects);
  const checks = problem.kind === 'bad-request' ? ['Kibana rejected this search; change or clear it.'] : problem.checks;
  return [problem.detail, ...checks].join(' ');
}
