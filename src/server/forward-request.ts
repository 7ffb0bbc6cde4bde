// Streams one request to the upstream (Kibana or the embedded simulator) and its answer back.
// Bodies are piped, never buffered: exports and bulk answers can be large.
import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  badGatewayBody,
  downstreamResponseHeaders,
  upstreamRequestHeaders,
  type KibanaErrorPayload,
  type ProxyTargetUrl,
} from './proxy-rules';

export interface Upstream {
  origin: string;
  basePath: string;
  authorization: string | undefined;
}

export function sendJson(res: ServerResponse, payload: KibanaErrorPayload, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(payload);
  res.writeHead(payload.statusCode, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

function describeFailure(error: NodeJS.ErrnoException): string {
  // Node's messages name host and port only (never the Authorization header), so they are safe
  // to show; the code alone ("ECONNREFUSED") is less helpful to an admin.
  return error.message || error.code || 'connection failed';
}

export function forwardRequest(
  req: IncomingMessage,
  res: ServerResponse,
  upstream: Upstream,
  target: ProxyTargetUrl,
): void {
  const origin = new URL(upstream.origin);
  const transport = origin.protocol === 'https:' ? https : http;

  const upstreamReq = transport.request({
    protocol: origin.protocol,
    hostname: origin.hostname.replace(/^\[|\]$/g, ''),
    port: origin.port || undefined,
    method: req.method,
    path: `${upstream.basePath}${target.pathname}${target.search}`,
    headers: upstreamRequestHeaders(req.headers, upstream.authorization),
  });

  // Once connected, the request may have reached Kibana: a failure after that is a lost answer, not
  // an unreachable Kibana, and the app must not treat a write as undone (client.ts, UPSTREAM_HEADER).
  let connected = false;
  upstreamReq.on('socket', (socket) => {
    if (upstreamReq.reusedSocket) connected = true;
    else socket.once('connect', () => (connected = true));
  });

  upstreamReq.on('response', (upstreamRes) => {
    res.writeHead(upstreamRes.statusCode ?? 502, downstreamResponseHeaders(upstreamRes.headers));
    upstreamRes.pipe(res);
    upstreamRes.on('error', () => res.destroy());
  });

  upstreamReq.on('error', (error: NodeJS.ErrnoException) => {
    if (res.destroyed || res.writableEnded) return; // the browser already left (see 'close' below)
    if (res.headersSent) {
      // Mid-stream failure: the status is already out, so the only honest signal is a cut connection.
      res.destroy();
      return;
    }
    sendJson(res, badGatewayBody(upstream.origin, describeFailure(error)), {
      'x-console-upstream': connected ? 'dropped' : 'unreachable',
    });
  });

  // The browser gave up (navigation, AbortController): stop the upstream work too.
  res.on('close', () => {
    if (!res.writableFinished) upstreamReq.destroy();
  });

  req.pipe(upstreamReq);
}
