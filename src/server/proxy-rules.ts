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
// only one used. `host` is set by Node from the upstream URL.
const DROPPED_REQUEST_HEADERS = new Set(['authorization', 'cookie', 'host']);

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

export function badGatewayBody(origin: string, reason: string): KibanaErrorPayload {
  return { statusCode: 502, error: 'Bad Gateway', message: `Kibana at ${origin} is unreachable: ${reason}` };
}

export function missingXsrfBody(): KibanaErrorPayload {
  return { statusCode: 400, error: 'Bad Request', message: 'Request must contain a kbn-xsrf header.' };
}
