// The one place that speaks HTTP to Kibana (through the console's server, which adds the
// credentials). Turns every answer into validated data or a typed error; shows no UI.
import { SPACE_ID_PATTERN, type KibanaErrorBody } from '../contract/kibana';
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
}

/** Kibana answered with an error status (body shape: kibana-api.md §1.4). */
export class KibanaError extends Error {
  override name = 'KibanaError';
  readonly statusCode: number;
  readonly error: string;
  readonly attributes: Record<string, unknown> | undefined;

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

function toHttpError(response: Response, parsed: unknown, isJson: boolean): KibanaError {
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

export async function kibanaRequest<T>(request: KibanaRequest<T>): Promise<T> {
  const { method = 'GET', path, space, query, body, signal, validate, responseType = 'json' } = request;
  const url = new URL(`${spacePrefix(space)}${path}${buildQueryString(query)}`, window.location.origin);
  const headers: Record<string, string> = { accept: 'application/json', 'kbn-xsrf': 'true' };
  if (body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
    text = await response.text();
  } catch (error) {
    if (isAbort(error) || signal?.aborted) throw error;
    throw networkError(error);
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
  if (error instanceof NetworkError) return true;
  return error instanceof KibanaError && [429, 502, 503, 504].includes(error.statusCode);
}
