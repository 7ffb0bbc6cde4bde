// Reads which Kibana the app server talks to, and as whom, from the environment.
// Pure: takes the env object, returns a description or throws a message an admin can act on.

export interface KibanaUpstream {
  /** `https://kibana.example:5601` — never contains credentials, safe to print. */
  origin: string;
  /** Kibana's `server.basePath`, e.g. `/kibana`, or '' — prepended to every forwarded path. */
  basePath: string;
  authorization: string | undefined;
  /** How the console authenticates, for the startup log line (no secrets). */
  authDescription: string;
  warnings: string[];
}

export type KibanaEnv = Partial<Record<string, string>>;

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function readKibanaUpstream(env: KibanaEnv): KibanaUpstream | null {
  const raw = env.KIBANA_URL?.trim();
  if (!raw) return null;

  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`KIBANA_URL is not a valid URL: expected something like https://kibana.example.com:5601`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`KIBANA_URL must start with http:// or https:// (got ${url.protocol}//)`);
  }

  const warnings: string[] = [];
  const apiKey = env.KIBANA_API_KEY?.trim();
  const username = env.KIBANA_USERNAME ?? (url.username ? decodeURIComponent(url.username) : undefined);
  const password = env.KIBANA_PASSWORD ?? (url.password ? decodeURIComponent(url.password) : undefined);

  let authorization: string | undefined;
  let authDescription: string;
  if (apiKey) {
    authorization = `ApiKey ${apiKey}`;
    authDescription = 'API key from KIBANA_API_KEY';
  } else if (username && password !== undefined) {
    authorization = basic(username, password);
    authDescription = `basic auth as ${username}`;
  } else {
    if (username) warnings.push('KIBANA_USERNAME is set without KIBANA_PASSWORD; sending no credentials.');
    authDescription = 'no credentials (set KIBANA_API_KEY or KIBANA_USERNAME/KIBANA_PASSWORD)';
  }
  if (authorization && url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    warnings.push(`KIBANA_URL uses plain http: credentials travel unencrypted to ${url.host}.`);
  }

  return {
    origin: url.origin,
    basePath: url.pathname.replace(/\/+$/, ''),
    authorization,
    authDescription,
    warnings,
  };
}

export interface SimulatorOptions {
  ephemeral: boolean;
  statePath: string | undefined;
  objects: number | undefined;
}

export function readSimulatorOptions(env: KibanaEnv): SimulatorOptions {
  const objects = env.SIMULATOR_OBJECTS ? Number(env.SIMULATOR_OBJECTS) : undefined;
  if (objects !== undefined && (!Number.isInteger(objects) || objects < 0)) {
    throw new Error(`SIMULATOR_OBJECTS must be a whole number (got "${env.SIMULATOR_OBJECTS}")`);
  }
  return {
    ephemeral: env.SIMULATOR_EPHEMERAL === '1',
    statePath: env.SIMULATOR_STATE || undefined,
    objects,
  };
}

/**
 * Default for KIBANA_TIMEOUT_MS: how long the proxy waits for Kibana to answer (or to send more). Long
 * enough for a big write (a 10,000-object _bulk_update, a copy of a large closure) that sends nothing
 * until it is done; the client gives up on reads sooner (src/api/client.ts), and on writes just after this.
 */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 120_000;

/** `KIBANA_TIMEOUT_MS`: milliseconds without a byte from Kibana before the proxy answers 504. */
export function readUpstreamTimeout(env: KibanaEnv): number {
  const raw = env.KIBANA_TIMEOUT_MS?.trim();
  if (!raw) return DEFAULT_UPSTREAM_TIMEOUT_MS;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms <= 0)
    throw new Error(`KIBANA_TIMEOUT_MS must be a whole number of milliseconds above 0 (got "${raw}")`);
  return ms;
}

/** `PORT` for `npm start` and `vite preview`; Vite's usual 5173 otherwise. */
export function readPort(env: KibanaEnv): number {
  const port = Number(env.PORT);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : 5173;
}
