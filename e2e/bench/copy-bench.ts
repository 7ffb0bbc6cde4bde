// The copy wizard in a real Chromium (`vite preview` of the build, embedded simulator):
// - copying a 1,000-object closure to 3 spaces through the UI, against the same copy request sent from a
//   plain script to the same server, in the same run, as a ratio (goal ≤ 1.3). 5 interleaved samples, median
//   and spread. UI: click → first painted frame of the report, on the page's clock; script: the request and
//   the parsing of its answer. For the record, the same request from a bare fetch in a blank page of the
//   same origin, no app loaded (the browser's own share);
// - the decision grid with 1,000 conflicts: copy answer → grid painted, and the longest main-thread block
//   while it renders and while the admin decides (one row, then "Overwrite all").
import type { Browser, Page } from 'playwright-core';
import type { StateDocument } from '../../src/simulator/state/schema';
import { spread } from './bulk-edit-bench';
import { timingRow, type BenchRow } from './report';
import { closureState } from './simulator-writes-bench';
import { newBlankPage, newPage, startAppServer, launchBrowser } from './ui-bench';

const SAMPLES = 5;
const DASHBOARDS = Array.from({ length: 100 }, (_, d) => ({ type: 'dashboard', id: `bench-dash-${d}` }));
const COPY_URL = `/s/default/copy?objects=${DASHBOARDS.map((o) => `${o.type}:${o.id}`).join(',')}`;
const headers = { 'kbn-xsrf': 'bench', 'content-type': 'application/json' };

/** The closure, plus Marketing holding a copy of every object of it: 1,000 conflicts there. */
function conflictState(): StateDocument {
  const state = closureState();
  const copies = state.objects.map((o) => ({ ...o, id: `mk-${o.id}`, originId: o.id, namespaces: ['marketing'], references: (o.references ?? []).map((r) => ({ ...r, id: `mk-${r.id}` })) }));
  return { ...state, objects: [...state.objects, ...copies] };
}

async function putState(baseURL: string, state: StateDocument) {
  const response = await fetch(`${baseURL}/__simulator/state`, { method: 'PUT', headers, body: JSON.stringify(state) });
  if (!response.ok) throw new Error(`PUT state → ${response.status}`);
}

async function openWizard(page: Page, baseURL: string, spaces: string[]) {
  await page.goto(`${baseURL}${COPY_URL}`);
  await page.getByRole('button', { name: 'Related objects added: 900' }).waitFor();
  const list = page.getByRole('listbox', { name: 'Target spaces' });
  for (const name of spaces) await list.getByRole('option', { name: new RegExp(`^${name}`) }).click();
}

/** Starts recording the longest main-thread block (long task, else the longest gap between frames). */
function watchMainThread(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __block: { longest: number; stop: () => number } };
    const since = performance.now();
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.startTime >= since) longest = Math.max(longest, entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: true });
    let last = since;
    let running = true;
    const frame = (now: number) => {
      longest = Math.max(longest, now - last);
      last = now;
      if (running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    w.__block = {
      longest: 0,
      stop: () => {
        running = false;
        observer.disconnect();
        return longest;
      },
    };
  });
}

/**
 * Clicks the button named `button` in the page and resolves, on the page's clock, the time from the click to
 * the first painted frame where `done` (a CSS selector, optionally with text) is on screen. Measured in the
 * page, so the test runner's own latency is not counted.
 */
function clickUntil(page: Page, button: string, done: { selector: string; text?: string }): Promise<{ clickAt: number; doneAt: number }> {
  return page.evaluate(
    ({ button, done }) =>
      new Promise<{ clickAt: number; doneAt: number }>((resolve) => {
        const target = [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith(button));
        const clickAt = performance.now();
        target?.click();
        const check = () => {
          const found = [...document.querySelectorAll(done.selector)].some((el) => !done.text || (el.textContent ?? '').startsWith(done.text));
          if (found) requestAnimationFrame(() => resolve({ clickAt, doneAt: performance.now() }));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { button, done },
  );
}

const stopWatching = (page: Page) => page.evaluate(() => (window as unknown as { __block: { stop: () => number } }).__block.stop());

async function uiCopy(browser: Browser, baseURL: string): Promise<number> {
  await putState(baseURL, closureState());
  const { page, close } = await newPage(browser);
  await openWizard(page, baseURL, ['Marketing', 'Engineering', 'Sales']);
  const { clickAt, doneAt } = await clickUntil(page, 'Copy 100 objects', { selector: '[role="status"]', text: '3000 results: 3000 created' });
  await close();
  return doneAt - clickAt;
}

const COPY_BODY = { objects: DASHBOARDS, spaces: ['marketing', 'engineering', 'sales'], includeReferences: true, createNewCopies: true, overwrite: false };

/** The plain script: the same copy request, and the parsing of its answer. */
async function scriptCopy(baseURL: string): Promise<number> {
  await putState(baseURL, closureState());
  const started = performance.now();
  const response = await fetch(`${baseURL}/api/spaces/_copy_saved_objects`, { method: 'POST', headers, body: JSON.stringify(COPY_BODY) });
  await response.json();
  return performance.now() - started;
}

/**
 * The browser's own floor, for the record: the same request from a bare `fetch` in a blank page of the same
 * origin (no app loaded: nothing shares the renderer), timed like the script. What the UI costs beyond it is the app's.
 */
async function inPageCopy(browser: Browser, baseURL: string): Promise<number> {
  await putState(baseURL, closureState());
  const { page, close } = await newBlankPage(browser, baseURL);
  const ms = await page.evaluate(async (body) => {
    const started = performance.now();
    const response = await fetch('/api/spaces/_copy_saved_objects', { method: 'POST', headers: { 'kbn-xsrf': 'bench', 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await response.json();
    return performance.now() - started;
  }, COPY_BODY);
  await close();
  return ms;
}

interface GridSample {
  renderMs: number;
  renderBlockMs: number;
  decideBlockMs: number;
  overwriteAllBlockMs: number;
}

async function gridSample(browser: Browser, baseURL: string): Promise<GridSample> {
  await putState(baseURL, conflictState());
  const { page, close } = await newPage(browser);
  await openWizard(page, baseURL, ['Marketing']);
  await page.getByLabel('Check for existing objects, and ask me for each conflict').check();
  await watchMainThread(page);
  const { doneAt } = await clickUntil(page, 'Copy 100 objects', { selector: 'table select' });
  // Copy answer received → grid painted, both on the page's clock.
  const answeredAt = await page.evaluate(() => {
    const copy = performance.getEntriesByType('resource').filter((e) => e.name.includes('_copy_saved_objects')).pop() as PerformanceResourceTiming | undefined;
    return copy?.responseEnd ?? 0;
  });
  const renderMs = doneAt - answeredAt;
  const renderBlockMs = await stopWatching(page);
  const grid = page.getByRole('table', { name: /^Decisions for every conflict/ });

  await watchMainThread(page);
  await grid.getByRole('combobox').first().selectOption({ index: 1 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const decideBlockMs = await stopWatching(page);

  await watchMainThread(page);
  await page.getByRole('button', { name: 'Overwrite all', exact: true }).click();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const overwriteAllBlockMs = await stopWatching(page);
  await close();
  return { renderMs, renderBlockMs, decideBlockMs, overwriteAllBlockMs };
}

export async function benchCopyScreen(): Promise<BenchRow[]> {
  const server = await startAppServer(0);
  const browser = await launchBrowser();
  try {
    await scriptCopy(server.baseURL); // warm-up
    const ui: number[] = [];
    const floor: number[] = [];
    const script: number[] = [];
    // Interleaved, so all three see the same machine load; each round gives one UI / script ratio.
    for (let i = 0; i < SAMPLES; i++) {
      ui.push(await uiCopy(browser, server.baseURL));
      floor.push(await inPageCopy(browser, server.baseURL));
      script.push(await scriptCopy(server.baseURL));
    }
    const grids: GridSample[] = [];
    for (let i = 0; i < SAMPLES; i++) grids.push(await gridSample(browser, server.baseURL));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const ratios = ui.map((ms, i) => ms / script[i]);
    const samples = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
    console.log(`Copy samples (ms) — UI: ${samples(ui)}; bare fetch in a blank page: ${samples(floor)}; script: ${samples(script)}; UI/script: ${ratios.map((r) => r.toFixed(2)).join(', ')}`);
    console.log(`Copy grid samples (ms) — render: ${samples(grids.map((g) => g.renderMs))}; longest block: ${samples(grids.map((g) => g.renderBlockMs))}`);
    return [
      timingRow(`Copy wizard: the same copy request from a plain script (spread ${spread(script)} ms)`, script),
      timingRow(`Copy wizard: the same request from a bare fetch in a blank page of the same origin, no app (spread ${spread(floor)} ms)`, floor),
      timingRow(`Copy wizard: copy a 1,000-object closure to 3 spaces through the UI, click → report painted (spread ${spread(ui)} ms)`, ui),
      { metric: `Copy wizard: UI / script, median of ${SAMPLES} (spread of the paired ratios ${spread(ratios)}; goal ≤ 1.3)`, unit: '×', value: median(ui) / median(script), budget: 1.3 },
      { metric: `Copy wizard: bare fetch in a blank page / script — the browser's own share (spread ${spread(floor.map((ms, i) => ms / script[i]))}; no budget)`, unit: '×', value: median(floor) / median(script) },
      timingRow(`Copy wizard: 1,000 conflicts, copy answer → decision grid painted (spread ${spread(grids.map((g) => g.renderMs))} ms)`, grids.map((g) => g.renderMs), 50),
      timingRow('Copy wizard: longest main-thread block, click Copy → grid painted', grids.map((g) => g.renderBlockMs), 50),
      timingRow('Copy wizard: longest main-thread block, one decision', grids.map((g) => g.decideBlockMs), 50),
      timingRow('Copy wizard: longest main-thread block, "Overwrite all" on 1,000 rows', grids.map((g) => g.overwriteAllBlockMs), 50),
    ];
  } finally {
    await browser.close();
    server.stop();
  }
}
