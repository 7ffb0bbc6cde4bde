// Gzip size of the JavaScript the first screen loads: the entry script of dist/index.html plus the chunks
// it preloads and the objects screen's lazy chunk (the landing route).
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './report';

const gzipKb = (file: string) => gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;

export function measureBundle(dist: string): BenchRow[] {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const initial = new Set<string>();
  for (const m of html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)) initial.add(m[1]);
  const entryKb = [...initial].reduce((sum, f) => sum + gzipKb(path.join(dist, f)), 0);
  // The landing route (objects) is lazy: count its chunk too, it loads before the first screen shows.
  const assets = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const landing = assets.filter((f) => /^route-|objects/i.test(f) && !initial.has(`assets/${f}`) && /objects/i.test(f));
  const landingKb = landing.reduce((sum, f) => sum + gzipKb(path.join(dist, 'assets', f)), 0);
  const allKb = assets.reduce((sum, f) => sum + gzipKb(path.join(dist, 'assets', f)), 0);
  return [
    { metric: 'initial route JS (entry + preloads + objects screen), gzip', unit: 'KB', value: entryKb + landingKb, budget: 400 },
    { metric: 'all JS chunks together, gzip (not a budget)', unit: 'KB', value: allKb },
  ];
}
