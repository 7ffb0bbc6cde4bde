// Streams one request to the upstream (Kibana or the embedded simulator) and its answer back.
// Bodies are piped, never buffered: exports and bulk answers can be large. The proxy answers itself,
// with a Kibana-shaped body and UPSTREAM_HEADER, when Kibana cannot be reached (502), sends nothing for
// the timeout (504) or redirects (502: a login page is never an API answer), and it stops a request body
// at the path's size limit (413).
import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Transform, type TransformCallback } from 'node:stream';
import { payloadLimitFor, payloadTooLargeMessage } from '../contract/payload-limits';
import {
  badGatewayBody,
  downstreamResponseHeaders,
  gatewayTimeoutBody,
  isRedirect,
  payloadTooLargeBody,
  redirectBody,
  UPSTREAM_HEADER,
  upstreamRequestHeaders,
  type KibanaErrorPayload,
  type ProxyTargetUrl,
  type UpstreamProblem,
} from './proxy-rules';
import { DEFAULT_UPSTREAM_TIMEOUT_MS } from './kibana-config';

export interface Upstream {
  origin: string;
  basePath: string;
  authorization: string | undefined;
  /** Milliseconds without a byte from the upstream before giving up (KIBANA_TIMEOUT_MS). */
  timeoutMs?: number;
  /** The server log: Kibana's address and Node's full error go here, never to the browser. */
  log?: ProxyLog;
}

export function sendJson(
  res: ServerResponse,
  payload: KibanaErrorPayload,
  options: { problem?: UpstreamProblem; close?: boolean } = {},
): void {
  const body = JSON.stringify(payload);
  res.writeHead(payload.statusCode, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...(options.problem ? { [UPSTREAM_HEADER]: options.problem } : {}),
    // The rest of an oversized body is never read: close the connection instead of draining it.
    ...(options.close ? { connection: 'close' } : {}),
  });
  res.end(body);
}

/** The request body's size limit, or undefined when it is within it (judged on Content-Length, before reading). */
export function declaredBodyTooLarge(req: IncomingMessage, target: ProxyTargetUrl): number | undefined {
  const limit = payloadLimitFor(target.pathname);
  return Number(req.headers['content-length']) > limit ? limit : undefined;
}

export function refuseTooLarge(res: ServerResponse, limit: number): void {
  sendJson(res, payloadTooLargeBody(payloadTooLargeMessage(limit)), { close: true });
}

/** Passes a streamed body through until it passes `limit`, then fails instead of sending more. */
function bodyLimiter(limit: number, onTooLarge: () => void): Transform {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      size += chunk.length;
      if (size > limit) {
        onTooLarge();
        return;
      }
      callback(null, chunk);
    },
  });
}

/** Where a failure is logged with Kibana's address: the browser only gets the error code. */
export type ProxyLog = (line: string) => void;

const consoleLog: ProxyLog = (line) => console.warn(line);

export function forwardRequest(
  req: IncomingMessage,
  res: ServerResponse,
  upstream: Upstream,
  target: ProxyTargetUrl,
): void {
  const origin = new URL(upstream.origin);
  const transport = origin.protocol === 'https:' ? https : http;
  const timeoutMs = upstream.timeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  /** Set once the proxy has answered (or cut) itself: later upstream events change nothing. */
  let settled = false;
  const log = upstream.log ?? consoleLog;

  const upstreamReq = transport.request({
    protocol: origin.protocol,
    hostname: origin.hostname.replace(/^\[|\]$/g, ''),
    port: origin.port || undefined,
    method: req.method,
    path: `${upstream.basePath}${target.pathname}${target.search}`,
    headers: upstreamRequestHeaders(req.headers, upstream.authorization),
  });

  const answerInstead = (payload: KibanaErrorPayload, options: Parameters<typeof sendJson>[2]) => {
    if (settled) return;
    settled = true;
    upstreamReq.destroy();
    if (res.destroyed || res.writableEnded) return; // the browser already left
    // Mid-stream, the status is already out: the only honest signal is a cut connection.
    if (res.headersSent) res.destroy();
    else sendJson(res, payload, options);
  };

  // Once connected, the request may have reached Kibana: a failure after that is a lost answer, not
  // an unreachable Kibana, and the app must not treat a write as undone (client.ts, UPSTREAM_HEADER).
  let connected = false;
  upstreamReq.on('socket', (socket) => {
    if (upstreamReq.reusedSocket) connected = true;
    else socket.once('connect', () => (connected = true));
  });

  upstreamReq.on('response', (upstreamRes) => {
    if (settled) {
      upstreamRes.resume();
      return;
    }
    const status = upstreamRes.statusCode ?? 502;
    if (isRedirect(status)) {
      upstreamRes.resume();
      log(`[kibana] ${req.method} ${target.pathname}: ${upstream.origin} redirected (${status}) to ${upstreamRes.headers.location ?? 'nowhere'}`);
      answerInstead(redirectBody(upstream.origin, status, upstreamRes.headers.location), { problem: 'redirect' });
      return;
    }
    res.writeHead(status, downstreamResponseHeaders(upstreamRes.headers));
    upstreamRes.pipe(res);
    upstreamRes.on('error', () => res.destroy());
  });

  // Idle time on the socket: no byte for `timeoutMs`, before or during the answer.
  upstreamReq.setTimeout(timeoutMs, () => {
    log(`[kibana] ${req.method} ${target.pathname}: ${upstream.origin} sent nothing for ${timeoutMs / 1000} s (KIBANA_TIMEOUT_MS)`);
    answerInstead(gatewayTimeoutBody(timeoutMs), { problem: 'timeout' });
  });

  upstreamReq.on('error', (error: NodeJS.ErrnoException) => {
    const problem = connected ? 'dropped' : 'unreachable';
    log(`[kibana] ${req.method} ${target.pathname}: ${problem === 'dropped' ? 'connection to' : 'could not connect to'} ${upstream.origin}: ${error.message || error.code}`);
    answerInstead(badGatewayBody(problem, error.code, req.method), { problem });
  });

  // The browser gave up (navigation, AbortController): stop the upstream work too.
  res.on('close', () => {
    if (!res.writableFinished) upstreamReq.destroy();
  });

  const limit = payloadLimitFor(target.pathname);
  req
    .pipe(
      bodyLimiter(limit, () => {
        // Kibana never sees a complete body, so it does nothing with it.
        req.unpipe();
        answerInstead(payloadTooLargeBody(payloadTooLargeMessage(limit)), { close: true });
      }),
    )
    .pipe(upstreamReq);
}
