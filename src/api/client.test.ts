import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  buildQueryString,
  isResultUnknown,
  isRetryableError,
  KibanaError,
  kibanaRequest,
  NetworkError,
  ResultUnknownError,
  TimeoutError,
  UnsendableIdError,
  UPSTREAM_HEADER,
  pathSegment,
} from './client';
import { deleteSavedObject, findSavedObjects } from './saved-objects';
import { getSpaces } from './spaces';
import { answer, arrayOf, expectString, UnexpectedAnswerError } from './validate';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const dashboard = (id: string) => ({
  type: 'dashboard',
  id,
  namespaces: ['marketing'],
  attributes: { title: `Dashboard ${id}` },
  references: [],
  version: 'WzEsMV0=',
  score: 0,
});

describe('kibanaRequest', () => {
  it('prefixes the space, sends kbn-xsrf and repeats array query keys', async () => {
    let seen: { url: URL; xsrf: string | null } | undefined;
    server.use(
      http.get('*/s/marketing/api/saved_objects/_find', ({ request }) => {
        seen = { url: new URL(request.url), xsrf: request.headers.get('kbn-xsrf') };
        return HttpResponse.json({ page: 1, per_page: 20, total: 1, saved_objects: [dashboard('a')] });
      }),
    );

    const result = await findSavedObjects('marketing', {
      types: ['dashboard', 'lens'],
      search: 'sales*',
      hasReference: [{ type: 'tag', id: 't1' }],
    });

    expect(result.saved_objects[0].attributes.title).toBe('Dashboard a');
    expect(seen?.xsrf).toBe('true');
    expect(seen?.url.searchParams.getAll('type')).toEqual(['dashboard', 'lens']);
    expect(seen?.url.searchParams.get('search')).toBe('sales*');
    expect(JSON.parse(seen?.url.searchParams.get('has_reference') ?? '')).toEqual([{ type: 'tag', id: 't1' }]);
  });

  it('uses no prefix for the default space', async () => {
    server.use(http.get('*/api/spaces/space', ({ request }) => HttpResponse.json([{ id: 'default', name: new URL(request.url).pathname }])));
    const spaces = await getSpaces();
    expect(spaces[0].name).toBe('/api/spaces/space');
    expect(spaces[0].disabledFeatures).toEqual([]);
  });

  it('sends kbn-xsrf and a JSON body on writes', async () => {
    server.use(
      http.post('*/api/echo', async ({ request }) =>
        HttpResponse.json({ xsrf: request.headers.get('kbn-xsrf'), type: request.headers.get('content-type'), body: await request.json() }),
      ),
    );
    const echoed = await kibanaRequest({ method: 'POST', path: '/api/echo', body: [{ id: 'a' }], validate: (value) => value });
    expect(echoed).toEqual({ xsrf: 'true', type: 'application/json', body: [{ id: 'a' }] });
  });

  it("turns Kibana's error body into a KibanaError", async () => {
    server.use(
      http.get('*/api/spaces/space', () =>
        HttpResponse.json(
          { statusCode: 400, error: 'Bad Request', message: '[request query.purpose]: bad', attributes: { reason: 'x' } },
          { status: 400 },
        ),
      ),
    );
    const error = await getSpaces().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KibanaError);
    expect(error).toMatchObject({ statusCode: 400, error: 'Bad Request', message: '[request query.purpose]: bad', attributes: { reason: 'x' } });
    expect(isRetryableError(error)).toBe(false);
  });

  it('explains a network failure', async () => {
    server.use(http.get('*/api/spaces/space', () => HttpResponse.error()));
    const error = await getSpaces().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toMatch(/^Could not reach Kibana through the console's server/);
    expect(isRetryableError(error)).toBe(true);
  });

  it('explains an HTML page where JSON was expected', async () => {
    server.use(http.get('*/api/spaces/space', () => HttpResponse.html('<!doctype html><title>Login</title>')));
    const error = await getSpaces().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnexpectedAnswerError);
    expect((error as Error).message).toMatch(/expected JSON but got a text\/html page/);
  });

  it('keeps the status of a non-JSON error page from a proxy', async () => {
    server.use(http.get('*/api/spaces/space', () => HttpResponse.html('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' })));
    const error = await getSpaces().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 502 });
    expect((error as Error).message).toMatch(/502 Bad Gateway with a text\/html page/);
    expect(isRetryableError(error)).toBe(true);
  });

  it('names the odd field of a malformed answer', async () => {
    server.use(
      http.get('*/api/saved_objects/_find', () =>
        HttpResponse.json({ page: 1, per_page: 20, total: 4, saved_objects: [dashboard('a'), dashboard('b'), dashboard('c'), { ...dashboard('d'), id: 4 }] }),
      ),
    );
    await expect(findSavedObjects('default', { types: ['dashboard'] })).rejects.toThrow(
      'Unexpected answer from Kibana: saved_objects[3].id is not a string',
    );
  });

  it('rejects a space id Kibana would not recognise, before sending anything', async () => {
    await expect(kibanaRequest({ path: '/api/x', space: 'Not A Space', validate: answer(arrayOf(expectString)) })).rejects.toMatchObject({
      statusCode: 404,
    });
  });

  it('lets an aborted request reject as an abort, not a network error', async () => {
    server.use(http.get('*/api/spaces/space', () => new Promise<never>(() => {})));
    const controller = new AbortController();
    const pending = getSpaces(controller.signal);
    controller.abort();
    const error = await pending.catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).name).toBe('AbortError');
  });
});

describe('lost answers and timeouts', () => {
  const hang = () => new Promise<never>(() => {});

  it('times a read out with a clear message, and lets it be retried', async () => {
    server.use(http.get('*/api/hang', hang));
    const error = await kibanaRequest({ path: '/api/hang', timeoutMs: 50, validate: (value) => value }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe('Kibana did not answer GET /api/hang within 0.1 s.');
    expect(isRetryableError(error)).toBe(true);
  });

  it('reports a write whose answer never came as unknown, never to be retried', async () => {
    server.use(http.delete('*/api/saved_objects/dashboard/a', hang));
    const error = await kibanaRequest({ method: 'DELETE', path: '/api/saved_objects/dashboard/a', timeoutMs: 50, validate: (value) => value }).catch(
      (caught: unknown) => caught,
    );
    expect(isResultUnknown(error)).toBe(true);
    expect((error as Error).message).toMatch(/^The answer to DELETE \/api\/saved_objects\/dashboard\/a was lost .* the result is unknown/);
    expect(isRetryableError(error)).toBe(false);
  });

  it('treats a dropped connection or a gateway timeout on a write as unknown, on a read as retryable', async () => {
    server.use(
      http.post('*/api/dropped', () => HttpResponse.error()),
      http.post('*/api/gateway', () => HttpResponse.json({ message: 'upstream timed out' }, { status: 504 })),
      http.get('*/api/gateway', () => HttpResponse.json({ message: 'upstream timed out' }, { status: 504 })),
    );
    const write = (path: `/api/${string}`) => kibanaRequest({ method: 'POST', path, body: {}, validate: (value) => value }).catch((caught: unknown) => caught);
    expect(await write('/api/dropped')).toBeInstanceOf(ResultUnknownError);
    expect(await write('/api/gateway')).toBeInstanceOf(ResultUnknownError);
    // A GET declared as a write (the ML sync changes things) is unknown too.
    const sync = await kibanaRequest({ path: '/api/gateway', kind: 'write', validate: (value) => value }).catch((caught: unknown) => caught);
    expect(sync).toBeInstanceOf(ResultUnknownError);
    const read = await kibanaRequest({ path: '/api/gateway', validate: (value) => value }).catch((caught: unknown) => caught);
    expect(read).toMatchObject({ statusCode: 504 });
    expect(isRetryableError(read)).toBe(true);
  });

  it('treats the console server’s "dropped" 502 as unknown for a write, and its "unreachable" 502 as a plain error', async () => {
    const badGateway = (problem: string) => () =>
      HttpResponse.json({ statusCode: 502, error: 'Bad Gateway', message: 'Kibana at x is unreachable: socket hang up' }, { status: 502, headers: { 'x-console-upstream': problem } });
    server.use(http.post('*/api/dropped-upstream', badGateway('dropped')), http.post('*/api/refused-upstream', badGateway('unreachable')));
    const write = (path: `/api/${string}`) => kibanaRequest({ method: 'POST', path, body: {}, validate: (value) => value }).catch((caught: unknown) => caught);
    expect(await write('/api/dropped-upstream')).toBeInstanceOf(ResultUnknownError);
    expect(await write('/api/refused-upstream')).toMatchObject({ statusCode: 502 });
  });

  it('names a redirect as a login page and points at the credentials', async () => {
    server.use(http.get('*/api/spaces/space', () => new HttpResponse(null, { status: 302, headers: { location: '/login?next=%2Fapi' } })));
    const error = await getSpaces().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KibanaError);
    expect((error as Error).message).toMatch(/redirect, most likely to its login page.*KIBANA_API_KEY, or KIBANA_USERNAME and KIBANA_PASSWORD/);
  });
});

describe('answers the console server made about Kibana', () => {
  it('keeps what the server said about the way to Kibana', async () => {
    server.use(
      http.get('*/api/spaces/space', () =>
        HttpResponse.json(
          { statusCode: 504, error: 'Gateway Timeout', message: 'Kibana did not answer within 60 s.' },
          { status: 504, headers: { [UPSTREAM_HEADER]: 'timeout' } },
        ),
      ),
    );
    const error = await getSpaces().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 504, upstream: 'timeout', message: 'Kibana did not answer within 60 s.' });
  });

  it('treats a bad gateway on a write as unknown, but not a redirect to a login page', async () => {
    server.use(
      http.post('*/api/broken', () => HttpResponse.json({ statusCode: 502, error: 'Bad Gateway', message: 'socket hang up' }, { status: 502 })),
      http.post('*/api/login', () =>
        HttpResponse.json(
          { statusCode: 502, error: 'Bad Gateway', message: 'Kibana redirected to its login page.' },
          { status: 502, headers: { [UPSTREAM_HEADER]: 'redirect' } },
        ),
      ),
    );
    const write = (path: `/api/${string}`) => kibanaRequest({ method: 'POST', path, body: {}, validate: (value) => value }).catch((caught: unknown) => caught);
    const broken = await write('/api/broken');
    expect(broken).toBeInstanceOf(ResultUnknownError);
    expect((broken as Error).message).toMatch(/the gateway answered 502 .* the result is unknown/);
    expect(await write('/api/login')).toMatchObject({ statusCode: 502, upstream: 'redirect' });
  });
});

describe('ids a browser cannot send', () => {
  it('are rewritten by URL parsing however they are encoded', () => {
    // The WHATWG URL parser (fetch, Node, Chromium) treats these as "parent folder": no encoding survives.
    for (const id of ['..', '%2E%2E', '.%2e']) {
      expect(new URL(`/api/saved_objects/dashboard/${id}`, 'http://kibana.test').pathname).toBe('/api/saved_objects/');
    }
    expect(new URL('/api/saved_objects/dashboard/%2E', 'http://kibana.test').pathname).toBe('/api/saved_objects/dashboard/');
  });

  it('are refused before anything is sent', async () => {
    const sent: string[] = [];
    server.use(
      http.all('*', ({ request }) => {
        sent.push(`${request.method} ${new URL(request.url).pathname}`);
        return HttpResponse.json({ statusCode: 404, error: 'Not Found', message: 'Not Found' }, { status: 404 });
      }),
    );
    for (const id of ['.', '..']) {
      const error = await deleteSavedObject('default', { type: 'dashboard', id, force: false }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnsendableIdError);
      expect((error as Error).message).toContain(`The id “${id}” cannot be sent in a URL path`);
      expect((error as Error).message).toContain("cannot be deleted through Kibana's HTTP API; nothing was sent");
    }
    expect(sent).toEqual([]);
    expect(pathSegment('a b/..')).toBe('a%20b%2F..');
    expect(pathSegment('...')).toBe('...');
  });
});

describe('isRetryableError', () => {
  it('retries only network failures and 429/502/503/504', () => {
    const kibana = (statusCode: number) => new KibanaError({ statusCode, error: 'x', message: 'x' });
    expect([429, 502, 503, 504].map((status) => isRetryableError(kibana(status)))).toEqual([true, true, true, true]);
    expect([400, 401, 403, 404, 409, 500].some((status) => isRetryableError(kibana(status)))).toBe(false);
    expect(isRetryableError(new NetworkError('x'))).toBe(true);
    expect(isRetryableError(new Error('x'))).toBe(false);
  });
});

describe('buildQueryString', () => {
  it('skips empty values and encodes the rest', () => {
    expect(buildQueryString({ a: undefined, b: null, c: 'x y', d: [1, 2], e: false })).toBe('?c=x+y&d=1&d=2&e=false');
    expect(buildQueryString({})).toBe('');
  });
});
