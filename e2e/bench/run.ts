// `npm run bench`: builds the app, then prints every benchmark figure next to its budget and, for the UI
// figures, next to a baseline measured in the same run (see README, Benchmarks). Ends with the table, the
// machine's load and the total wall time.
import { execSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { measureBundle } from './bundle-size';
import { printTable, type BenchRow } from './report';
import { benchSimulatorFind } from './simulator-bench';
import { benchBulkUpdate, benchCopy } from './simulator-writes-bench';
import { benchObjectsScreen } from './ui-bench';
import { benchBulkEdit } from './bulk-edit-bench';
import { benchCopyScreen } from './copy-bench';
import { benchScreenScripts } from './screen-scripts';

/** Puts a heading above a bench's rows (unless its first row has one). */
const grouped = (group: string, rows: BenchRow[]): BenchRow[] => rows.map((r, i) => (i === 0 && !r.group ? { ...r, group } : r));
const load = () => os.loadavg().map((n) => n.toFixed(2)).join(', ');

async function main() {
  const started = performance.now();
  const loadAtStart = load();
  const step = (what: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0)} s, load ${os.loadavg()[0].toFixed(1)}] ${what}`);
  const root = path.resolve(import.meta.dirname, '..', '..');
  step(`Building the app (vite build)… load average (1, 5, 15 min): ${loadAtStart}; ${os.cpus().length} cores`);
  execSync("VITE_CONFIG_NATIVE_IGNORE_WARNING=true npx vite build --logLevel error", { cwd: root, stdio: 'inherit' });
  const rows: BenchRow[] = grouped('Build', measureBundle(path.join(root, 'dist')));
  step('Measuring the JS each screen loads when opened directly…');
  rows.push(...grouped('Each screen opened directly', await benchScreenScripts()));
  step('Measuring the simulator…');
  rows.push(...(await benchSimulatorFind()));
  rows.push(...grouped('Simulator writes', await benchCopy()));
  rows.push(...(await benchBulkUpdate()));
  step('Measuring the objects screen in headless Chromium…');
  rows.push(...(await benchObjectsScreen()));
  step('Measuring a 10,000-object bulk edit in headless Chromium…');
  rows.push(...grouped('Bulk edit screen', await benchBulkEdit()));
  step('Measuring the copy wizard in headless Chromium…');
  rows.push(...grouped('Copy wizard screen', await benchCopyScreen()));
  console.log('');
  printTable(rows);
  const seconds = (performance.now() - started) / 1000;
  console.log(`Load average (1, 5, 15 min): ${loadAtStart} at the start, ${load()} at the end; ${os.cpus().length} cores.`);
  console.log(`Total wall time of npm run bench: ${Math.floor(seconds / 60)} min ${(seconds % 60).toFixed(0)} s.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
