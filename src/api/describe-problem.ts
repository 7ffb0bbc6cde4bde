// Every failed Kibana call, in words an admin can act on: who failed (the console's server, the way
// to Kibana, Kibana itself), what it said, and what to check. One module for every screen, so a 401
// always names the credentials and a 403 always names the privilege the screen needs.
import { KibanaError, NetworkError, ResultUnknownError, TimeoutError, UnsendableIdError } from './client';
import { UnexpectedAnswerError } from './validate';

export type ProblemKind =
  | 'server-down'
  | 'timeout'
  | 'unreachable'
  | 'login-redirect'
  | 'unavailable'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'bad-request'
  | 'kibana-error'
  | 'result-unknown'
  | 'unsendable-id'
  | 'unexpected-answer'
  | 'other';

export interface Problem {
  kind: ProblemKind;
  title: string;
  /** What happened, with Kibana's own message (render as text). */
  detail: string;
  /** What to check, most likely first. */
  checks: string[];
  /** Reads only: asking again may work (timeouts, gateways, restarts). Writes are never retried. */
  retryable: boolean;
}

/** What the screen was doing, and the Kibana privilege that allows it (named on a 403). */
export interface ProblemAction {
  /** Verb phrase, e.g. "list the spaces", "delete “Sales”". */
  doing: string;
  /** E.g. "Saved Objects Management: Read in this space". */
  privilege: string;
}

const SOM = 'Saved Objects Management';

/** The actions the screens perform, with the privilege each needs (Kibana feature privileges). */
export const ACTIONS = {
  listSpaces: { doing: 'list the spaces', privilege: `access to at least one space (any Kibana privilege in it), and ${SOM}: Read in the spaces you manage` },
  findObjects: { doing: 'list the saved objects', privilege: `${SOM}: Read (or All) in this space, or Read on the apps whose objects you list` },
  readObject: { doing: 'read this saved object', privilege: `${SOM}: Read in the space the object lives in` },
  exportObjects: { doing: 'export', privilege: `${SOM}: Read in this space, covering every exported type` },
  deleteObject: (what: string) => ({
    doing: `delete ${what}`,
    privilege: `${SOM}: All in every space the object lives in (or All on the app that owns its type, e.g. Dashboard: All)`,
  }),
  resolveIds: { doing: 'resolve these ids', privilege: `${SOM}: Read in this space` },
  listAliases: { doing: 'list the legacy URL aliases', privilege: `${SOM}: Read in this space` },
  disableAliases: { doing: 'disable legacy URL aliases', privilege: `${SOM}: All in the aliases' space (write access to their object types)` },
} satisfies Record<string, ProblemAction | ((what: string) => ProblemAction)>;

const GENERIC: ProblemAction = { doing: 'do this', privilege: `${SOM} in this space` };

export const CREDENTIALS_CHECK =
  "The console's server sends KIBANA_API_KEY (or KIBANA_USERNAME and KIBANA_PASSWORD) from its environment: check they are set, current and for this Kibana, then restart the server.";

const KIBANA_URL_CHECK = "Check KIBANA_URL in the environment of the console's server: scheme, host, port and base path.";

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "Kibana answered 403 Forbidden: …" unless the message already says who answered. */
function answerText(error: KibanaError): string {
  if (error.upstream || /^(Kibana|The console)/.test(error.message)) return sentence(error.message);
  const label = error.error ? ` ${error.error}` : '';
  const message = error.message && error.message !== error.error ? `: ${error.message}` : '';
  return sentence(`Kibana answered ${error.statusCode}${label}${message}`);
}

/** Kibana's 403 names the privileges it wanted: "…granted by the Kibana privileges [x, y]". */
function privilegesNamedBy(message: string): string | undefined {
  return /privileges \[([^\]]+)\]/.exec(message)?.[1];
}

export function describeProblem(error: unknown, action: ProblemAction = GENERIC): Problem {
  const detail = error instanceof Error ? sentence(error.message || error.name) : sentence(String(error));
  const problem = (kind: ProblemKind, title: string, checks: string[] = [], retryable = false, text = detail): Problem => ({
    kind,
    title,
    detail: text,
    checks,
    retryable,
  });

  if (error instanceof ResultUnknownError) {
    return problem('result-unknown', 'The result is unknown', ['Check what Kibana has now before doing it again.']);
  }
  if (error instanceof UnsendableIdError) {
    return problem('unsendable-id', `This id cannot be sent to Kibana`, [
      'Rename it with a copy that gets a new id (Copy to spaces or export and import with new ids), or remove it in Kibana Dev Tools.',
    ]);
  }
  if (error instanceof TimeoutError) {
    return problem('timeout', 'Kibana did not answer in time', ['Kibana may be overloaded or the request very large. Retry in a moment.'], true);
  }
  if (error instanceof NetworkError) {
    return problem('server-down', "The console's server is not answering", ["Check that the console's server (npm start or npm run preview) is still running, then retry."], true);
  }
  if (error instanceof UnexpectedAnswerError) {
    return problem('unexpected-answer', "Kibana's answer was not understood", ['A proxy in front of Kibana may have answered instead, or this Kibana version answers differently.']);
  }
  if (!(error instanceof KibanaError)) return problem('other', `Could not ${action.doing}`);

  const said = answerText(error);
  if (error.upstream === 'redirect' || error.error === 'Redirect') {
    return problem('login-redirect', 'Kibana redirected to its login page', [CREDENTIALS_CHECK], false, said);
  }
  if (error.upstream === 'timeout') {
    return problem('timeout', 'Kibana did not answer in time', ["The console's server gave up waiting for Kibana. Kibana may be overloaded; retry in a moment."], true, said);
  }
  if (error.upstream === 'unreachable' || error.statusCode === 502) {
    return problem(
      'unreachable',
      "The console's server could not reach Kibana",
      [KIBANA_URL_CHECK, "Check that Kibana is running and reachable from the machine running the console's server (its log names the address)."],
      true,
      said,
    );
  }
  switch (error.statusCode) {
    case 401:
      return problem('unauthenticated', "Kibana did not accept the console's credentials", [CREDENTIALS_CHECK], false, said);
    case 403: {
      const named = privilegesNamedBy(error.message);
      return problem(
        'forbidden',
        `Kibana refused to ${action.doing}`,
        [
          `The user or API key the console uses needs ${action.privilege}.`,
          ...(named ? [`Kibana asked for the privileges: ${named}.`] : []),
          'Check which user the console runs as: ' + CREDENTIALS_CHECK,
        ],
        false,
        said,
      );
    }
    case 404:
      return problem('not-found', 'Not found', [], false, said);
    case 400:
    case 409:
    case 413:
      return problem('bad-request', `Kibana refused to ${action.doing}`, [], false, said);
    case 429:
    case 503:
    case 504:
      return problem('unavailable', 'Kibana is not available right now', ['Kibana may be starting, restarting or overloaded. Wait a moment, then retry.'], true, said);
    default:
      return error.statusCode >= 500
        ? problem('kibana-error', `Kibana failed to ${action.doing}`, ['Kibana may be restarting or overloaded; its server log says why.'], false, said)
        : problem('other', `Could not ${action.doing}`, [], false, said);
  }
}

/** One paragraph for a toast or an inline message: what happened, then what to check. */
export function problemText(error: unknown, action?: ProblemAction): string {
  const problem = describeProblem(error, action);
  return [problem.detail, ...problem.checks].join(' ');
}
