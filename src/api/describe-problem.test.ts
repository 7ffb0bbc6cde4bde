import { describe, expect, it } from 'vitest';
import { KibanaError, NetworkError, ResultUnknownError, TimeoutError, UnsendableIdError } from './client';
import { ACTIONS, describeProblem, problemText } from './describe-problem';
import { UnexpectedAnswerError } from './validate';

const kibana = (statusCode: number, message: string, error = 'x', upstream?: 'timeout' | 'unreachable' | 'redirect') => {
  const failure = new KibanaError({ statusCode, error, message });
  failure.upstream = upstream;
  return failure;
};
const all = (problem: { detail: string; checks: string[] }) => [problem.detail, ...problem.checks].join(' ');

describe('describeProblem', () => {
  it('names the credentials on every 401, whatever the screen', () => {
    for (const action of [ACTIONS.listSpaces, ACTIONS.findObjects, ACTIONS.deleteObject('“Sales”'), ACTIONS.exportObjects, ACTIONS.disableAliases]) {
      const problem = describeProblem(kibana(401, '[security_exception] unable to authenticate', 'Unauthorized'), action);
      expect(problem.kind).toBe('unauthenticated');
      expect(problem.title).toBe("Kibana did not accept the console's credentials");
      expect(all(problem)).toMatch(/KIBANA_API_KEY \(or KIBANA_USERNAME and KIBANA_PASSWORD\)/);
      expect(problem.detail).toBe('Kibana answered 401 Unauthorized: [security_exception] unable to authenticate.');
    }
  });

  it('names the privilege the screen needs on a 403, and the ones Kibana asked for', () => {
    const exporting = describeProblem(kibana(403, 'Unable to export dashboard', 'Forbidden'), ACTIONS.exportObjects);
    expect(exporting.title).toBe('Kibana refused to export');
    expect(exporting.checks[0]).toBe('The user or API key the console uses needs Saved Objects Management: Read in this space, covering every exported type.');

    const deleting = describeProblem(
      kibana(403, 'API [DELETE /api/saved_objects/dashboard/a] is unauthorized for user, this action is granted by the Kibana privileges [saved_object:dashboard/delete]', 'Forbidden'),
      ACTIONS.deleteObject('“Sales”'),
    );
    expect(deleting.title).toBe('Kibana refused to delete “Sales”');
    expect(deleting.checks.join(' ')).toMatch(/Saved Objects Management: All in every space the object lives in/);
    expect(deleting.checks).toContain('Kibana asked for the privileges: saved_object:dashboard/delete.');
    expect(deleting.checks.join(' ')).toMatch(/KIBANA_API_KEY/);
  });

  it('names what the console server reported about the way to Kibana', () => {
    const login = describeProblem(kibana(502, 'Kibana redirected to /login: the credentials were not accepted', 'Bad Gateway', 'redirect'));
    expect(login).toMatchObject({ kind: 'login-redirect', title: 'Kibana redirected to its login page', retryable: false });
    expect(login.checks.join(' ')).toMatch(/KIBANA_API_KEY/);

    const slow = describeProblem(kibana(504, 'Kibana did not answer within 60 s', 'Gateway Timeout', 'timeout'));
    expect(slow).toMatchObject({ kind: 'timeout', title: 'Kibana did not answer in time', detail: 'Kibana did not answer within 60 s.', retryable: true });

    const down = describeProblem(kibana(502, 'Kibana is unreachable: connect ECONNREFUSED', 'Bad Gateway', 'unreachable'));
    expect(down).toMatchObject({ kind: 'unreachable', title: "The console's server could not reach Kibana" });
    expect(down.checks.join(' ')).toMatch(/KIBANA_URL/);
  });

  it('tells the failures without an answer apart', () => {
    expect(describeProblem(new TimeoutError('Kibana did not answer GET /api/spaces/space within 30 s.'))).toMatchObject({
      kind: 'timeout',
      retryable: true,
      detail: 'Kibana did not answer GET /api/spaces/space within 30 s.',
    });
    expect(describeProblem(new NetworkError('offline')).kind).toBe('server-down');
    expect(describeProblem(new ResultUnknownError('lost')).title).toBe('The result is unknown');
    expect(describeProblem(new UnsendableIdError('..')).title).toBe('This id cannot be sent to Kibana');
    expect(describeProblem(new UnexpectedAnswerError('Unexpected answer from Kibana: total is missing')).kind).toBe('unexpected-answer');
  });

  it('keeps Kibana’s words for other statuses', () => {
    expect(describeProblem(kibana(503, 'Service Unavailable', 'Service Unavailable'))).toMatchObject({
      kind: 'unavailable',
      detail: 'Kibana answered 503 Service Unavailable.',
      retryable: true,
    });
    expect(describeProblem(kibana(500, 'An internal server error occurred.', 'Internal Server Error'), ACTIONS.findObjects).title).toBe(
      'Kibana failed to list the saved objects',
    );
    expect(describeProblem(kibana(400, '[request query.type]: bad', 'Bad Request')).detail).toBe('Kibana answered 400 Bad Request: [request query.type]: bad.');
    expect(describeProblem(kibana(502, 'Kibana answered 502 Bad Gateway with a text/html page instead of a Kibana error.')).detail).toBe(
      'Kibana answered 502 Bad Gateway with a text/html page instead of a Kibana error.',
    );
    expect(describeProblem('boom', ACTIONS.exportObjects)).toMatchObject({ kind: 'other', title: 'Could not export', detail: 'boom.' });
  });

  it('gives one paragraph for toasts', () => {
    expect(problemText(kibana(403, 'Unable to export dashboard', 'Forbidden'), ACTIONS.exportObjects)).toMatch(
      /^Kibana answered 403 Forbidden: Unable to export dashboard\. The user or API key the console uses needs Saved Objects Management: Read/,
    );
  });
});
