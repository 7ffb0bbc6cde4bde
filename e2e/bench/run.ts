// `npm run bench`: builds the app, then prints every benchmark figure next to its budget.
import { execSync } from 'node:child_process';
import path from 'node:path';
import { measureBundle } from './bundle-size';
import { printTable, type BenchRow } from './report';
import { benchSimulatorFind } from './simulator-bench';
import { benchBulkUpdate, benchCopy } from './simulator-writes-bench';
import { benchObjectsScreen } from './ui-bench';
import { benchBulkEdit } from './bulk-edit-bench';
import { benchCopyScreen } from './copy-bench';

async function main() {
  const root = path.resolve(import.meta.dirname, '..', '..');
  console.log('Building the app (vite build)…');
  execSync("VITE_CONFIG_NATIVE_IGNORE_WARNING=true npx vite build --logLevel error", { cwd: root, stdio: 'inherit' });
  const rows: BenchRow[] = [...measureBundle(path.join(root, 'dist'))];
  console.log('Measuring the simulator…');
  rows.push(...(await benchSimulatorFind()));
  rows.push(...(await benchCopy()));
  rows.push(...(await benchBulkUpdate()));
  console.log('Measuring the objects screen in headless Chromium…');
  rows.push(...(await benchObjectsScreen()));
  console.log('Measuring a 10,000-object bulk edit in headless Chromium…');
  rows.push(...(await benchBulkEdit()));
  console.log('Measuring the copy wizard in headless Chromium…');
  rows.push(...(await benchCopyScreen()));
  printTable(rows);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
