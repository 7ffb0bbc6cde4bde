import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PAYLOAD_BYTES } from '../contract/payload-limits';
import { sendOversizedBody } from '../testing/oversized-body';
import { forwardRequest } from './forward-request';
import { normalizeRequestUrl, UPSTREAM_HEADER } from './proxy-rules';

const servers: http.Server[] = [];

async function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  logged.length = 0;
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** What the proxy wrote to the server log. */
const logged: string[] = [];

function proxyTo(origin: string, basePath = '', timeoutMs?: number) {
  const log = (line: string) => logged.push(line);
  return listen((req, res) => forwardRequest(req, res, { origin, basePath, authorization: 'ApiKey server-key', timeoutMs, log }, normalizeRequestUrl(req.url)!));
}

describe('forwardRequest', () => {
  it('streams method, path, query and body, with the server credentials and no browser cookies', async () => {
    const kibana = await listen((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'sid=kibana' });
        res.end(JSON.stringify({ method: req.method, url: req.url, authorization: req.headers.authorization, cookie: req.headers.cookie, xsrf: req.headers['kbn-xsrf'], body }));
      });
    });
    const proxy = await proxyTo(kibana, '/kibana');

    const response = await fetch(`${proxy}/s/marketing/api/saved_objects/_bulk_get?x=1&x=2`, {
      method: 'POST',
      headers: { cookie: 'sid=browser', authorization: 'Basic browser', 'kbn-xsrf': 'true', 'content-type': 'application/json' },
      body: '[{"type":"dashboard","id":"a"}]',
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.json()).toEqual({
      method: 'POST',
      url: '/kibana/s/marketing/api/saved_objects/_bulk_get?x=1&x=2',
      authorization: 'ApiKey server-key',
      xsrf: 'true',
      body: '[{"type":"dashboard","id":"a"}]',
    });
  });

  it('passes Kibana error statuses and bodies through unchanged', async () => {
    const kibana = await listen((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"statusCode":404,"error":"Not Found","message":"Not Found"}');
    });
    const response = await fetch(`${await proxyTo(kibana)}/api/spaces/space/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
  });

  it('answers 502 with a Kibana-shaped body when Kibana cannot be reached', async () => {
    const closed = await listen(() => {});
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const response = await fetch(`${await proxyTo(closed)}/api/spaces/space`);
    expect(response.status).toBe(502);
    const body = (await response.json()) as { message: string };
    expect(body).toMatchObject({ statusCode: 502, error: 'Bad Gateway' });
    expect(body.message).toBe("The console's server could not connect to Kibana (ECONNREFUSED). Its log names the address it tried.");
    // The browser never learns where Kibana is; the server log does.
    expect(body.message).not.toContain(closed.replace('http://', ''));
    expect(logged.join('\n')).toContain(`could not connect to ${closed}`);
    expect(body.message).not.toContain('server-key');
    expect(response.headers.get(UPSTREAM_HEADER)).toBe('unreachable');
  });

  it('answers 504 with a clear message when Kibana accepts the connection but never answers', async () => {
    const hung = await listen(() => {}); // reads the request, never answers
    const response = await fetch(`${await proxyTo(hung, '', 300)}/api/spaces/space`);
    expect(response.status).toBe(504);
    expect(response.headers.get(UPSTREAM_HEADER)).toBe('timeout');
    const body = (await response.json()) as { message: string };
    expect(body).toMatchObject({ statusCode: 504, error: 'Gateway Timeout' });
    expect(body.message).toBe(
      `Kibana accepted the connection but sent nothing for 0.3 s (KIBANA_TIMEOUT_MS), so the console's server gave up. ` +
        'Kibana may be overloaded or stuck; a write may or may not have been applied.',
    );
    expect(logged.join('\n')).toContain(`${hung} sent nothing for 0.3 s`);
  });

  it('says a connection that broke before the answer was lost, naming the code but not the address', async () => {
    const kibana = await listen((req) => req.socket.destroy()); // reads the request, then hangs up
    const proxy = await proxyTo(kibana);
    const read = await fetch(`${proxy}/api/saved_objects/_find`);
    expect(read.status).toBe(502);
    expect(read.headers.get(UPSTREAM_HEADER)).toBe('dropped');
    expect(((await read.json()) as { message: string }).message).toBe(
      "The connection from the console's server to Kibana broke before Kibana answered (ECONNRESET). The server log names the address.",
    );
    const write = await fetch(`${proxy}/api/saved_objects/dashboard/a`, { method: 'DELETE', headers: { 'kbn-xsrf': 'true' } });
    const { message } = (await write.json()) as { message: string };
    expect(message).toContain('The write may or may not have been applied.');
    expect(message).not.toContain(kibana.replace('http://', ''));
    expect(logged.join('\n')).toContain(`DELETE /api/saved_objects/dashboard/a: connection to ${kibana}`);
  });

  it("answers 502 instead of passing on a redirect to Kibana's login page, and names the credentials to check", async () => {
    const kibana = await listen((_req, res) => {
      res.writeHead(302, { location: '/login?next=%2Fapi%2Fspaces%2Fspace&auth=abc' });
      res.end();
    });
    const response = await fetch(`${await proxyTo(kibana)}/api/spaces/space`, { redirect: 'manual' });
    expect(response.status).toBe(502);
    expect(response.headers.get(UPSTREAM_HEADER)).toBe('redirect');
    expect(response.headers.get('location')).toBeNull();
    const body = (await response.json()) as { message: string };
    expect(body).toMatchObject({ statusCode: 502, error: 'Bad Gateway' });
    expect(body.message).toContain('(302 to /login)');
    expect(body.message).toContain("most likely Kibana's login page");
    expect(body.message).toContain('KIBANA_API_KEY, or KIBANA_USERNAME and KIBANA_PASSWORD');
    expect(body.message).not.toMatch(/server-key|auth=abc/);
  });

  it('passes a 304 (a cache answer, not a redirect) through', async () => {
    const kibana = await listen((_req, res) => {
      res.writeHead(304, { etag: '"v1"' });
      res.end();
    });
    const response = await fetch(`${await proxyTo(kibana)}/api/spaces/space`, { headers: { 'if-none-match': '"v1"' } });
    expect(response.status).toBe(304);
    expect(response.headers.get(UPSTREAM_HEADER)).toBeNull();
  });

  it('stops a streamed body at the 1 MB limit: 413, and Kibana never gets the whole body', async () => {
    let received = 0;
    let complete = false;
    const kibana = await listen((req, res) => {
      req.on('data', (chunk: Buffer) => (received += chunk.length));
      req.on('end', () => {
        complete = true;
        res.writeHead(200).end('{}');
      });
    });
    const total = 64 * 1024 * 1024;
    const answer = await sendOversizedBody(`${await proxyTo(kibana)}/api/saved_objects/_bulk_update`, { declared: false, totalBytes: total });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: `Payload content length greater than maximum allowed: ${MAX_PAYLOAD_BYTES}`,
    });
    expect(answer.bytesWritten).toBeLessThan(total / 4);
    expect(received).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(complete).toBe(false);
  });

  it('marks a connection Kibana dropped after receiving the request as "dropped": the request may have been acted on', async () => {
    const kibana = await listen((req) => req.socket.destroy());
    const response = await fetch(`${await proxyTo(kibana)}/api/ml/saved_objects/sync`);
    expect(response.status).toBe(502);
    expect(response.headers.get(UPSTREAM_HEADER)).toBe('dropped');
  });
});
