import { describe, expect, it } from 'vitest';
import {
  badGatewayBody,
  downstreamResponseHeaders,
  foreignOrigin,
  isForwardedPath,
  lacksXsrfHeader,
  normalizeRequestUrl,
  upstreamRequestHeaders,
} from './proxy-rules';

describe('which paths the proxy forwards', () => {
  it.each([
    ['/api/saved_objects/_find', 'kibana', true],
    ['/s/marketing/api/saved_objects/_find', 'kibana', true],
    ['/s/security-ops_2/api/spaces/space', 'kibana', true],
    ['/s/Marketing/api/saved_objects/_find', 'kibana', false],
    ['/s//api/x', 'kibana', false],
    ['/app/home', 'kibana', false],
    ['/internal/security/me', 'kibana', false],
    ['/apix/y', 'kibana', false],
    ['/', 'kibana', false],
    ['/src/main.tsx', 'kibana', false],
    ['/__simulator/reset', 'kibana', false],
    ['/__simulator/reset', 'simulator', true],
    ['/__simulatorx', 'simulator', false],
  ] as const)('%s in %s mode → %s', (path, mode, expected) => {
    expect(isForwardedPath(path, mode)).toBe(expected);
  });

  it('resolves dot segments before checking, so /api/.. cannot reach other Kibana paths', () => {
    const url = normalizeRequestUrl('/api/../app/home?x=1');
    expect(url).toEqual({ pathname: '/app/home', search: '?x=1' });
    expect(isForwardedPath(url!.pathname, 'kibana')).toBe(false);
    expect(normalizeRequestUrl('/api/%2e%2e/internal/x')?.pathname).toBe('/internal/x');
  });

  it('keeps the query string as sent', () => {
    expect(normalizeRequestUrl('/api/saved_objects/_find?type=a&type=b&search=x%20y')).toEqual({
      pathname: '/api/saved_objects/_find',
      search: '?type=a&type=b&search=x%20y',
    });
  });

  it('refuses absolute-form and protocol-relative targets', () => {
    expect(normalizeRequestUrl('http://evil.example/api/x')).toBeNull();
    expect(normalizeRequestUrl('//evil.example/api/x')).toBeNull();
    expect(normalizeRequestUrl(undefined)).toBeNull();
  });
});

describe('request headers sent upstream', () => {
  it("drops the browser's authorization and cookies and adds the server's credentials", () => {
    const headers = upstreamRequestHeaders(
      {
        authorization: 'Basic browser-secret',
        cookie: 'sid=abc',
        host: 'localhost:5173',
        'kbn-xsrf': 'true',
        'content-type': 'application/json',
        accept: 'application/json',
      },
      'ApiKey server-key',
    );
    expect(headers).toEqual({
      authorization: 'ApiKey server-key',
      'kbn-xsrf': 'true',
      'content-type': 'application/json',
      accept: 'application/json',
    });
  });

  it('sends no authorization at all when the server has none', () => {
    expect(upstreamRequestHeaders({ authorization: 'Bearer x', accept: '*/*' }, undefined)).toEqual({ accept: '*/*' });
  });

  it('strips hop-by-hop headers, including those named in Connection', () => {
    const headers = upstreamRequestHeaders(
      { connection: 'keep-alive, x-trace', 'keep-alive': 'timeout=5', 'x-trace': '1', te: 'trailers', upgrade: 'h2c', 'x-keep': 'yes' },
      undefined,
    );
    expect(headers).toEqual({ 'x-keep': 'yes' });
  });

  it('never invents kbn-xsrf', () => {
    expect(upstreamRequestHeaders({ accept: '*/*' }, 'ApiKey k')).not.toHaveProperty('kbn-xsrf');
  });
});

describe('response headers sent back to the browser', () => {
  it('drops set-cookie, www-authenticate and hop-by-hop headers, keeps the rest', () => {
    const headers = downstreamResponseHeaders({
      'set-cookie': ['sid=1'],
      'www-authenticate': 'Basic realm="kibana"',
      'transfer-encoding': 'chunked',
      connection: 'close',
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      'elastic-api-version': '2023-10-31',
    });
    expect(headers).toEqual({
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      'elastic-api-version': '2023-10-31',
    });
  });
});

describe('XSRF guard', () => {
  it('lets reads through and requires kbn-xsrf (or kbn-version) on writes', () => {
    expect(lacksXsrfHeader('GET', {})).toBe(false);
    expect(lacksXsrfHeader('POST', {})).toBe(true);
    expect(lacksXsrfHeader('DELETE', { 'kbn-xsrf': 'anything' })).toBe(false);
    expect(lacksXsrfHeader('PUT', { 'kbn-version': '9.0.0' })).toBe(false);
  });
});

describe('502 body', () => {
  it('is Kibana-shaped, names the error code and never the address', () => {
    expect(badGatewayBody('unreachable', 'ENOTFOUND')).toEqual({
      statusCode: 502,
      error: 'Bad Gateway',
      message: "The console's server could not connect to Kibana (ENOTFOUND). Its log names the address it tried.",
    });
  });

  it('warns that a write whose connection broke may have been applied, and a read not', () => {
    expect(badGatewayBody('dropped', 'ECONNRESET', 'POST').message).toContain('The write may or may not have been applied.');
    expect(badGatewayBody('dropped', 'ECONNRESET', 'GET').message).not.toContain('write');
  });
});

describe('Origin rule', () => {
  it('lets requests without Origin and from the console itself through', () => {
    expect(foreignOrigin({ host: '127.0.0.1:5173' })).toBeUndefined();
    expect(foreignOrigin({ host: '127.0.0.1:5173', origin: 'http://127.0.0.1:5173' })).toBeUndefined();
    expect(foreignOrigin({ host: 'Console.Example', origin: 'https://console.example' })).toBeUndefined();
    expect(foreignOrigin({ host: '127.0.0.1:5173', 'x-forwarded-host': 'console.example', origin: 'https://console.example' })).toBeUndefined();
  });

  it('names the Origin of any other page: another port, another host, a sandboxed frame', () => {
    expect(foreignOrigin({ host: '127.0.0.1:5173', origin: 'http://127.0.0.1:9' })).toBe('http://127.0.0.1:9');
    expect(foreignOrigin({ host: 'localhost:5173', origin: 'http://localhost:9' })).toBe('http://localhost:9');
    expect(foreignOrigin({ host: 'localhost:5173', origin: 'http://evil.localhost:5173' })).toBe('http://evil.localhost:5173');
    expect(foreignOrigin({ host: 'localhost:5173', origin: 'null' })).toBe('null');
  });
});
