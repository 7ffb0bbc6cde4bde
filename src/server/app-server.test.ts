// @vitest-environment node
// The app server as `npm start` (Vite dev) and `npm run preview` run it — vite.config.ts's server and preview
// settings and the proxy plugin over the embedded simulator — probed as another page on this machine would.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createServer, preview, type InlineConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import viteConfig from '../../vite.config';
import { MAX_PAYLOAD_BYTES } from '../contract/payload-limits';
import { sendOversizedBody } from '../testing/oversized-body';
import { kibanaProxyPlugin } from './kibana-proxy-plugin';

const OTHER_LOCAL_PAGE = 'http://localhost:9';

interface AppServer {
  url: string;
  close(): Promise<void>;
}

async function startApp(kind: 'dev' | 'preview'): Promise<AppServer> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `app-server-${kind}-`));
  fs.mkdirSync(path.join(root, 'dist'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>console</title>');
  fs.writeFileSync(path.join(root, 'dist', 'index.html'), '<!doctype html><title>console</title>');
  const common: InlineConfig = {
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [kibanaProxyPlugin({ SIMULATOR_EPHEMERAL: '1' })],
  };
  const listen = { port: 0, strictPort: false, host: '127.0.0.1' };
  const server =
    kind === 'dev'
      ? await createServer({ ...common, server: { ...viteConfig.server, ...listen, hmr: false }, optimizeDeps: { noDiscovery: true, include: [] } }).then((s) => s.listen())
      : await preview({ ...common, preview: { ...viteConfig.preview, ...listen } });
  const { port } = server.httpServer!.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await server.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

describe.each(['dev', 'preview'] as const)('the app server (%s)', (kind) => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startApp(kind);
  });
  afterAll(() => app.close());

  const objectCount = async () =>
    ((await (await fetch(`${app.url}/__simulator/state`)).json()) as { objects: unknown[] }).objects.length;

  it('grants no CORS to a page on another local port', async () => {
    const preflight = await fetch(`${app.url}/api/saved_objects/_bulk_update`, {
      method: 'OPTIONS',
      headers: { origin: OTHER_LOCAL_PAGE, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'kbn-xsrf,content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.status).toBe(403);
  });

  it("refuses another local page's requests with Kibana's error shape, and the write does not happen", async () => {
    const spaces = await fetch(`${app.url}/api/spaces/space`, { headers: { origin: OTHER_LOCAL_PAGE } });
    expect(spaces.status).toBe(403);
    expect(await spaces.json()).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message:
        `Request refused: it comes from a page at ${OTHER_LOCAL_PAGE}, not from this console (${new URL(app.url).host}). ` +
        "The console's server adds its Kibana credentials to every request, so it only answers its own pages.",
    });
    const update = await fetch(`${app.url}/api/saved_objects/_bulk_update`, {
      method: 'PUT',
      headers: { origin: OTHER_LOCAL_PAGE, 'kbn-xsrf': 'x', 'content-type': 'application/json' },
      body: JSON.stringify([{ type: 'dashboard', id: 'web-overview', attributes: { title: 'Hijacked' } }]),
    });
    expect(update.status).toBe(403);
    const read = await fetch(`${app.url}/api/saved_objects/_bulk_get`, {
      method: 'POST',
      headers: { 'kbn-xsrf': 'x', 'content-type': 'application/json', origin: app.url },
      body: JSON.stringify([{ type: 'dashboard', id: 'web-overview' }]),
    });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { saved_objects: { attributes: { title: string } }[] }).saved_objects[0].attributes.title).not.toBe('Hijacked');
  });

  it('a cross-site reset of the embedded simulator changes nothing', async () => {
    const before = await objectCount();
    const attempts: [Record<string, string>, number][] = [
      [{ origin: 'https://evil.example', 'content-type': 'text/plain;charset=UTF-8' }, 403], // fetch(…, {mode: 'no-cors'})
      [{ 'content-type': 'text/plain;charset=UTF-8' }, 400], // the same without Origin: no kbn-xsrf
      [{ 'content-type': 'text/plain;charset=UTF-8', 'kbn-xsrf': 'x' }, 415], // and not JSON
    ];
    for (const [headers, status] of attempts) {
      const reset = await fetch(`${app.url}/__simulator/reset`, { method: 'POST', headers, body: '{"empty":true}' });
      expect(reset.status).toBe(status);
    }
    expect(await objectCount()).toBe(before);
  });

  it('refuses a declared oversized body before reading it', async () => {
    const answer = await sendOversizedBody(`${app.url}/api/saved_objects/_bulk_update`, { declared: true, totalBytes: 300 * 1024 * 1024 });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ message: `Payload content length greater than maximum allowed: ${MAX_PAYLOAD_BYTES}` });
    expect(answer.bytesWritten).toBe(0);
  });
});
