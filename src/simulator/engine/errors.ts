// Kibana's error payloads (kibana-api.md §0.3, §1.4). Engine code throws KibanaHttpError; http.ts turns it
// into the Boom-shaped body, and bulk endpoints embed `.body` per object.
import type { KibanaErrorBody } from '../../contract/kibana';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? 'Error';
}

export class KibanaHttpError extends Error {
  readonly body: KibanaErrorBody;
  constructor(statusCode: number, message: string, attributes?: Record<string, unknown>) {
    super(message);
    this.body = { statusCode, error: reasonPhrase(statusCode), message };
    if (attributes) this.body.attributes = attributes;
  }
  get statusCode(): number {
    return this.body.statusCode;
  }
}

export function errorBody(statusCode: number, message?: string): KibanaErrorBody {
  return { statusCode, error: reasonPhrase(statusCode), message: message ?? reasonPhrase(statusCode) };
}

/** Saved-objects bad request: Boom appends `: Bad Request` to the reason unless `raw`. */
export function badRequest(reason: string, opts: { raw?: boolean } = {}): KibanaHttpError {
  return new KibanaHttpError(400, opts.raw ? reason : `${reason}: Bad Request`);
}

export function notFound(type?: string, id?: string): KibanaHttpError {
  return new KibanaHttpError(404, type && id ? `Saved object [${type}/${id}] not found` : 'Not Found');
}

export function conflict(type: string, id: string): KibanaHttpError {
  return new KibanaHttpError(409, `Saved object [${type}/${id}] conflict`);
}

export function unsupportedType(type: string): KibanaHttpError {
  return badRequest(`Unsupported saved object type: '${type}'`);
}

/** A route-validation failure: `[request body.spaces.1]: <message>` (§1.4). */
export function validationError(part: 'body' | 'query' | 'params', path: string, message: string): KibanaHttpError {
  const where = path ? `request ${part}.${path}` : `request ${part}`;
  return new KibanaHttpError(400, `[${where}]: ${message}`);
}

export const INTERNAL_ERROR_MESSAGE = 'An internal server error occurred. Check Kibana server logs for details.';
