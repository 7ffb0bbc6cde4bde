// The one place that speaks HTTP to Kibana (through the console's server, which adds the
// credentials). Turns every answer into validated data or a typed error; shows no UI.
import { SPACE_ID_PATTERN, type KibanaErrorBody } from '../contract/kibana';
import { UPSTREAM_HEADER, type UpstreamProblem } from '../contract/upstream';
import { UnexpectedAnswerError } from './validate';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
type QueryScalar = string | number | boolean;
export type QueryValue = QueryScalar | readonly QueryScalar[] | null | undefined;
export type QueryParams = Readonly<Record<string, QueryValue>>;

export interface KibanaRequest<T> {
  method?: HttpMethod;
  /** Kibana path without the space prefix, e.g. `/api/saved_objects/_find`. */
  path: `/api/${string}`;
  /** Space the request runs in; omitted or `default` → no `/s/{space}` prefix. */
  space?: string;
  /** Arrays repeat the key (`type=a&type=b`), as Kibana's route schemas expect. */
  query?: QueryParams;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  /** Checks the answer's shape; see validate.ts. */
  validate: (answer: unknown) => T;
  /** `text`: `validate` gets the raw body (NDJSON exports); default `json`: the parsed body. */
  responseType?: 'json' | 'text';
  /**
   * `read` changes nothing in Kibana; `write` may (even a GET: the ML sync). Default: GET is a read,
   * every other method a write. A write whose answer is lost fails with ResultUnknownError and is
   * never retried; a read times out sooner and may be retried.
   */
  kind?: 'read' | 'write';
  /** Overrides the default timeout for this request (milliseconds). */
  timeoutMs?: number;
}

export { UPSTREAM_HEADER, type UpstreamProblem } from '../contract/upstream';

function envMs(value: unknown, fallback: number): number {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}
/**
 * Default timeouts. A slow Kibana needs more for writes (a 10,000-object _bulk_update); a write waits
 * just beyond the proxy's own upstream timeout (KIBANA_TIMEOUT_MS, 120 s), so the proxy's 504 with
 * its explanation arrives first.
 */
export const READ_TIMEOUT_MS = envMs(import.meta.env?.VITE_REQUEST_TIMEOUT_MS, 30_000);
export const WRITE_TIMEOUT_MS = envMs(import.meta.env?.VITE_WRITE_TIMEOUT_MS, 130_000);

/** Kibana answered with an error status (body shape: kibana-api.md §1.4). */
export class KibanaError extends Error {
  override name = 'KibanaError';
  readonly statusCode: number;
  readonly error: string;
  readonly attributes: Record<string, unknown> | undefined;
  /** Set when the console's server made this answer itself (UPSTREAM_HEADER): Kibana never answered. */
  upstream: UpstreamProblem | undefined = undefined;

  constructor(body: KibanaErrorBody) {
    super(body.message);
    this.statusCode = body.statusCode;
    this.error = body.error;
    this.attributes = body.attributes;
  }
}

/** No HTTP answer at all: the console's own server is down or the connection broke. */
export class NetworkError extends Error {
  override name = 'NetworkError';
}

/** No answer within the request's timeout (a read: nothing changed, safe to retry). */
export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/**
 * A write went out and its answer was lost (dropped connection, timeout, gateway timeout): Kibana may
 * or may not have performed it. Never retry it; re-read what it touched and say what happened.
 */
export class ResultUnknownError extends Error {
  override name = 'ResultUnknownError';
}

export function isResultUnknown(error: unknown): error is ResultUnknownError {
  return error instanceof ResultUnknownError;
}

/**
 * A path segment no browser can send: WHATWG URL parsing (fetch, Node and Chromium alike) treats
 * `.` and `..` — and their encodings `%2E`, `%2E%2E` — as "this folder" / "parent folder", so
 * `DELETE /api/saved_objects/dashboard/..` leaves as `DELETE /api/saved_objects/`. Double encoding
 * would reach Kibana as a different id. Refused before sending.
 */
export class UnsendableIdError extends Error {
  override name = 'UnsendableIdError';
  readonly id: string;

  constructor(id: string) {
    super(
      `The id “${id}” cannot be sent in a URL path: browsers rewrite “.” and “..” (however they are encoded) before sending, so Kibana would receive a different request. An object with this id cannot be deleted through Kibana's HTTP API; nothing was sent.`,
    );
    this.id = id;
  }
}

/** True for ids that can never travel as a URL path segment (see UnsendableIdError). */
export function isUnsendableSegment(value: string): boolean {
  return value === '.' || value === '..';
}

/** Encodes one path segment, refusing the ones a browser would rewrite. */
export function pathSegment(value: string): string {
  if (isUnsendableSegment(value)) throw new UnsendableIdError(value);
  return encodeURIComponent(value);
}

export function spacePrefix(space: string | undefined): string {
  if (space === undefined || space === 'default') return '';
  if (!SPACE_ID_PATTERN.test(space)) {
    // Kibana only recognises this pattern as a space prefix (§1.1); anything else would reach
    // the console's HTML page instead of Kibana.
    throw new KibanaError({
      statusCode: 404,
      error: 'Not Found',
      message: `"${space}" is not a valid space id: space ids use only a-z, 0-9, "_" and "-".`,
    });
  }
  return `/s/${space}`;
}

export function buildQueryString(query: QueryParams | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    const values: readonly QueryScalar[] = Array.isArray(value) ? value : [value as QueryScalar];
    for (const entry of values) params.append(key, String(entry));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function networkError(cause: unknown): NetworkError {
  const detail = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
  return new NetworkError(
    `Could not reach Kibana through the console's server${detail}. Check that the console's server is still running.`,
    { cause },
  );
}

function isKibanaErrorBody(value: unknown): value is KibanaErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof KibanaErrorBody, unknown>>;
  return typeof candidate.message === 'string';
}

function describeBody(response: Response): string {
  const type = response.headers.get('content-type')?.split(';')[0]?.trim();
  return type ? `a ${type} page` : 'a body that is not JSON';
}

function upstreamProblem(response: Response): UpstreamProblem | undefined {
  const value = response.headers.get(UPSTREAM_HEADER);
  return value === 'timeout' || value === 'unreachable' || value === 'redirect' || value === 'dropped' ? value : undefined;
}

function toHttpError(response: Response, parsed: unknown, isJson: boolean): KibanaError {
  const error = toKibanaError(response, parsed, isJson);
  error.upstream = upstreamProblem(response);
  return error;
}

function toKibanaError(response: Response, parsed: unknown, isJson: boolean): KibanaError {
  if (isJson && isKibanaErrorBody(parsed)) {
    const attributes = typeof parsed.attributes === 'object' && parsed.attributes !== null ? parsed.attributes : undefined;
    return new KibanaError({
      statusCode: response.status,
      error: typeof parsed.error === 'string' ? parsed.error : response.statusText,
      message: parsed.message,
      attributes,
    });
  }
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return new KibanaError({
    statusCode: response.status,
    error: response.statusText || 'Error',
    message: isJson
      ? `Kibana answered ${status}.`
      : `Kibana answered ${status} with ${describeBody(response)} instead of a Kibana error. A proxy between the console and Kibana may have answered instead.`,
  });
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

function lostAnswer(method: HttpMethod, path: string, cause: Error): ResultUnknownError {
  return new ResultUnknownError(
    `The answer to ${method} ${path} was lost (${cause.message}) — the result is unknown: Kibana may or may not have made the change.`,
    { cause },
  );
}

export async function kibanaRequest<T>(request: KibanaRequest<T>): Promise<T> {
  const { method = 'GET', path, space, query, body, signal, validate, responseType = 'json' } = request;
  const kind = request.kind ?? (method === 'GET' ? 'read' : 'write');
  const timeoutMs = request.timeoutMs ?? (kind === 'read' ? READ_TIMEOUT_MS : WRITE_TIMEOUT_MS);
  const url = new URL(`${spacePrefix(space)}${path}${buildQueryString(query)}`, window.location.origin);
  const headers: Record<string, string> = { accept: 'application/json', 'kbn-xsrf': 'true' };
  if (body !== undefined) headers['content-type'] = 'application/json';

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  signal?.addEventListener('abort', onAbort);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: timeout.signal,
      // A redirect from Kibana (or a proxy) is a login page, never data: report it, don't follow it.
      redirect: 'manual',
    });
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw isAbort(error) ? error : new DOMException('Aborted', 'AbortError');
    const failure = timeout.signal.aborted
      ? new TimeoutError(`Kibana did not answer ${method} ${path} within ${seconds(timeoutMs)}.`, { cause: error })
      : networkError(error);
    if (kind === 'write') throw lostAnswer(method, path, failure);
    throw failure;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }

  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    throw new KibanaError({
      statusCode: response.status || 302,
      error: 'Redirect',
      message: `Kibana answered ${method} ${path} with a redirect, most likely to its login page: the console's credentials were not accepted. Check KIBANA_API_KEY, or KIBANA_USERNAME and KIBANA_PASSWORD.`,
    });
  }
  // A write whose answer a gateway lost: Kibana may have done it. The console's server says which case
  // it is (UPSTREAM_HEADER): the connection broke or went silent after the request reached Kibana
  // (dropped, timeout) → unknown; Kibana never reached (unreachable) or a login redirect → nothing
  // changed. A 502/504 from some other gateway, which does not say, may have lost it too.
  const upstream = upstreamProblem(response);
  const gatewayLost = upstream === undefined && (response.status === 502 || response.status === 504);
  if (kind === 'write' && (upstream === 'dropped' || upstream === 'timeout' || gatewayLost)) {
    const what = upstream === 'dropped' ? 'the connection to Kibana broke before it answered' : `the gateway answered ${response.status} ${response.statusText || (response.status === 504 ? 'Gateway Timeout' : 'Bad Gateway')}`;
    throw lostAnswer(method, path, new Error(what));
  }

  let parsed: unknown = undefined;
  let isJson = true;
  if (text !== '') {
    try {
      parsed = JSON.parse(text);
    } catch {
      isJson = false;
    }
  }

  if (!response.ok) throw toHttpError(response, parsed, isJson);
  if (responseType === 'text') return validate(text);
  if (!isJson) {
    throw new UnexpectedAnswerError(
      `Unexpected answer from Kibana: expected JSON but got ${describeBody(response)}. Is the console's server forwarding ${path} to Kibana?`,
    );
  }
  return validate(parsed);
}

/** Worth retrying: no answer at all, rate limiting, or a gateway/Kibana that is (re)starting. */
export function isRetryableError(error: unknown): boolean {
  if (error instanceof ResultUnknownError) return false;
  if (error instanceof NetworkError || error instanceof TimeoutError) return true;
  return error instanceof KibanaError && [429, 502, 503, 504].includes(error.statusCode);
}
