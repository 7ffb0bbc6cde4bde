// Turns the error from the first Kibana call (the space list) into words an admin can act on.
import { KibanaError, NetworkError } from '../../api/client';

export type KibanaProblemKind = 'server-down' | 'unreachable' | 'unavailable' | 'unauthenticated' | 'forbidden' | 'other';

export interface KibanaProblem {
  kind: KibanaProblemKind;
  title: string;
  /** What to check, in order of likelihood. */
  checks: string[];
  /** The underlying message, shown verbatim (as text). */
  detail: string;
}

const CREDENTIALS_CHECK =
  'The console\'s server sends KIBANA_API_KEY (or KIBANA_USERNAME and KIBANA_PASSWORD) from its environment: check they are set, current and for this Kibana, then restart the server.';

export function describeKibanaProblem(error: unknown): KibanaProblem {
  const detail = error instanceof Error ? error.message : String(error);

  if (error instanceof NetworkError) {
    return {
      kind: 'server-down',
      title: "The console's server is not answering",
      checks: ['Check that the console\'s server (npm start or npm run preview) is still running, then retry.'],
      detail,
    };
  }
  if (!(error instanceof KibanaError)) {
    return { kind: 'other', title: 'Could not load the spaces from Kibana', checks: [], detail };
  }
  // A 502 comes from the console's own server (Kibana never answered), so its message stands alone.
  const kibanaSaid =
    error.statusCode === 502 || error.message.startsWith('Kibana answered')
      ? error.message
      : `Kibana answered ${error.statusCode} ${error.error}${error.message && error.message !== error.error ? `: ${error.message}` : ''}`;

  switch (error.statusCode) {
    case 502:
      return {
        kind: 'unreachable',
        title: 'Kibana is unreachable',
        checks: [
          'Check KIBANA_URL in the environment of the console\'s server: scheme, host, port and base path.',
          'Check that Kibana is running and reachable from the machine running the console\'s server.',
        ],
        detail: kibanaSaid,
      };
    case 503:
    case 504:
      return {
        kind: 'unavailable',
        title: 'Kibana is not available right now',
        checks: ['Kibana may be starting, restarting or overloaded. Wait a moment, then retry.'],
        detail: kibanaSaid,
      };
    case 401:
      return { kind: 'unauthenticated', title: "Kibana did not accept the console's credentials", checks: [CREDENTIALS_CHECK], detail: kibanaSaid };
    case 403:
      return {
        kind: 'forbidden',
        title: 'Kibana refused to list the spaces',
        checks: [
          'The user or API key the console uses needs the Spaces and Saved Objects Management privileges in the spaces you manage.',
          CREDENTIALS_CHECK,
        ],
        detail: kibanaSaid,
      };
    default:
      return { kind: 'other', title: 'Could not load the spaces from Kibana', checks: [], detail: kibanaSaid };
  }
}
