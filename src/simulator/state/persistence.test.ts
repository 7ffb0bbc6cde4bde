// @vitest-environment node
// File persistence (kibana-api.md §14.1): acknowledged writes survive a crash, a torn journal tail is
// ignored, and the snapshot is replaced atomically (temporary file, then rename).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKibanaHandlers } from '../handlers';
import { Simulator } from '../simulator';
import { createDemoState, createEmptyState } from './demo';
import { filePersistence } from './persistence';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simulator-persistence-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A simulator over `dir`; `fallback` is only used when the folder holds no state. */
function open(fallback = createDemoState) {
  const sim = new Simulator({ initialState: fallback, persistence: filePersistence(dir) });
  const handlers = createKibanaHandlers(sim);
  const send = async (method: string, url: string, body?: unknown) => {
    const request = new Request(`http://kibana.test${url}`, {
      method,
      headers: { 'kbn-xsrf': 'test', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = await getResponse(handlers, request);
    return answer!.status;
  };
  return { sim, send };
}

const journal = () => path.join(dir, 'journal.ndjson');
const snapshot = () => path.join(dir, 'state.json');

describe('file persistence', () => {
  it('keeps every acknowledged write across a crash', async () => {
    const first = open();
    expect(await first.send('PUT', '/api/saved_objects/_bulk_update', [{ type: 'dashboard', id: 'web-overview', attributes: { title: 'Kept' } }])).toBe(200);
    expect(await first.send('DELETE', '/api/saved_objects/dashboard/kpi-overview-imported')).toBe(200);
    expect(await first.send('GET', '/api/ml/saved_objects/sync')).toBe(200);
    // No shutdown: a new process opens the same folder; its fallback state must not be used.
    const second = open(createEmptyState);
    expect(second.sim.store.toDocument()).toEqual(first.sim.store.toDocument());
    expect(second.sim.store.get('dashboard', 'web-overview')?.attributes.title).toBe('Kept');
  });

  it('ignores a torn last journal line (a write that was never acknowledged)', async () => {
    const first = open();
    expect(await first.send('PUT', '/api/saved_objects/_bulk_update', [{ type: 'dashboard', id: 'web-overview', attributes: { title: 'Acknowledged' } }])).toBe(200);
    const acknowledged = first.sim.store.toDocument();
    fs.appendFileSync(journal(), '[{"key":"dashboard:web-overview","object":{"type":"dash');
    const second = open(createEmptyState);
    expect(second.sim.store.toDocument()).toEqual(acknowledged);
  });

  // Found while writing these tests: the torn tail stays in the journal, so the next acknowledged write is
  // appended to the same line and is lost on the following load. Fix: truncate the journal to its last
  // complete line when loading. Remove `.fails` once persistence.ts does that.
  it('keeps a write acknowledged after recovering from a torn journal line', async () => {
    const first = open();
    expect(await first.send('PUT', '/api/saved_objects/_bulk_update', [{ type: 'dashboard', id: 'web-overview', attributes: { title: 'One' } }])).toBe(200);
    fs.appendFileSync(journal(), '[{"key":"torn');
    const second = open(createEmptyState);
    expect(await second.send('PUT', '/api/saved_objects/_bulk_update', [{ type: 'dashboard', id: 'web-overview', attributes: { title: 'Two' } }])).toBe(200);
    const third = open(createEmptyState);
    expect(third.sim.store.get('dashboard', 'web-overview')?.attributes.title).toBe('Two');
  });

  it('writes the snapshot to a temporary file and renames it into place, then starts its journal', () => {
    const renames: [string, string][] = [];
    const rename = fs.renameSync;
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      renames.push([String(from), String(to)]);
      rename(from, to);
    });
    const { sim } = open();
    expect(renames).toEqual([
      [expect.stringMatching(/\.tmp$/), snapshot()],
      [expect.stringMatching(/\.tmp$/), journal()],
    ]);
    expect(fs.readdirSync(dir).sort()).toEqual(['journal.ndjson', 'state.json']);
    expect(JSON.parse(fs.readFileSync(snapshot(), 'utf8'))).toEqual(JSON.parse(JSON.stringify(sim.store.toDocument())));
  });

  it('never leaves a half-written snapshot: a crash mid-write keeps the previous one', () => {
    const { sim } = open();
    const before = fs.readFileSync(snapshot(), 'utf8');
    const write = fs.writeSync;
    vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: string) => {
      write(fd, data.slice(0, 100)); // part of the document reaches the disk, then the process dies
      throw new Error('crash');
    }) as unknown as typeof fs.writeSync);
    expect(() => sim.persistence.saveSnapshot(createEmptyState())).toThrow('crash');
    vi.restoreAllMocks();
    expect(fs.readFileSync(snapshot(), 'utf8')).toBe(before);
    expect(open(createEmptyState).sim.store.toDocument()).toEqual(sim.store.toDocument());
  });

  it('never shows a write the journal refused (disk full), not even to _bulk_get', async () => {
    const first = open();
    const titleIn = async (t: ReturnType<typeof open>) => {
      const request = new Request('http://kibana.test/api/saved_objects/_bulk_get', {
        method: 'POST',
        headers: { 'kbn-xsrf': 'test', 'content-type': 'application/json' },
        body: JSON.stringify([{ type: 'dashboard', id: 'web-overview' }]),
      });
      const answer = await getResponse(createKibanaHandlers(t.sim), request);
      return ((await answer!.json()) as { saved_objects: { attributes: { title: string } }[] }).saved_objects[0].attributes.title;
    };
    const before = await titleIn(first);
    const openFile = fs.openSync;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fs, 'openSync').mockImplementation(((file: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode) => {
      if (String(file) === journal()) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return openFile(file, flags, mode);
    }) as typeof fs.openSync);
    expect(await first.send('PUT', '/api/saved_objects/_bulk_update', [{ type: 'dashboard', id: 'web-overview', attributes: { title: 'Never saved' } }])).toBe(500);
    expect(await first.send('DELETE', '/api/saved_objects/dashboard/kpi-overview-imported')).toBe(500);
    expect(await titleIn(first)).toBe(before);
    expect(first.sim.store.get('dashboard', 'kpi-overview-imported')).toBeDefined();
    vi.restoreAllMocks();
    // Once the disk has room again, writes are saved and shown as usual.
    expect(await first.send('PUT', '/api/saved_objects/_bulk_update', [{ type: 'dashboard', id: 'web-overview', attributes: { title: 'Saved' } }])).toBe(200);
    expect(await titleIn(open(createEmptyState))).toBe('Saved');
  });

  it('recovers to one whole state when a reset is killed right after the new snapshot is renamed into place', async () => {
    const first = open();
    expect(await first.send('PUT', '/api/saved_objects/_bulk_update', [{ type: 'dashboard', id: 'web-overview', attributes: { title: 'Journaled' } }])).toBe(200);
    const old = JSON.parse(JSON.stringify(first.sim.store.toDocument())) as unknown;
    const rename = fs.renameSync;
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      rename(from, to);
      if (String(to) === snapshot()) throw new Error('killed'); // the process dies here
    });
    expect(() => first.sim.reset(createEmptyState())).toThrow('killed');
    vi.restoreAllMocks();
    const onDisk = JSON.parse(fs.readFileSync(snapshot(), 'utf8')) as unknown;
    const recovered = JSON.parse(JSON.stringify(open(createDemoState).sim.store.toDocument())) as unknown;
    // The new (empty) state whole, or the old one whole: never the empty snapshot with the old journal on top.
    expect([old, onDisk]).toContainEqual(recovered);
    expect(recovered).toEqual(onDisk);
  });

  it('still replays a journal written before journals named their snapshot (an older data folder)', async () => {
    const first = open();
    expect(await first.send('PUT', '/api/saved_objects/_bulk_update', [{ type: 'dashboard', id: 'web-overview', attributes: { title: 'Old folder' } }])).toBe(200);
    const [header, ...changes] = fs.readFileSync(journal(), 'utf8').split('\n');
    expect(JSON.parse(header)).toEqual({ snapshot: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    fs.writeFileSync(journal(), changes.join('\n'));
    expect(open(createEmptyState).sim.store.get('dashboard', 'web-overview')?.attributes.title).toBe('Old folder');
  });
});
