// Test-only: the simulator as a real process (`tsx src/simulator/cli.ts`) on a data folder. It is spawned as
// the leader of its own process group, so `kill()` takes down tsx and the node child it starts together —
// killing only the wrapper would leave the real server running.
import path from 'node:path';
import { killGroup, spawnGroup } from './process-group';

const cli = path.resolve(import.meta.dirname, '../simulator/cli.ts');
const tsx = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');

export interface SimulatorProcess {
  url: string;
  /** SIGKILL to the whole process group (idempotent); resolves once every process of it is gone. */
  kill(): Promise<void>;
}

export function startSimulatorProcess(dataDir: string, args: string[] = []): Promise<SimulatorProcess> {
  const child = spawnGroup(tsx, [cli, '--port', '0', ...args], {
    env: { ...process.env, SIMULATOR_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const kill = () => killGroup(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1], kill });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`simulator exited (${code}): ${out}`)));
  });
}

/** Resolves once nothing answers at `url` any more (the killed process let go of its port). */
export async function untilRefused(url: string): Promise<void> {
  for (;;) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
