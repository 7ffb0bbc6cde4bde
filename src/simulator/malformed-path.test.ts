// @vitest-environment node
// A path whose percent-encoding does not decode gets Kibana's 400 "Invalid request path" on every route
// (KIBANA-NOTES.md "Malformed percent-encoding"), through the handler array itself (msw in Vitest and in
// the browser) — never a 500 from a decoder that threw.
import { describe, expect, it } from 'vitest';
import { createTestSimulator } from '../testing/simulator';

const PATHS: [string, string][] = [
  ['GET', '/api/saved_objects/dashboard/%E0%A4%A'],
  ['GET', '/api/saved_objects/resolve/dashboard/%ZZ'],
  ['GET', '/s/marketing/api/saved_objects/resolve/dashboard/%ZZ'],
  ['DELETE', '/api/saved_objects/dashboard/%E0%A4%A'],
  ['DELETE', '/s/marketing/api/saved_objects/%ZZ/web-overview'],
  ['GET', '/api/spaces/space/%ZZ'],
  ['PUT', '/api/saved_objects/_bulk_update%ZZ'],
  ['GET', '/api/unknown/%ZZ'],
];

describe('malformed percent-encoding', () => {
  it.each(PATHS)('%s %s answers 400 Invalid request path and changes nothing', async (method, path) => {
    const t = createTestSimulator();
    const before = t.sim.store.toDocument();
    const answer = await t.json(method, path, method === 'GET' ? {} : { body: [] });
    expect(answer).toMatchObject({ status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Invalid request path' } });
    expect(t.sim.store.toDocument()).toEqual(before);
  });

  it('still serves ids whose percent-encoding is valid', async () => {
    const t = createTestSimulator();
    expect((await t.json('GET', '/api/saved_objects/resolve/dashboard/web%2Doverview')).status).toBe(200);
  });
});
