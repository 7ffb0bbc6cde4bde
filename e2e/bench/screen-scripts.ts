// The JavaScript each screen loads when an admin opens it directly (a bookmark, a link from a colleague), not
// only the objects screen: every script the page fetched until the screen's heading and main content are on
// screen, gzip-compressed as the server would send it (the files in dist/). Budget 400 KB each, like the
// first screen's. The objects screen itself, on 100,000 objects, is measured in ui-bench.ts.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './report';
import { newPage, startAppServer, launchBrowser } from './ui-bench';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SCREENS = [
  { name: 'copy to spaces (with a selection)', path: '/s/default/copy?objects=dashboard:web-overview', ready: 'button:has-text("Related objects added")' },
  { name: 'bulk edit', path: '/s/default/bulk-edit', ready: 'h1:has-text("Bulk edit")' },
  { name: 'ML sync', path: '/s/default/ml-sync', ready: 'h1:has-text("ML sync")' },
  { name: 'aliases', path: '/s/default/aliases', ready: 'h1:has-text("Open by id and aliases")' },
];

const gzipKb = (url: string) => gzipSync(fs.readFileSync(path.join(ROOT, 'dist', new URL(url).pathname)), { level: 9 }).length / 1024;

export async function benchScreenScripts(): Promise<BenchRow[]> {
  const server = await startAppServer(0);
  const browser = await launchBrowser();
  try {
    const rows: BenchRow[] = [];
    for (const screen of SCREENS) {
      const { page, close } = await newPage(browser);
      await page.goto(`${server.baseURL}${screen.path}`);
      await page.locator(screen.ready).first().waitFor();
      // Scripts of this origin fetched so far (resource timing lists every one, cached or not).
      const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.startsWith(location.origin) && n.endsWith('.js')));
      await close();
      const kb = [...new Set(scripts)].reduce((sum, url) => sum + gzipKb(url), 0);
      rows.push({ metric: `JS loaded until ${screen.name} shows, opened directly (${scripts.length} scripts), gzip`, unit: 'KB', value: kb, budget: 400 });
    }
    return rows;
  } finally {
    await browser.close();
    server.stop();
  }
}
