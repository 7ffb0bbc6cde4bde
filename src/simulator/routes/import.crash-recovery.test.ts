// @vitest-environment node
// Kills the real simulator process group (SIGKILL) while it answers `_import` requests, checks that its port
// is closed, restarts it on the same data folder and checks that the last acknowledged import is there —
// both objects of it, never one without the other — and that the state file is intact.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importForm } from '../../testing/multipart';
import { startSimulatorProcess, untilRefused, type SimulatorProcess } from '../../testing/simulator-process';

const running: SimulatorProcess[] = [];
let dataDir: string | undefined;
afterEach(async () => {
  await Promise.all(running.splice(0).map((p) => p.kill()));
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function start(dir: string, args: string[] = []) {
  const p = await startSimulatorProcess(dir, args);
  running.push(p);
  return p;
}

const imported = (i: number) =>
  importForm([
    { type: 'visualization', id: 'crash-vis', attributes: { title: `crash import ${i}` }, references: [] },
    { type: 'dashboard', id: 'crash-board', attributes: { title: `crash import ${i}` }, references: [{ name: 'panel_0', type: 'visualization', id: 'crash-vis' }] },
  ]);

describe('simulator crash recovery during imports', () => {
  it('keeps every acknowledged import across a SIGKILL of the process group', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-import-crash-'));
    dataDir = dir;
    const first = await start(dir, ['--demo']);
    let acknowledged = -1;
    let stop = false;
    const writer = (async () => {
      for (let i = 0; !stop && i < 500; i++) {
        try {
          const response = await fetch(`${first.url}/api/saved_objects/_import?overwrite=true`, { method: 'POST', headers: { 'kbn-xsrf': 'test' }, body: imported(i) });
          if (response.ok && ((await response.json()) as { success: boolean }).success) acknowledged = i;
        } catch {
          break; // the process died under us: that import was never acknowledged
        }
      }
    })();
    await expect.poll(() => acknowledged, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    await first.kill();
    stop = true;
    await writer;
    await untilRefused(first.url);
    expect(() => JSON.parse(fs.readFileSync(path.join(dir, 'state.json'), 'utf8'))).not.toThrow();

    const second = await start(dir);
    const get = async (type: string, id: string) => ((await (await fetch(`${second.url}/api/saved_objects/${type}/${id}`)).json()) as { attributes: { title: string } }).attributes.title;
    const board = await get('dashboard', 'crash-board');
    // The last acknowledged import, or a later one whose answer was lost when the process died.
    expect(Number(board.replace('crash import ', ''))).toBeGreaterThanOrEqual(acknowledged);
    expect(await get('visualization', 'crash-vis')).toBe(board);
  });
});
