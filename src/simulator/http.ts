// The one higher-order resolver every Kibana route goes through: the /s/{space} prefix (§1.1), fault
// rules (§14.2), API-key auth (§14.1), payload limit, the kbn-xsrf rule (§1.2), versioned-route headers,
// Kibana's error bodies (§1.4), response headers (§1.3) and persistence of what the route wrote.
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { PUBLIC_API_VERSION } from '../contract/kibana';
import { MAX_PAYLOAD_BYTES, payloadTooLargeMessage } from '../contract/payload-limits';
import { errorBody, INTERNAL_ERROR_MESSAGE, KibanaHttpError } from './engine/errors';
import { SIMULATED_KIBANA_VERSION, type Simulator } from './simulator';

export interface RouteContext {
  sim: Simulator;
  request: Request;
  url: URL;
  /** The space the request addresses (`default` without a prefix). */
  space: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body; Kibana's 400 when it is not JSON. */
  json(): Promise<unknown>;
}

export interface RouteResult {
  status?: number;
  body?: unknown;
  /** Raw text body (e.g. NDJSON) instead of JSON. */
  text?: string;
  headers?: Record<string, string>;
}

export interface RouteOptions {
  /** The deprecated `/api/saved_objects/*` CRUD routes add a `warning` header. */
  deprecated?: boolean;
  /** Versioned public routes check `elastic-api-version`. */
  versioned?: boolean;
}

type Method = 'get' | 'post' | 'put' | 'delete';
type Handler = (ctx: RouteContext) => RouteResult | Promise<RouteResult>;

export { MAX_PAYLOAD_BYTES } from '../contract/payload-limits';
const PREFIX = /^(?:\/s\/([a-z0-9_-]+))?(\/api\/.*)$/;
const DATE_VERSION = /^\d{4}-\d{2}-\d{2}$/;

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return HttpResponse.json(body as Record<string, unknown>, { status, headers });
}

/** Splits `/s/<space>/api/...` into its space and Kibana path; undefined when the prefix is malformed. */
export function parseSpacePath(pathname: string): { space: string; path: string } | undefined {
  const m = PREFIX.exec(pathname);
  return m ? { space: m[1] ?? 'default', path: m[2] } : undefined;
}

function checkVersionHeader(request: Request, method: string, path: string): KibanaHttpError | undefined {
  const v = request.headers.get('elastic-api-version');
  if (v === null) return undefined;
  if (!DATE_VERSION.test(v) || Number.isNaN(Date.parse(v)))
    return new KibanaHttpError(400, `Invalid version. Received "${v}", expected a valid date string formatted as YYYY-MM-DD.`);
  if (v !== PUBLIC_API_VERSION)
    return new KibanaHttpError(
      400,
      `No version "${v}" available for [${method.toLowerCase()}] [${path}]. Available versions are: [${PUBLIC_API_VERSION}]`,
    );
  return undefined;
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES)
    throw new KibanaHttpError(413, payloadTooLargeMessage(MAX_PAYLOAD_BYTES));
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new KibanaHttpError(400, 'Invalid request payload JSON format');
  }
}

/** Runs the checks every Kibana path gets, before any route logic. Returns a response to send instead. */
async function preflight(sim: Simulator, request: Request, path: string): Promise<Response | undefined> {
  const fault = sim.faults.take(request.method, path);
  if (fault) {
    if (fault.delayMs) await delay(fault.delayMs);
    if (fault.drop) return HttpResponse.error();
    if (fault.status) return json(fault.body ?? errorBody(fault.status), fault.status);
  }
  if (sim.apiKey && request.headers.get('authorization') !== `ApiKey ${sim.apiKey}`)
    return json(errorBody(401, 'Unauthorized'), 401);
  const safe = request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS';
  if (!safe && !request.headers.has('kbn-xsrf') && !request.headers.has('kbn-version'))
    return json(errorBody(400, 'Request must contain a kbn-xsrf header.'), 400);
  const kbnVersion = request.headers.get('kbn-version');
  if (kbnVersion !== null && kbnVersion !== SIMULATED_KIBANA_VERSION)
    return json(
      {
        ...errorBody(400, 'Browser client is out of date, please refresh the page'),
        attributes: { expected: SIMULATED_KIBANA_VERSION, got: kbnVersion },
      },
      400,
    );
  return undefined;
}

export function kibanaRoute(sim: Simulator, method: Method, pattern: string, handler: Handler, options: RouteOptions = {}): HttpHandler {
  return http[method](`*${pattern}`, async ({ request, params }) => {
    const url = new URL(request.url);
    const parsed = parseSpacePath(url.pathname);
    if (!parsed) return json(errorBody(404), 404);
    const early = await preflight(sim, request, parsed.path);
    if (early) return early;
    const headers: Record<string, string> = { 'elastic-api-version': PUBLIC_API_VERSION };
    // Kibana's default deprecation message, URI-encoded (get_warning_header_message.ts).
    if (options.deprecated) headers.warning = `299 Kibana-${SIMULATED_KIBANA_VERSION} "This%20endpoint%20is%20deprecated"`;
    try {
      if (options.versioned) {
        const versionError = checkVersionHeader(request, method, pattern);
        if (versionError) throw versionError;
      }
      const stringParams = Object.fromEntries(
        Object.entries(params).map(([k, v]) => [k, decodeURIComponent(Array.isArray(v) ? v.join('/') : String(v ?? ''))]),
      );
      const result = await handler({
        sim,
        request,
        url,
        space: parsed.space,
        params: stringParams,
        query: url.searchParams,
        json: () => readJson(request),
      });
      sim.flush();
      const status = result.status ?? 200;
      const allHeaders = { ...headers, ...result.headers };
      if (result.text !== undefined) return new HttpResponse(result.text, { status, headers: allHeaders });
      if (result.body === undefined) return new HttpResponse(null, { status, headers: allHeaders });
      return json(result.body, status, allHeaders);
    } catch (error) {
      if (error instanceof KibanaHttpError) return json(error.body, error.statusCode, headers);
      console.error('[simulator] unhandled error', error);
      return json(errorBody(500, INTERNAL_ERROR_MESSAGE), 500, headers);
    }
  });
}

/** Does every `%XX` sequence of the path decode (as UTF-8)? */
function decodablePath(pathname: string): boolean {
  try {
    for (const segment of pathname.split('/')) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/**
 * Kibana's router (Hapi) answers 400 `Invalid request path` when a path segment's percent-encoding does not
 * decode (`%ZZ`, a cut UTF-8 sequence), before authentication. Register first: msw's own path matching
 * would throw on such a path.
 */
export function malformedPathRoute(): HttpHandler {
  return http.all(/.*/, ({ request }) =>
    decodablePath(new URL(request.url).pathname) ? undefined : json(errorBody(400, 'Invalid request path'), 400),
  );
}

/** Kibana answers unknown routes with a bare 404. Register last. */
export function unknownRoute(sim: Simulator): HttpHandler {
  return http.all('*/api/*', async ({ request }) => {
    const url = new URL(request.url);
    const parsed = parseSpacePath(url.pathname);
    if (parsed) {
      const early = await preflight(sim, request, parsed.path);
      if (early) return early;
    }
    return json(errorBody(404), 404);
  });
}
