// @vitest-environment node
// Every write route of the rest of the saved-objects API is journalled before it answers: a simulator that
// reopens the same data folder (no shutdown, as after a crash) serves exactly what was acknowledged.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importForm } from '../../testing/multipart';
import { createKibanaHandlers } from '../handlers';
import { Simulator } from '../simulator';
import { createDemoState, createEmptyState } from '../state/demo';
import { filePersistence } from '../state/persistence';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simulator-so-api-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function open(fallback = createDemoState) {
  const sim = new Simulator({ initialState: fallback, persistence: filePersistence(dir) });
  const handlers = createKibanaHandlers(sim);
  const send = async (method: string, url: string, body?: unknown) => {
    const form = body instanceof FormData;
    const request = new Request(`http://kibana.test${url}`, {
      method,
      headers: { 'kbn-xsrf': 'test', ...(form || body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
    const answer = (await getResponse(handlers, request))!;
    return { status: answer.status, body: await answer.json() };
  };
  return { sim, send };
}

const WRITES: { name: string; method: string; url: string; body: unknown; check: (sim: Simulator) => void }[] = [
  { name: 'create', method: 'POST', url: '/s/sales/api/saved_objects/dashboard/durable', body: { attributes: { title: 'Created' } }, check: (sim) => expect(sim.store.getIn('dashboard', 'durable', 'sales')?.attributes.title).toBe('Created') },
  { name: 'update', method: 'PUT', url: '/api/saved_objects/dashboard/web-overview', body: { attributes: { title: 'Updated' } }, check: (sim) => expect(sim.store.get('dashboard', 'web-overview')?.attributes.title).toBe('Updated') },
  { name: 'upsert', method: 'PUT', url: '/api/saved_objects/lens/upserted', body: { attributes: {}, upsert: { title: 'Upserted' } }, check: (sim) => expect(sim.store.get('lens', 'upserted')?.attributes.title).toBe('Upserted') },
  { name: 'bulk create', method: 'POST', url: '/api/saved_objects/_bulk_create?overwrite=true', body: [{ type: 'dashboard', id: 'kpi-overview', attributes: { title: 'Bulk' } }, { type: 'tag', id: 'new-tag', attributes: { name: 'T' } }], check: (sim) => {
    expect(sim.store.get('dashboard', 'kpi-overview')?.attributes).toEqual({ title: 'Bulk' });
    expect(sim.store.get('tag', 'new-tag')).toBeDefined();
  } },
  { name: 'bulk delete', method: 'POST', url: '/api/saved_objects/_bulk_delete', body: [{ type: 'dashboard', id: 'web-overview' }], check: (sim) => {
    expect(sim.store.get('dashboard', 'web-overview')).toBeUndefined();
    expect(sim.store.get('legacy-url-alias', 'default:dashboard:old-web-overview')).toBeUndefined();
  } },
  { name: 'import', method: 'POST', url: '/s/sales/api/saved_objects/_import?compatibilityMode=true', body: importForm([{ type: 'dashboard', id: 'kpi-overview', attributes: { title: 'Imported' } }]), check: (sim) => {
    const alias = sim.store.get('legacy-url-alias', 'sales:dashboard:kpi-overview');
    expect(sim.store.get('dashboard', String(alias?.attributes.targetId))?.attributes.title).toBe('Imported');
  } },
  { name: 'resolve import errors', method: 'POST', url: '/api/saved_objects/_resolve_import_errors', body: importForm([{ type: 'dashboard', id: 'x', attributes: { title: 'Resolved' } }], { retries: [{ type: 'dashboard', id: 'x', overwrite: true, destinationId: 'kpi-overview' }] }), check: (sim) => expect(sim.store.get('dashboard', 'kpi-overview')?.attributes.title).toBe('Resolved') },
];

describe('the rest of the saved-objects API is durable', () => {
  it.each(WRITES)('$name: the acknowledged write is there after a restart', async ({ method, url, body, check }) => {
    const first = open();
    const answer = await first.send(method, url, body);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    check(first.sim);
    // A new process on the same folder; its fallback state must not be used.
    const second = open(createEmptyState);
    check(second.sim);
    expect(second.sim.store.toDocument()).toEqual(first.sim.store.toDocument());
  });

  it('a refused write leaves nothing to replay', async () => {
    const first = open();
    expect((await first.send('POST', '/api/saved_objects/_import', importForm(['{broken']))).status).toBe(400);
    expect((await first.send('POST', '/api/saved_objects/dashboard/web-overview', { attributes: { title: 'Taken' } })).status).toBe(409);
    const journal = path.join(dir, 'journal.ndjson');
    // At most the header naming the snapshot the journal extends; no change lines.
    const lines = (fs.existsSync(journal) ? fs.readFileSync(journal, 'utf8') : '').split('\n').filter(Boolean);
    expect(lines.filter((line) => !('snapshot' in JSON.parse(line)))).toEqual([]);
  });
});
