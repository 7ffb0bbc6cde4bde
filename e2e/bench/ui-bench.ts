// The Objects screen over a 100,000-object deployment, in a real Chromium: how long the admin waits, and
// whether typing ever freezes the page — each figure next to a baseline measured in the same run, on the
// same server, so that the UI's own share (the ratio) holds from one machine and one load to another.
//
// Server: `vite preview` of the production build in dist/ (what admins run), with the embedded simulator
// seeded with 100,000 generated objects (SIMULATOR_OBJECTS=100000, SIMULATOR_EPHEMERAL=1). dist/ is built
// first when missing; `npm run bench` builds it right before measuring.
//
// Baselines (see README, Benchmarks):
// - blank page: dist/index.html of the same build with its scripts removed and a static "Showing …" line, a
//   one-row table and a plain search field in the body (written to dist/bench-blank.html, served by the same
//   vite preview), opened in a new browser context and waited for exactly like the app: HTML + CSS + paint.
// - plain script: the API requests the page itself sent for that figure (read from the page's resource
//   timing in the same sample), sent again from Node's fetch to the same server, all at once; the time until
//   the last answer is read.
// - field alone: typing the same word, at the same pace, into the blank page's plain search field; the same
//   main-thread watch over the same time window.
// Each figure is the median of at least BENCH_SAMPLES (default 5, never fewer) samples after warm-ups — 9 for
// first rows and page change, 7 for typing at 20 rows per page, as they are cheap; UI sample i and
// baseline sample i are taken back to back, so their ratio (and its spread) compares like with like.
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ratioRow, timingRow, type BenchRow } from './report';
import { firstRowsBreakdown } from './first-rows-trace';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const OBJECTS = 100_000;
const SAMPLES = Math.max(5, Number(process.env.BENCH_SAMPLES ?? 5));
// Cheap figures take more samples: their median then holds better on a loaded machine.
const CHEAP_SAMPLES = Math.max(SAMPLES, 9);
// Words of the generator's titles (src/simulator/state/generator.ts): each search narrows to a few thousand.
const SEARCHES = ['checkout', 'payments', 'inventory', 'shipping', 'gateway', 'billing', 'orders', 'catalog', 'firewall', 'sessions', 'storage', 'network', 'ingest', 'alerts', 'queue'];
const TYPING_DELAY_MS = 60;
const BLANK_PAGE = 'bench-blank.html';
const OBJECTS_PATH = '/s/default/objects';

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
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGKILL'); // nothing to flush: the simulator is ephemeral
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

/**
 * The blank page of the same build: dist/index.html without its scripts (no app is mounted), with what the
 * bench waits for — a "Showing …" status line, a one-row table — and a plain search field, as static HTML.
 */
function writeBlankPage(): void {
  if (fs.existsSync(path.join(ROOT, 'dist', BLANK_PAGE))) return;
  const html = fs.readFileSync(path.join(ROOT, 'dist', 'index.html'), 'utf8');
  const body = [
    '<main>',
    '<label>Search saved objects <input type="search" aria-label="Search saved objects"></label>',
    '<div role="status">Showing 1–1 of 1 (blank page of the bench: no app)</div>',
    '<table><tbody><tr><td>blank</td></tr></tbody></table>',
    '</main>',
  ].join('');
  const blank = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace(/<div id="root"><\/div>/, body);
  fs.writeFileSync(path.join(ROOT, 'dist', BLANK_PAGE), blank);
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
          if (text && text !== previous && document.querySelector('table tbody tr, [role="gridcell"]')) {
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
// Keeps every resource timing entry of a long-lived page, and notes when React first commits into #root
// (its first child appears): "app start" in the first-rows breakdown. Observes only; changes nothing.
const OBSERVE_SHIM = `
performance.setResourceTimingBufferSize(100000);
new MutationObserver((_, observer) => {
  const root = document.getElementById('root');
  if (root && root.firstChild) { window.__firstCommit = performance.now(); observer.disconnect(); }
}).observe(document, { childList: true, subtree: true });`;

/**
 * A page of the app's origin with no app in it (the bench's blank page): where the bare `fetch` baselines of
 * the bulk edit and copy benches run, so nothing of the app shares the renderer with them.
 */
export async function newBlankPage(browser: Browser, baseURL: string): Promise<{ page: Page; close: () => Promise<void> }> {
  writeBlankPage();
  const blank = await newPage(browser);
  await blank.page.goto(`${baseURL}/${BLANK_PAGE}`);
  return blank;
}

/** The system Chromium (or CHROMIUM_PATH), headless, as every bench drives it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
  });
}

export async function newPage(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: KEEP_NAMES_SHIM + OBSERVE_SHIM });
  return { page: await context.newPage(), close: () => context.close() };
}

export interface ResourceEntry {
  name: string;
  initiatorType: string;
  startTime: number;
  responseEnd: number;
}

/** Resource timing entries of the page that started at or after `since` (page clock). */
function resources(page: Page, since = 0): Promise<ResourceEntry[]> {
  return page.evaluate(
    (from) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.startTime >= from)
        .map((e) => ({ name: e.name, initiatorType: e.initiatorType, startTime: e.startTime, responseEnd: e.responseEnd })),
    since,
  );
}

export function isApiRequest(entry: ResourceEntry): boolean {
  return /^\/(s\/[^/]+\/)?api\//.test(new URL(entry.name).pathname);
}

/** The plain-script baseline: the same GET requests, sent at once from Node; ms until the last body is read. */
async function sendAtOnce(urls: string[]): Promise<number> {
  const started = performance.now();
  await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`baseline request ${url} → ${response.status}`);
      await response.arrayBuffer();
    }),
  );
  return performance.now() - started;
}

/** API requests the page started in [from, until) — what the figure waited for. */
async function apiRequestsBetween(page: Page, from: number, until: number): Promise<string[]> {
  return (await resources(page, from)).filter((e) => isApiRequest(e) && e.startTime < until).map((e) => e.name);
}

/** Navigation (new browser context) → rows painted, in the page's clock (0 = navigation start). */
async function navigateAndWait(browser: Browser, url: string): Promise<{ shownMs: number; apiUrls: string[] }> {
  const { page, close } = await newPage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const shownMs = await whenShowingChanges(page, '');
    return { shownMs, apiUrls: await apiRequestsBetween(page, 0, shownMs) };
  } finally {
    await close();
  }
}

/** Gzip size (KB) of every script the browser fetched until the objects screen showed its first rows. */
async function initialRouteJsKb(browser: Browser, baseURL: string): Promise<number> {
  const { page, close } = await newPage(browser);
  await page.goto(`${baseURL}${OBJECTS_PATH}`, { waitUntil: 'commit' });
  const shown = await whenShowingChanges(page, '');
  const scripts = new Set((await resources(page)).filter((e) => e.startTime < shown && new URL(e.name).pathname.endsWith('.js')).map((e) => new URL(e.name).pathname));
  await close();
  let bytes = 0;
  for (const script of scripts) bytes += gzipSync(fs.readFileSync(path.join(ROOT, 'dist', script)), { level: 9 }).length;
  return bytes / 1024;
}

interface Paired {
  ui: number[];
  baseline: number[];
}

async function firstRows(browser: Browser, baseURL: string): Promise<{ ui: number[]; blank: number[]; script: number[]; requests: string[] }> {
  const result = { ui: [] as number[], blank: [] as number[], script: [] as number[], requests: [] as string[] };
  for (let i = 0; i < CHEAP_SAMPLES; i++) {
    const app = await navigateAndWait(browser, `${baseURL}${OBJECTS_PATH}`);
    result.ui.push(app.shownMs);
    result.blank.push((await navigateAndWait(browser, `${baseURL}/${BLANK_PAGE}`)).shownMs);
    result.script.push(await sendAtOnce(app.apiUrls));
    result.requests = app.apiUrls;
  }
  return result;
}

async function pageChanges(page: Page): Promise<Paired> {
  const result: Paired = { ui: [], baseline: [] };
  for (let i = 0; i < CHEAP_SAMPLES; i++) {
    await settle(page);
    const before = await showingText(page);
    const started = await page.evaluate(() => {
      const next = document.querySelector<HTMLElement>('a[aria-label="Next page"], button[aria-label="Next page"]');
      const at = performance.now();
      next?.click();
      return at;
    });
    const shown = await whenShowingChanges(page, before);
    result.ui.push(shown - started);
    result.baseline.push(await sendAtOnce(await apiRequestsBetween(page, started, shown)));
  }
  return result;
}

/**
 * Waits until the page has been quiet — no gap between frames above 50 ms — for 300 ms (at most 5 s),
 * so that a sample does not pay for the render of the one before (e.g. 500 unfiltered rows coming back).
 */
function settle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const started = performance.now();
        let quietSince = started;
        let last = started;
        const frame = (now: number) => {
          if (now - last > 50) quietSince = now;
          last = now;
          if (now - quietSince >= 300 || now - started > 5000) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/** A main-thread block: a long task (Chromium reports those of 50 ms or more) or a gap between two frames. */
type Block = [start: number, duration: number];

interface Watched {
  firstKey: number;
  lastKey: number;
  blocks: Block[];
}

interface TypingSample {
  /** Last keystroke → filtered rows on screen (includes the search debounce). */
  resultMs: number;
  /** Longest block from the first keystroke until the debounce fires: the keystrokes' own cost. */
  keystrokesBlockMs: number;
  /** Longest block from the first keystroke until the filtered rows are painted (also their render). */
  wholeBlockMs: number;
  /** First keystroke → debounce fired, and → rows painted: the windows, for the field-alone baseline. */
  typingWindowMs: number;
  wholeWindowMs: number;
  /** API requests sent after the last keystroke, until the filtered rows showed. */
  apiUrls: string[];
}

/** Longest block that starts in [from, until), counting only its part before `until`. */
const longestIn = (blocks: Block[], from: number, until: number) =>
  Math.max(0, ...blocks.filter(([start]) => start >= from && start < until).map(([start, duration]) => Math.min(start + duration, until) - start));

/**
 * Starts watching the main thread: long tasks, and every gap between two frames — an upper bound of any
 * shorter task (it includes the frame's own 16.7 ms) — and the keystrokes' times.
 */
function watchMainThread(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __bench: Watched & { stop: () => void } };
    const state = { firstKey: 0, lastKey: 0, blocks: [] as Block[], stop: () => {} };
    const since = performance.now();
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.startTime >= since) state.blocks.push([entry.startTime, entry.duration]);
    });
    observer.observe({ type: 'longtask', buffered: true });
    let last = since;
    let running = true;
    const frame = (now: number) => {
      state.blocks.push([last, now - last]);
      last = now;
      if (running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const onKey = () => {
      state.lastKey = performance.now();
      if (!state.firstKey) state.firstKey = state.lastKey;
    };
    document.addEventListener('keydown', onKey, true);
    state.stop = () => {
      running = false;
      observer.disconnect();
      document.removeEventListener('keydown', onKey, true);
    };
    w.__bench = state;
  });
}

function stopWatching(page: Page): Promise<Watched> {
  return page.evaluate(() => {
    const w = window as unknown as { __bench: Watched & { stop: () => void } };
    w.__bench.stop();
    return { firstKey: w.__bench.firstKey, lastKey: w.__bench.lastKey, blocks: w.__bench.blocks };
  });
}

async function typeSearch(page: Page, word: string, unfiltered: string): Promise<TypingSample> {
  const box = page.getByRole('searchbox', { name: 'Search saved objects' });
  await box.fill('');
  await page.waitForFunction((text) => [...document.querySelectorAll('[role="status"]')].some((el) => el.textContent === text), unfiltered);
  await box.focus();
  await settle(page);
  await watchMainThread(page);
  await page.keyboard.type(word, { delay: TYPING_DELAY_MS });
  const shown = await whenShowingChanges(page, unfiltered);
  const watched = await stopWatching(page);
  const requests = (await resources(page, watched.lastKey)).filter((e) => isApiRequest(e) && e.startTime < shown);
  // The keystrokes' window ends when the debounce fires (last key + the debounce of the source); without a
  // known debounce, when the search request leaves (or, answered from cache, at the result).
  const keystrokesEnd = DEBOUNCE_MS !== undefined ? watched.lastKey + DEBOUNCE_MS : requests.length ? Math.min(...requests.map((e) => e.startTime)) : shown;
  return {
    resultMs: shown - watched.lastKey,
    keystrokesBlockMs: longestIn(watched.blocks, watched.firstKey, keystrokesEnd),
    wholeBlockMs: longestIn(watched.blocks, watched.firstKey, shown),
    typingWindowMs: keystrokesEnd - watched.firstKey,
    wholeWindowMs: shown - watched.firstKey,
    apiUrls: requests.map((e) => e.name),
  };
}

/** The same word at the same pace into the blank page's plain field, watched over the app sample's windows. */
async function typeInFieldAlone(page: Page, word: string, app: TypingSample): Promise<{ keystrokes: number; whole: number }> {
  const box = page.getByRole('searchbox', { name: 'Search saved objects' });
  await box.fill('');
  await box.focus();
  await settle(page);
  await watchMainThread(page);
  await page.keyboard.type(word, { delay: TYPING_DELAY_MS });
  const firstKey = await page.evaluate(() => (window as unknown as { __bench: Watched }).__bench.firstKey);
  await page.waitForFunction((until) => performance.now() >= until, firstKey + app.wholeWindowMs);
  const watched = await stopWatching(page);
  return {
    keystrokes: longestIn(watched.blocks, firstKey, firstKey + app.typingWindowMs),
    whole: longestIn(watched.blocks, firstKey, firstKey + app.wholeWindowMs),
  };
}

/** "spaces/space, 2 × saved_objects/_find": what the requests were, by their path after /api/. */
function describeRequests(urls: string[]): string {
  const counts = new Map<string, number>();
  for (const url of urls) {
    const name = new URL(url).pathname.replace(/^.*?\/api\//, '');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, n]) => (n > 1 ? `${n} × ${name}` : name)).join(', ') || 'none';
}

/** The app's search debounce, read from its source: the part of "keystroke → rows" that is a choice. */
function searchDebounceMs(): number | undefined {
  const folder = path.join(ROOT, 'src', 'features', 'objects');
  for (const file of fs.readdirSync(folder).filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))) {
    const match = /SEARCH_DEBOUNCE_MS\s*=\s*(\d+)/.exec(fs.readFileSync(path.join(folder, file), 'utf8'));
    if (match) return Number(match[1]);
  }
  return undefined;
}

const DEBOUNCE_MS = searchDebounceMs();

interface TypingFigures {
  size: number;
  samples: TypingSample[];
  fieldAlone: { keystrokes: number; whole: number }[];
  script: number[];
}

async function typing(browser: Browser, baseURL: string, size: number, samples: number): Promise<TypingFigures> {
  const app = await newPage(browser);
  const blank = await newPage(browser);
  try {
    await app.page.goto(`${baseURL}${OBJECTS_PATH}?size=${size}`);
    await whenShowingChanges(app.page, '');
    await blank.page.goto(`${baseURL}/${BLANK_PAGE}`);
    const unfiltered = await showingText(app.page);
    const warmUp = await typeSearch(app.page, SEARCHES[SEARCHES.length - 1], unfiltered);
    await typeInFieldAlone(blank.page, SEARCHES[SEARCHES.length - 1], warmUp);
    const figures: TypingFigures = { size, samples: [], fieldAlone: [], script: [] };
    for (const word of SEARCHES.slice(0, Math.min(samples, SEARCHES.length - 1))) {
      const sample = await typeSearch(app.page, word, unfiltered);
      figures.samples.push(sample);
      figures.fieldAlone.push(await typeInFieldAlone(blank.page, word, sample));
      figures.script.push(await sendAtOnce(sample.apiUrls));
    }
    return figures;
  } finally {
    await app.close();
    await blank.close();
  }
}

export async function benchObjectsScreen(): Promise<BenchRow[]> {
  writeBlankPage();
  const server = await startAppServer();
  const browser = await launchBrowser();
  try {
    // Also the warm-up (simulator sort caches, preview's file cache, the browser's code cache).
    const initialKb = await initialRouteJsKb(browser, server.baseURL);
    await navigateAndWait(browser, `${server.baseURL}/${BLANK_PAGE}`);
    const first = await firstRows(browser, server.baseURL);
    const breakdown = await firstRowsBreakdown(browser, `${server.baseURL}${OBJECTS_PATH}`, SAMPLES, {
      newPage,
      waitForRows: (page) => whenShowingChanges(page, ''),
      resources: (page) => resources(page),
      isApiRequest,
    });

    const { page, close } = await newPage(browser);
    await page.goto(`${server.baseURL}${OBJECTS_PATH}`);
    await whenShowingChanges(page, '');
    await pageChanges(page); // warm-up: the first pages' sorts
    const paging = await pageChanges(page);
    await close();

    const typing20 = await typing(browser, server.baseURL, 20, Math.max(SAMPLES, 7));
    const typing500 = await typing(browser, server.baseURL, 500, SAMPLES);

    const label = `${OBJECTS.toLocaleString('en')} objects`;
    const debounce = DEBOUNCE_MS;
    const typingRows = (t: TypingFigures, wholeBudget?: number, resultBudget?: number): BenchRow[] => {
      const keystrokes = t.samples.map((s) => s.keystrokesBlockMs);
      const whole = t.samples.map((s) => s.wholeBlockMs);
      const results = t.samples.map((s) => s.resultMs);
      const rows: BenchRow[] = [
        {
          ...timingRow(`longest main-thread block while typing: the keystrokes, first key → debounce fires (${t.size} rows per page)`, keystrokes, 50),
          group: `Typing a search, ${t.size} rows per page (${label}; ${TYPING_DELAY_MS} ms between keys)`,
        },
        timingRow('  baseline: the same typing into a plain field of the blank page, same window', t.fieldAlone.map((f) => f.keystrokes)),
        ratioRow('  UI / baseline', keystrokes, t.fieldAlone.map((f) => f.keystrokes)),
        timingRow(`longest main-thread block, first key → filtered rows painted (also the search's commit and rendering ${t.size} rows)`, whole, wholeBudget),
        timingRow('  baseline: the same typing into a plain field of the blank page, same window', t.fieldAlone.map((f) => f.whole)),
        ratioRow('  UI / baseline', whole, t.fieldAlone.map((f) => f.whole)),
        timingRow(`last keystroke → filtered rows, ${t.size} rows per page (incl. ${debounce ?? '?'} ms debounce)`, results, resultBudget),
      ];
      if (debounce !== undefined) {
        const baseline = t.script.map((ms) => ms + debounce);
        rows.push(timingRow(`  baseline: debounce (${debounce} ms, from the source) + the same requests from a plain script`, baseline));
        rows.push(ratioRow('  UI / baseline', results, baseline));
      } else {
        rows.push(timingRow('  the same requests from a plain script (no debounce found in the source: no ratio)', t.script));
      }
      return rows;
    };
    const blankPlusScript = first.blank.map((ms, i) => ms + first.script[i]);
    return [
      { metric: 'JS the first screen loads (objects, every script fetched), gzip', unit: 'KB', value: initialKb, budget: 400, group: 'Objects screen' },
      { ...timingRow(`navigation → first rows (${label}, new browser context)`, first.ui, 1500), group: `First rows (${label}), new browser context` },
      timingRow('  baseline: blank page of the same build (no scripts), same server, same wait', first.blank),
      timingRow(`  baseline: the page's API requests (${describeRequests(first.requests)}) from a plain script, all at once`, first.script),
      ratioRow('  UI / (blank page + script)', first.ui, blankPlusScript),
      ...breakdown,
      { ...timingRow(`next page → new rows (${label})`, paging.ui, 500), group: `Page change (${label})` },
      timingRow('  baseline: the same _find requests from a plain script', paging.baseline),
      ratioRow('  UI / baseline', paging.ui, paging.baseline),
      ...typingRows(typing20, 50, 800),
      ...typingRows(typing500),
      ratioRow(
        'longest block while typing (keystrokes): 500 rows / 20 rows per page (should not grow with the page size)',
        typing500.samples.map((t) => t.keystrokesBlockMs),
        typing20.samples.map((t) => t.keystrokesBlockMs),
      ),
    ];
  } finally {
    await browser.close();
    server.stop();
  }
}
