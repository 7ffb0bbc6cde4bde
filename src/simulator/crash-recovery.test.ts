// @vitest-environment node
// Kills the real simulator process (SIGKILL) while it is answering writes, restarts it on the same data
// folder and checks that every acknowledged write is there and the state file is intact.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const cli = path.resolve(import.meta.dirname, 'cli.ts');
const tsx = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
let running: ChildProcess | undefined;

function start(dataDir: string, extra: string[] = []): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(tsx, [cli, '--port', '0', ...extra], { env: { ...process.env, SIMULATOR_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  running = child;
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1], child });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`simulator exited (${code}): ${out}`)));
  });
}

afterEach(() => {
  running?.kill('SIGKILL');
  running = undefined;
});

describe('simulator crash recovery', () => {
  it('keeps every acknowledged write across a SIGKILL mid-write, and the state file stays valid JSON', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-crash-'));
    const first = await start(dataDir, ['--demo']);
    const acknowledged: string[] = [];
    let stop = false;
    const writer = (async () => {
      for (let i = 0; !stop && i < 500; i++) {
        const title = `crash test title ${i}`;
        try {
          const response = await fetch(`${first.url}/api/saved_objects/_bulk_update`, {
            method: 'PUT',
            headers: { 'kbn-xsrf': 'test', 'content-type': 'application/json' },
            body: JSON.stringify([{ type: 'dashboard', id: 'web-overview', attributes: { title } }]),
          });
          if (response.ok) acknowledged.push(title);
        } catch {
          break; // the process died under us: that write was never acknowledged
        }
      }
    })();
    await new Promise((r) => setTimeout(r, 400));
    first.child.kill('SIGKILL');
    stop = true;
    await writer;
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(() => JSON.parse(fs.readFileSync(path.join(dataDir, 'state.json'), 'utf8'))).not.toThrow();

    const second = await start(dataDir);
    const body = await (await fetch(`${second.url}/api/saved_objects/_bulk_get`, {
      method: 'POST',
      headers: { 'kbn-xsrf': 'test', 'content-type': 'application/json' },
      body: JSON.stringify([{ type: 'dashboard', id: 'web-overview' }]),
    })).json();
    const title = body.saved_objects[0].attributes.title as string;
    // The last acknowledged write, or a later one whose answer was lost when the process died.
    const index = Number(title.replace('crash test title ', ''));
    expect(index).toBeGreaterThanOrEqual(acknowledged.length - 1);
  }, 60_000);
});
