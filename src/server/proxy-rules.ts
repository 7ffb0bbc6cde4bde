// Pure rules of the app server's Kibana proxy: which paths go through, which headers cross in
// each direction, and the Kibana-shaped error bodies the proxy answers with itself.
// Kept free of I/O so they can be unit-tested without sockets.
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

/** `/api/...` or `/s/{space}/api/...` — Kibana's own space-prefix rule (kibana-api.md §1.1). */
const KIBANA_API_PATH = /^\/(?:s\/[a-z0-9_-]+\/)?api\//;
/** The embedded simulator's control endpoints (kibana-api.md §14.2). */
const SIMULATOR_CONTROL_PATH = /^\/__simulator(?:\/|$)/;

export type ProxyMode = 'kibana' | 'simulator';

export interface ProxyTargetUrl {
  pathname: string;
  search: string;
}

/**
 * Resolves dot segments (also percent-encoded ones) before the allow-list check, so that
 * `/api/../app/home` cannot slip past it; the normalised form is what gets forwarded.
 */
export function normalizeRequestUrl(rawUrl: string | undefined): ProxyTargetUrl | null {
  if (!rawUrl || !rawUrl.startsWith('/') || rawUrl.startsWith('//')) return null;
  try {
    const url = new URL(rawUrl, 'http://proxy.invalid');
    return { pathname: url.pathname, search: url.search };
  } catch {
    return null;
  }
}

export function isKibanaApiPath(pathname: string): boolean {
  return KIBANA_API_PATH.test(pathname);
}

/** Only Kibana API paths are forwarded; simulator control paths only to the embedded simulator. */
export function isForwardedPath(pathname: string, mode: ProxyMode): boolean {
  if (isKibanaApiPath(pathname)) return true;
  return mode === 'simulator' && SIMULATOR_CONTROL_PATH.test(pathname);
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** RFC 9110 §7.6.1: headers named in `Connection` are hop-by-hop too. */
function connectionTokens(headers: IncomingHttpHeaders): Set<string> {
  const value = headers.connection;
  const tokens = (Array.isArray(value) ? value.join(',') : (value ?? '')).split(',');
  return new Set(tokens.map((token) => token.trim().toLowerCase()).filter(Boolean));
}

function copyHeaders(headers: IncomingHttpHeaders, drop: ReadonlySet<string>): OutgoingHttpHeaders {
  const named = connectionTokens(headers);
  const result: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || HOP_BY_HOP.has(lower) || named.has(lower) || drop.has(lower)) continue;
    result[lower] = value;
  }
  return result;
}

// The browser's own credentials never reach Kibana: the server's configured identity is the
// only one used. `host` is set by Node from the upstream URL. `origin` has been checked by the proxy
// (only the console's own pages get this far) and names a host Kibana does not know.
const DROPPED_REQUEST_HEADERS = new Set(['authorization', 'cookie', 'host', 'origin']);

export function upstreamRequestHeaders(incoming: IncomingHttpHeaders, authorization: string | undefined): OutgoingHttpHeaders {
  const headers = copyHeaders(incoming, DROPPED_REQUEST_HEADERS);
  if (authorization) headers.authorization = authorization;
  return headers;
}

// `set-cookie`: a Kibana session must not be planted in the browser for the console's origin.
// `www-authenticate`: on a 401 it would make the browser pop its own login dialog instead of
// letting the app explain which credentials to fix.
const DROPPED_RESPONSE_HEADERS = new Set(['set-cookie', 'www-authenticate']);

export function downstreamResponseHeaders(upstream: IncomingHttpHeaders): OutgoingHttpHeaders {
  return copyHeaders(upstream, DROPPED_RESPONSE_HEADERS);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Kibana exempts API-key requests from its XSRF check (`xsrf.allowedSchemes`), and the proxy
 * adds an API key the browser never had — so the proxy itself insists on the header for writes,
 * which a cross-site form post cannot send.
 */
export function lacksXsrfHeader(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  if (SAFE_METHODS.has((method ?? 'GET').toUpperCase())) return false;
  return headers['kbn-xsrf'] === undefined && headers['kbn-version'] === undefined;
}

export interface KibanaErrorPayload {
  statusCode: number;
  error: string;
  message: string;
}

// The browser never learns where Kibana is (KIBANA_URL may name an internal host): these messages say
// who failed and how, and the console's server logs the address (forward-request.ts).

/** 502 when Kibana could not be reached (`unreachable`) or the connection broke before its answer (`dropped`). */
export function badGatewayBody(problem: 'unreachable' | 'dropped', code: string | undefined, method = 'GET'): KibanaErrorPayload {
  const how = code ? ` (${code})` : '';
  const write = !SAFE_METHODS.has(method.toUpperCase());
  const message =
    problem === 'unreachable'
      ? `The console's server could not connect to Kibana${how}. Its log names the address it tried.`
      : `The connection from the console's server to Kibana broke before Kibana answered${how}.` +
        `${write ? ' The write may or may not have been applied.' : ''} The server log names the address.`;
  return { statusCode: 502, error: 'Bad Gateway', message };
}

export { UPSTREAM_HEADER, type UpstreamProblem } from '../contract/upstream';

export function gatewayTimeoutBody(timeoutMs: number): KibanaErrorPayload {
  return {
    statusCode: 504,
    error: 'Gateway Timeout',
    message:
      `Kibana accepted the connection but sent nothing for ${timeoutMs / 1000} s (KIBANA_TIMEOUT_MS), so the console's ` +
      'server gave up. Kibana may be overloaded or stuck; a write may or may not have been applied.',
  };
}

/** Only the path of the redirect target is shown: never a query or userinfo that could carry secrets. */
export function redirectBody(origin: string, status: number, location: string | undefined): KibanaErrorPayload {
  let target = '';
  if (location) {
    try {
      target = ` to ${new URL(location, origin).pathname}`;
    } catch {
      // an unparsable Location: say only that it redirected
    }
  }
  return {
    statusCode: 502,
    error: 'Bad Gateway',
    message:
      `Kibana answered with a redirect (${status}${target}) instead of an API response. This is most likely ` +
      "Kibana's login page: the credentials the console's server sends (KIBANA_API_KEY, or KIBANA_USERNAME and " +
      'KIBANA_PASSWORD) were not accepted. Check them and restart the console.',
  };
}

/** 304 is a cache answer, not a redirect. */
export function isRedirect(status: number): boolean {
  return status >= 300 && status < 400 && status !== 304;
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value)?.split(',')[0].trim() || undefined;
}

/**
 * A request from a page is the console's own when its `Origin` names the host the browser connected to
 * (`Host`, or `X-Forwarded-Host` behind a reverse proxy — a page cannot set either across origins). The scheme
 * is not compared: a TLS-terminating proxy in front of the console changes it. No `Origin` at all (curl,
 * same-origin GET) is allowed: the XSRF header rule still covers writes.
 */
export function foreignOrigin(headers: IncomingHttpHeaders): string | undefined {
  const origin = firstValue(headers.origin);
  if (origin === undefined) return undefined;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return origin; // "null" (sandboxed frames, file://) or garbage
  }
  const own = [firstValue(headers.host), firstValue(headers['x-forwarded-host'])].map((h) => h?.toLowerCase());
  return own.includes(host.toLowerCase()) ? undefined : origin;
}

export function foreignOriginBody(origin: string, host: string | undefined): KibanaErrorPayload {
  return {
    statusCode: 403,
    error: 'Forbidden',
    message:
      `Request refused: it comes from a page at ${origin}, not from this console${host ? ` (${host})` : ''}. The console's ` +
      'server adds its Kibana credentials to every request, so it only answers its own pages.',
  };
}

export function payloadTooLargeBody(message: string): KibanaErrorPayload {
  return { statusCode: 413, error: 'Payload Too Large', message };
}

export function missingXsrfBody(): KibanaErrorPayload {
  return { statusCode: 400, error: 'Bad Request', message: 'Request must contain a kbn-xsrf header.' };
}
