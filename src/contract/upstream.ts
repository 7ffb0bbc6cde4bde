// What the console's server says when it answers instead of Kibana: one response header, read by the
// client (src/api/client.ts) to word its message and to tell a lost write from one that never left.

/** Header the console's server sets on answers it made itself about the upstream Kibana. */
export const UPSTREAM_HEADER = 'x-console-upstream';

/**
 * Values of UPSTREAM_HEADER: Kibana sent nothing for the timeout / could not be reached / redirected
 * (a login page) / the connection broke after the request reached Kibana (it may have acted on it).
 */
export type UpstreamProblem = 'timeout' | 'unreachable' | 'redirect' | 'dropped';
