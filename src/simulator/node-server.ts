// Serves the simulator's MSW handlers from a plain node:http server (kibana-api.md §14.1).
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { getResponse } from 'msw';
import { payloadLimitFor, payloadTooLargeMessage } from '../contract/payload-limits';
import { createKibanaHandlers } from './handlers';
import { Simulator } from './simulator';
import { filePersistence, memoryPersistence } from './state/persistence';
import { findStateProblem, type StateDocument } from './state/schema';
import { seedState } from './state/seed';

export interface SimulatorServerOptions {
  port?: number;
  host?: string;
  /** Load this state document at start (replacing any kept state). */
  statePath?: string;
  /** Start from an empty deployment (only `default`) instead of the demo. */
  empty?: boolean;
  /** Add N generated objects. */
  objects?: number;
  /** Keep state in memory only. */
  ephemeral?: boolean;
  /** Folder for kept state; default `.simulator-data` in the working directory. */
  dataDir?: string;
  apiKey?: string;
}

export interface SimulatorServer {
  url: string;
  sim: Simulator;
  close(): Promise<void>;
}

function readStateFile(file: string): StateDocument {
  const doc: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  const problem = findStateProblem(doc);
  if (problem) throw new Error(`${file} is not a valid state document: ${problem}`);
  return doc as StateDocument;
}

export function createSimulator(options: SimulatorServerOptions = {}): Simulator {
  const explicit = options.statePath !== undefined || options.empty || options.objects !== undefined;
  const initialState = () =>
    options.statePath ? readStateFile(options.statePath) : seedState({ empty: options.empty, objects: options.objects });
  const dataDir = options.dataDir ?? process.env.SIMULATOR_DATA_DIR ?? path.resolve('.simulator-data');
  const persistence = options.ephemeral ? memoryPersistence() : filePersistence(dataDir);
  const sim = new Simulator({ initialState, persistence, apiKey: options.apiKey });
  // An explicit starting point wins over state kept from an earlier run.
  if (explicit && !options.ephemeral) sim.resetToInitial();
  return sim;
}

class PayloadTooLarge extends Error {
  constructor(readonly limit: number) {
    super(payloadTooLargeMessage(limit));
  }
}

/**
 * Reads the body up to the path's limit (Kibana's `server.maxPayload`): a declared Content-Length above it
 * is refused before a byte is read, a streamed body as soon as it passes the limit.
 */
async function readBody(req: http.IncomingMessage): Promise<Buffer | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const limit = payloadLimitFor(new URL(req.url ?? '/', 'http://simulator.invalid').pathname);
  if (Number(req.headers['content-length']) > limit) throw new PayloadTooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new PayloadTooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Answers and closes the connection, so the rest of an oversized body is never read. */
function refuseAndClose(res: http.ServerResponse, statusCode: number, error: string, message: string): void {
  const body = JSON.stringify({ statusCode, error, message });
  res.writeHead(statusCode, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.end(body, () => res.socket?.destroy());
}

export async function startSimulatorServer(options: SimulatorServerOptions = {}): Promise<SimulatorServer> {
  const sim = createSimulator(options);
  const handlers = createKibanaHandlers(sim);
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) {
        if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      }
      const request = new Request(`http://${req.headers.host ?? host}${req.url ?? '/'}`, {
        method: req.method,
        headers,
        body: body && body.length ? new Uint8Array(body) : undefined,
      });
      const response = await getResponse(handlers, request);
      if (!response) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ statusCode: 404, error: 'Not Found', message: 'Not Found' }));
        return;
      }
      if (response.type === 'error') {
        // A fault rule asked for a dropped connection.
        req.socket.destroy();
        return;
      }
      const out = Buffer.from(await response.arrayBuffer());
      const outHeaders: Record<string, string> = {};
      response.headers.forEach((value, key) => (outHeaders[key] = value));
      res.writeHead(response.status, outHeaders);
      res.end(out);
    } catch (error) {
      if (error instanceof PayloadTooLarge) {
        refuseAndClose(res, 413, 'Payload Too Large', error.message);
        return;
      }
      console.error('[simulator] request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ statusCode: 500, error: 'Internal Server Error', message: 'An internal server error occurred. Check Kibana server logs for details.' }));
    }
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5601, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    sim,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
