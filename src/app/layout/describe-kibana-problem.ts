// The error from the first Kibana call (the space list), in words an admin can act on.
// The wording lives in api/describe-problem.ts, shared by every screen.
import { ACTIONS, describeProblem, type Problem } from '../../api/describe-problem';

export type KibanaProblem = Problem;

export function describeKibanaProblem(error: unknown): KibanaProblem {
  const problem = describeProblem(error, ACTIONS.listSpaces);
  return problem.kind === 'other' ? { ...problem, title: 'Could not load the spaces from Kibana' } : problem;
}
