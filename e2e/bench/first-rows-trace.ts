// Where "navigation → first rows" goes, from separate runs recorded with a Chromium performance trace
// (CDP Tracing through playwright's browser.startTracing) plus the page's own timings:
// - from the trace: V8 parse/compile on the main thread and off it (script streaming), and the top-level
//   evaluation of the modules;
// - from the page (resource timing, navigation timing, a MutationObserver on #root): the HTML document, the
//   scripts' download, app start (scripts run → React's first commit into #root), the route chunk, the
//   spaces request, the `_find` requests and the first render of the rows (last answer → rows painted).
// Tracing slows the page down a little: the traced runs' own total is printed with the parts, and the
// headline figure comes from the untraced runs.
import type { Browser, Page } from 'playwright-core';
import { median, timingRow, type BenchRow } from './report';
import type { ResourceEntry } from './ui-bench';

const CATEGORIES = ['devtools.timeline', 'v8', 'disabled-by-default-v8.compile'];

// Main-thread events that run script (their union includes the lazy compiles inside them), and those that
// compute style, layout and paint.
const SCRIPT_EVENTS = new Set(['v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'TimerFire', 'v8.callFunction', 'RunMicrotasks', 'FireAnimationFrame', 'EventDispatch']);
const RENDERING_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize']);

interface TraceEvent {
  ph: string;
  name: string;
  cat?: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Total time covered by the intervals (µs in, ms out), nested or overlapping ones counted once. */
function unionMs(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const [s, e] of sorted) {
    if (s > end) {
      if (end > start) total += end - start;
      [start, end] = [s, e];
    } else end = Math.max(end, e);
  }
  if (end > start) total += end - start;
  return total / 1000;
}

function traceParts(buffer: Buffer): Record<'mainCompile' | 'backgroundCompile' | 'evaluate' | 'mainScript' | 'mainRendering', number> {
  const parsed = JSON.parse(buffer.toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  const main: TraceEvent[] = [];
  const workers: TraceEvent[] = [];
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const thread = threadNames.get(`${e.pid}:${e.tid}`) ?? '';
    if (thread === 'CrRendererMain') main.push(e);
    else if (thread.startsWith('ThreadPool')) workers.push(e);
  }
  const spans = (list: TraceEvent[], test: (e: TraceEvent) => boolean) => list.filter(test).map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)]);
  return {
    mainCompile: unionMs(spans(main, (e) => /^V8\.(Compile|Parse|PreParse)/.test(e.name))),
    backgroundCompile: unionMs(spans(workers, (e) => e.name === 'BackgroundCompileTask::Run')),
    evaluate: unionMs(spans(main, (e) => e.name === 'v8.evaluateModule' || e.name === 'EvaluateScript')),
    mainScript: unionMs(spans(main, (e) => SCRIPT_EVENTS.has(e.name))),
    mainRendering: unionMs(spans(main, (e) => RENDERING_EVENTS.has(e.name))),
  };
}

interface Window {
  start: number;
  end: number;
  /** How many requests the window spans. */
  count: number;
}

interface Sample {
  shown: number;
  parts: Record<string, Window | number | undefined>;
}

const span = (entries: ResourceEntry[]): Window | undefined =>
    entries.length ? { start: Math.min(...entries.map((e) => e.startTime)), end: Math.max(...entries.map((e) => e.responseEnd)), count: entries.length } : undefined;

export interface BreakdownHelpers {
  newPage: (browser: Browser) => Promise<{ page: Page; close: () => Promise<void> }>;
  waitForRows: (page: Page) => Promise<number>;
  resources: (page: Page) => Promise<ResourceEntry[]>;
  isApiRequest: (entry: ResourceEntry) => boolean;
}

// The parts, in the order they happen; a window part is printed with its median start and end.
const PARTS: [key: string, label: string][] = [
  ['html', 'HTML document (navigation start → response end)'],
  ['scripts', 'scripts requested before DOMContentLoaded (entry, modulepreloads, their imports): download'],
  ['backgroundCompile', 'script parse/compile off the main thread (streaming; overlaps the download) [trace]'],
  ['mainCompile', 'script parse/compile on the main thread, until first rows [trace]'],
  ['evaluate', 'top-level evaluation of the modules (main thread) [trace]'],
  ['appStart', 'app start: scripts run (DOMContentLoaded) → React first commits into #root'],
  ['lazyScripts', 'scripts requested after DOMContentLoaded (lazy chunks: route, icons, …): download'],
  ['spaces', 'spaces request (GET /api/spaces/space)'],
  ['find', '_find requests (count + page), first sent → last answered'],
  ['otherApi', 'other API requests before first rows'],
  ['render', 'first render of the rows: last API answer → rows painted'],
  ['mainScript', 'main thread running script until first rows, all of it (incl. lazy compile) [trace]'],
  ['mainRendering', 'main thread computing style, layout and paint until first rows [trace]'],
];

async function tracedSample(browser: Browser, url: string, helpers: BreakdownHelpers): Promise<Sample> {
  const { page, close } = await helpers.newPage(browser);
  try {
    await browser.startTracing(page, { categories: CATEGORIES });
    let trace: Buffer;
    let shown: number;
    try {
      await page.goto(url, { waitUntil: 'commit' });
      shown = await helpers.waitForRows(page);
    } finally {
      trace = await browser.stopTracing();
    }
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { htmlEnd: nav.responseEnd, dcl: nav.domContentLoadedEventStart, firstCommit: (window as unknown as { __firstCommit?: number }).__firstCommit };
    });
    const before = (await helpers.resources(page)).filter((e) => e.startTime < shown);
    const scripts = before.filter((e) => new URL(e.name).pathname.endsWith('.js'));
    const api = before.filter(helpers.isApiRequest);
    const path = (e: ResourceEntry) => new URL(e.name).pathname;
    const spaces = api.filter((e) => /\/api\/spaces\/space$/.test(path(e)));
    const find = api.filter((e) => path(e).endsWith('/_find'));
    const other = api.filter((e) => !spaces.includes(e) && !find.includes(e));
    const lastAnswer = api.length ? Math.max(...api.map((e) => e.responseEnd)) : undefined;
    return {
      shown,
      parts: {
        html: { start: 0, end: timing.htmlEnd, count: 1 },
        scripts: span(scripts.filter((e) => e.startTime < timing.dcl)),
        ...traceParts(trace),
        appStart: timing.firstCommit !== undefined ? { start: timing.dcl, end: timing.firstCommit, count: 0 } : undefined,
        lazyScripts: span(scripts.filter((e) => e.startTime >= timing.dcl)),
        spaces: span(spaces),
        find: span(find),
        otherApi: span(other),
        render: lastAnswer !== undefined ? { start: lastAnswer, end: shown, count: 0 } : undefined,
      },
    };
  } finally {
    await close();
  }
}

export async function firstRowsBreakdown(browser: Browser, url: string, samples: number, helpers: BreakdownHelpers): Promise<BenchRow[]> {
  const traced: Sample[] = [];
  for (let i = 0; i < samples; i++) traced.push(await tracedSample(browser, url, helpers));
  const rows: BenchRow[] = [];
  for (const [key, label] of PARTS) {
    const values = traced.map((s) => s.parts[key]).filter((v) => v !== undefined);
    if (values.length === 0) continue;
    if (typeof values[0] === 'number') {
      rows.push(timingRow(`  ${label}`, values as number[]));
      continue;
    }
    const windows = values as Window[];
    const requests = median(windows.map((w) => w.count));
    const at = `${median(windows.map((w) => w.start)).toFixed(0)}–${median(windows.map((w) => w.end)).toFixed(0)} ms${requests > 1 ? `, ${requests.toFixed(0)} requests` : ''}`;
    rows.push(timingRow(`  ${label} [at ${at}]`, windows.map((w) => w.end - w.start)));
  }
  return [
    { ...timingRow('navigation → first rows, traced runs (tracing adds overhead)', traced.map((s) => s.shown)), group: `First rows: where the time goes (Chromium trace + page timings, ${samples} traced runs; parts overlap, [at start–end] from navigation start)` },
    ...rows,
  ];
}
