// The Objects screen over a 100,000-object deployment, in a real Chromium: how long the admin waits, and
// whether typing ever freezes the page.
//
// Server: `vite preview` of the production build in dist/ (what admins run), with the embedded simulator
// seeded with 100,000 generated objects (SIMULATOR_OBJECTS=100000, SIMULATOR_EPHEMERAL=1). dist/ is built
// first when missing; `npm run bench` builds it right before measuring.
// Each figure is the median (and p95) of 5 samples, after one warm-up navigation that is not counted.
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { timingRow, type BenchRow } from './report';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const OBJECTS = 100_000;
const SAMPLES = 5;
// Words of the generator's titles (src/simulator/state/generator.ts): each search narrows to a few thousand.
const SEARCHES = ['checkout', 'payments', 'inventory', 'shipping', 'gateway', 'billing'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export async function startAppServer(objects = OBJECTS): Promise<{ baseURL: string; stop: () => void }> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'index.html'))) {
    execSync('npx vite build --logLevel error', { cwd: ROOT, stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  }
  const port = await freePort();
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, SIMULATOR_OBJECTS: String(objects), SIMULATOR_EPHEMERAL: '1', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdio: 'ignore',
    detached: true, // its own process group, so stopping it stops npx and vite alike
  });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${baseURL}/api/spaces/space`, server);
  } catch (error) {
    stop();
    throw error;
  }
  return { baseURL, stop };
}

/** The "Showing 1–20 of N saved objects" line, once the table has rows. */
function showingText(page: Page): Promise<string> {
  return page.evaluate(() => [...document.querySelectorAll('[role="status"]')].map((el) => el.textContent ?? '').find((t) => t.startsWith('Showing')) ?? '');
}

/** Waits in the page until the "Showing …" line differs from `before` and a frame has been painted; returns that time. */
function whenShowingChanges(page: Page, before: string): Promise<number> {
  return page.evaluate(
    (previous) =>
      new Promise<number>((resolve) => {
        const check = () => {
          const text = [...document.querySelectorAll('[role="status"]')].map((el) => el.textContent ?? '').find((t) => t.startsWith('Showing'));
          if (text && text !== previous && document.querySelectorAll('table tbody tr').length > 0) {
            requestAnimationFrame(() => resolve(performance.now()));
            return;
          }
          requestAnimationFrame(check);
        };
        check();
      }),
    before,
  );
}

// tsx (esbuild, keepNames) wraps named functions in `__name(…)`, also inside functions sent to the page.
const KEEP_NAMES_SHIM = 'window.__name = (fn) => fn;';

export async function newPage(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: KEEP_NAMES_SHIM });
  return { page: await context.newPage(), close: () => context.close() };
}

async function firstRows(browser: Browser, baseURL: string): Promise<number> {
  const { page, close } = await newPage(browser);
  await page.goto(`${baseURL}/s/default/objects`, { waitUntil: 'commit' });
  // performance.now() counts from the navigation's start.
  const shown = await whenShowingChanges(page, '');
  await close();
  return shown;
}

/** Gzip size (KB) of every script the browser fetched until the objects screen showed its first rows. */
async function initialRouteJsKb(browser: Browser, baseURL: string): Promise<number> {
  const { page, close } = await newPage(browser);
  const scripts = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === baseURL && url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  await page.goto(`${baseURL}/s/default/objects`, { waitUntil: 'commit' });
  await whenShowingChanges(page, '');
  await close();
  let bytes = 0;
  for (const script of scripts) bytes += gzipSync(fs.readFileSync(path.join(ROOT, 'dist', script)), { level: 9 }).length;
  return bytes / 1024;
}

async function pageChanges(page: Page): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const before = await showingText(page);
    const started = await page.evaluate(() => {
      const next = document.querySelector<HTMLElement>('a[aria-label="Next page"], button[aria-label="Next page"]');
      const at = performance.now();
      next?.click();
      return at;
    });
    samples.push((await whenShowingChanges(page, before)) - started);
  }
  return samples;
}

interface TypingSample {
  /** Last keystroke → filtered rows on screen (includes the search debounce). */
  resultMs: number;
  /** Longest main-thread block from the first keystroke to the result (long task, else longest frame gap). */
  longestTaskMs: number;
}

async function typeSearch(page: Page, word: string, unfiltered: string): Promise<TypingSample> {
  const box = page.getByRole('searchbox', { name: 'Search saved objects' });
  await box.fill('');
  await page.waitForFunction((text) => [...document.querySelectorAll('[role="status"]')].some((el) => el.textContent === text), unfiltered);
  const before = unfiltered;
  await box.focus();
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { longest: number; lastKey: number; stop: () => void } };
    const state = { longest: 0, lastKey: 0, stop: () => {} };
    const since = performance.now();
    // Long tasks (Chromium reports those of 50 ms or more) and, below that, the longest gap between two
    // frames: an upper bound of any shorter task (it includes the frame's own 16.7 ms).
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.startTime >= since) state.longest = Math.max(state.longest, entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: true });
    let last = since;
    let running = true;
    const frame = (now: number) => {
      state.longest = Math.max(state.longest, now - last);
      last = now;
      if (running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const onKey = () => (state.lastKey = performance.now());
    document.addEventListener('keyup', onKey, true);
    state.stop = () => {
      running = false;
      observer.disconnect();
      document.removeEventListener('keyup', onKey, true);
    };
    w.__bench = state;
  });
  await page.keyboard.type(word, { delay: 60 });
  const shown = await whenShowingChanges(page, before);
  return page.evaluate((at) => {
    const w = window as unknown as { __bench: { longest: number; lastKey: number; stop: () => void } };
    w.__bench.stop();
    return { resultMs: at - w.__bench.lastKey, longestTaskMs: Math.max(0, w.__bench.longest) };
  }, shown);
}

export async function benchObjectsScreen(): Promise<BenchRow[]> {
  const server = await startAppServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
  });
  try {
    // Also the warm-up (simulator sort caches, preview's file cache).
    const initialKb = await initialRouteJsKb(browser, server.baseURL);
    const navigation: number[] = [];
    for (let i = 0; i < SAMPLES; i++) navigation.push(await firstRows(browser, server.baseURL));

    const { page, close } = await newPage(browser);
    await page.goto(`${server.baseURL}/s/default/objects`);
    await whenShowingChanges(page, '');
    const paging = await pageChanges(page);

    await page.goto(`${server.baseURL}/s/default/objects`);
    await whenShowingChanges(page, '');
    const unfiltered = await showingText(page);
    await typeSearch(page, 'orders', unfiltered); // warm-up
    const typing: TypingSample[] = [];
    for (const word of SEARCHES.slice(0, SAMPLES)) typing.push(await typeSearch(page, word, unfiltered));
    await close();

    const label = `${OBJECTS.toLocaleString('en')} objects`;
    return [
      { metric: 'JS the first screen loads (objects, every script fetched), gzip', unit: 'KB', value: initialKb, budget: 400 },
      timingRow(`Objects screen: navigation → first rows (${label}, new browser context)`, navigation, 1500),
      timingRow(`Objects screen: next page → new rows (${label})`, paging, 500),
      timingRow(`Objects screen: last keystroke → filtered rows (${label}, incl. 300 ms debounce)`, typing.map((s) => s.resultMs), 800),
      timingRow('Objects screen: longest main-thread block while typing a search (long task or frame gap)', typing.map((s) => s.longestTaskMs), 50),
    ];
  } finally {
    await browser.close();
    server.stop();
  }
}
