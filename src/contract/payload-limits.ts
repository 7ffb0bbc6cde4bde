// How large a request body may be, per path: Kibana's limits, applied by the app server's proxy and by the
// simulator's HTTP server before a body is read (kibana-api.md §1; KIBANA-NOTES.md "Request limits").

/** Kibana's `server.maxPayload` default: every route without its own limit. */
export const MAX_PAYLOAD_BYTES = 1048576;
/** Kibana's `savedObjects.maxImportPayloadBytes` default, for the two import routes. */
export const MAX_IMPORT_PAYLOAD_BYTES = 26214400;
/** The simulator's own `PUT /__simulator/state` takes whole state documents (100,000 objects and more). */
export const MAX_SIMULATOR_STATE_BYTES = 512 * 1024 * 1024;

const IMPORT_PATH = /^(?:\/s\/[^/]+)?\/api\/saved_objects\/(?:_import|_resolve_import_errors)$/;

export function payloadLimitFor(pathname: string): number {
  if (IMPORT_PATH.test(pathname)) return MAX_IMPORT_PAYLOAD_BYTES;
  if (pathname === '/__simulator/state') return MAX_SIMULATOR_STATE_BYTES;
  return MAX_PAYLOAD_BYTES;
}

/** Kibana's 413 wording (Hapi's payload check). */
export function payloadTooLargeMessage(limit: number): string {
  return `Payload content length greater than maximum allowed: ${limit}`;
}
