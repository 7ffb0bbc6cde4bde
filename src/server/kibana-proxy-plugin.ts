// The app server's Vite plugin, used by `vite` (dev) and `vite preview` alike: an allow-listed
// proxy from the browser to KIBANA_URL that adds the server's credentials, or — with no
// KIBANA_URL — to an embedded Kibana simulator started in this process.
//
// Registered directly in configure(Preview)Server, so it runs after Vite's host check and CORS
// middlewares (keeping DNS-rebinding protection) and before Vite's own file serving.
import type { Connect, Logger, Plugin } from 'vite';
import { declaredBodyTooLarge, forwardRequest, refuseTooLarge, sendJson, type Upstream } from './forward-request';
import { readKibanaUpstream, readSimulatorOptions, readUpstreamTimeout, type KibanaEnv } from './kibana-config';
import {
  foreignOrigin,
  foreignOriginBody,
  isForwardedPath,
  isKibanaApiPath,
  lacksXsrfHeader,
  missingXsrfBody,
  normalizeRequestUrl,
  type ProxyMode,
} from './proxy-rules';

interface ProxyTarget {
  mode: ProxyMode;
  upstream: Upstream;
  close(): Promise<void>;
}

async function startTarget(env: KibanaEnv, logger: Logger): Promise<ProxyTarget> {
  const kibana = readKibanaUpstream(env);
  const timeoutMs = readUpstreamTimeout(env);
  if (kibana) {
    for (const warning of kibana.warnings) logger.warn(`  [kibana] ${warning}`);
    logger.info(`  ➜  Kibana:   ${kibana.origin}${kibana.basePath} (${kibana.authDescription})`);
    return { mode: 'kibana', upstream: { ...kibana, timeoutMs, log: (line) => logger.warn(`  ${line}`) }, close: async () => {} };
  }

  const options = readSimulatorOptions(env);
  // Loaded on demand so a deployment against a real Kibana never even loads the simulator.
  const { startSimulatorServer } = await import('../simulator/node-server');
  const simulator = await startSimulatorServer({
    port: 0,
    host: '127.0.0.1',
    ephemeral: options.ephemeral,
    statePath: options.statePath,
    objects: options.objects,
  });
  const storage = options.ephemeral ? 'in memory, reset on restart' : (options.statePath ?? 'kept on disk');
  logger.info(`  ➜  Kibana:   embedded simulator at ${simulator.url} (${storage}; set KIBANA_URL to use a real Kibana)`);
  return {
    mode: 'simulator',
    upstream: { origin: new URL(simulator.url).origin, basePath: '', authorization: undefined, timeoutMs, log: (line) => logger.warn(`  ${line}`) },
    close: () => simulator.close(),
  };
}

function proxyMiddleware(target: ProxyTarget): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = normalizeRequestUrl(req.url);
    if (!url || !isForwardedPath(url.pathname, target.mode)) {
      next();
      return;
    }
    // Another page (another site, or another port on this machine) must not use the credentials this
    // server adds. CORS is off (vite.config.ts), so it cannot read answers; this stops it sending writes.
    const foreign = foreignOrigin(req.headers);
    if (foreign !== undefined) {
      sendJson(res, foreignOriginBody(foreign, req.headers.host));
      return;
    }
    if (isKibanaApiPath(url.pathname) && lacksXsrfHeader(req.method, req.headers)) {
      sendJson(res, missingXsrfBody());
      return;
    }
    const limit = declaredBodyTooLarge(req, url);
    if (limit !== undefined) {
      refuseTooLarge(res, limit);
      return;
    }
    forwardRequest(req, res, target.upstream, url);
  };
}

async function install(
  env: KibanaEnv,
  middlewares: Connect.Server,
  httpServer: { once(event: 'close', listener: () => void): unknown } | null,
  logger: Logger,
): Promise<void> {
  const target = await startTarget(env, logger);
  // Vite closes the http server on shutdown and on config-change restarts; the simulator
  // (and its state file) goes with it.
  httpServer?.once('close', () => {
    target.close().catch((error: unknown) => logger.error(`  [kibana] could not stop the simulator: ${String(error)}`));
  });
  middlewares.use(proxyMiddleware(target));
}

export function kibanaProxyPlugin(env: KibanaEnv = process.env): Plugin {
  return {
    name: 'saved-objects-console:kibana-proxy',
    async configureServer(server) {
      await install(env, server.middlewares, server.httpServer, server.config.logger);
    },
    async configurePreviewServer(server) {
      await install(env, server.middlewares, server.httpServer, server.config.logger);
    },
  };
}
