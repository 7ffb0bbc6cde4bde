import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { forwardRequest } from './forward-request';
import { normalizeRequestUrl } from './proxy-rules';

const servers: http.Server[] = [];

async function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

function proxyTo(origin: string, basePath = '') {
  return listen((req, res) => forwardRequest(req, res, { origin, basePath, authorization: 'ApiKey server-key' }, normalizeRequestUrl(req.url)!));
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
    expect(body.message).toMatch(new RegExp(`^Kibana at ${closed} is unreachable: .*ECONNREFUSED`));
    expect(body.message).not.toContain('server-key');
    expect(response.headers.get('x-console-upstream')).toBe('unreachable');
  });

  it('marks a connection Kibana dropped after receiving the request as "dropped": the request may have been acted on', async () => {
    const kibana = await listen((req) => req.socket.destroy());
    const response = await fetch(`${await proxyTo(kibana)}/api/ml/saved_objects/sync`);
    expect(response.status).toBe(502);
    expect(response.headers.get('x-console-upstream')).toBe('dropped');
  });
});
