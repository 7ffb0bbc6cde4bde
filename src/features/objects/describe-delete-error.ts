// What to tell the admin when Kibana refuses or fails a delete (kibana-api.md §9). Nothing is retried:
// the admin decides what to do next. General wording (401, 403, timeouts…) is api/describe-problem.ts.
import { KibanaError } from '../../api/client';
import { ACTIONS, describeProblem } from '../../api/describe-problem';

export interface DeleteProblem {
  title: string;
  detail: string;
}

export function describeDeleteError(error: unknown, title: string): DeleteProblem {
  if (error instanceof KibanaError && error.statusCode === 404) {
    return { title: 'Already gone', detail: `Kibana no longer has “${title}” in this space: someone may have deleted it already.` };
  }
  if (error instanceof KibanaError && error.statusCode === 400 && /multiple namespaces/i.test(error.message)) {
    return {
      title: 'Shared to several spaces',
      detail: 'Kibana deletes an object that lives in several spaces only when told to remove it from all of them. Close this dialog and delete again.',
    };
  }
  const problem = describeProblem(error, ACTIONS.deleteObject(`“${title}”`));
  const checks =
    problem.kind === 'kibana-error' || problem.kind === 'unavailable'
      ? ['Nothing was retried; try again when Kibana is healthy.']
      : problem.kind === 'result-unknown'
        ? [`“${title}” may or may not have been deleted: reopen it to check.`]
        : problem.checks;
  return { title: problem.title, detail: [problem.detail, ...checks].join(' ') };
}
