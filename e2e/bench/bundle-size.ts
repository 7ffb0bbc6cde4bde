// Gzip size of all the built JavaScript, for reference (what the first screen loads is measured in the
// browser, see ui-bench.ts).
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './report';

export function measureBundle(dist: string): BenchRow[] {
  const assets = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const allKb = assets.reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(dist, 'assets', f)), { level: 9 }).length / 1024, 0);
  return [{ metric: `all built JS together (${assets.length} files), gzip — not a budget`, unit: 'KB', value: allKb }];
}
