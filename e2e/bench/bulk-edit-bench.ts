// Bulk edit of 10,000 objects driven through the UI in headless Chromium, against a plain script sending the
// same `_bulk_update` chunks (100 objects, 2 in flight, versions of a fresh read) to the same app server and
// simulator. Reports both (median of 5 interleaved samples, with their spread), their ratio (goal ≤ 1.3) and
// the page's peak JS heap during an apply.
// What is timed, on each side:
// - UI: from the click on "Update N objects" to the first painted frame of the report saying "Updated: N",
//   measured in the page. It includes keeping the before-images in IndexedDB (the screen must, before any
//   write), chunking, the requests, reading their answers, progress and the report.
// - script: the requests and the parsing of their answers (the versions are read before, untimed, as the
//   UI read them for its preview).
// - for the record, a bare `fetch` loop sending the same chunks from a blank page of the same origin (no app
//   loaded, bench-blank.html): the browser's own cost (renderer ↔ network process hops), which on a 2-core
//   machine alone exceeds 1.3 × the script.
// BULK_EDIT_BENCH_OBJECTS overrides the count for a quick check of the bench itself.
import type { Page } from 'playwright-core';
import { timingRow, type BenchRow } from './report';
import { newBlankPage, newPage, startAppServer, launchBrowser } from './ui-bench';

const OBJECTS = Number(process.env.BULK_EDIT_BENCH_OBJECTS ?? 10_000);
const SAMPLES = 5;
const CHUNK = 100;
const IN_FLIGHT = 2;

interface Found {
  saved_objects: { type: string; id: string; version: string }[];
}

async function seed(baseURL: string): Promise<void> {
  const objects: unknown[] = Array.from({ length: OBJECTS }, (_, i) => ({
    type: 'visualization',
    id: `bench-vis-${i}`,
    namespaces: ['default'],
    attributes: { title: `Bench vis ${i}`, description: '', visState: JSON.stringify({ title: `Bench vis ${i}`, type: 'line', params: { field: 'bytes' } }) },
    references: [{ name: 'kibanaSavedObjectMeta.searchSourceJSON.index', type: 'index-pattern', id: 'bench-data-view' }],
  }));
  objects.push({ type: 'index-pattern', id: 'bench-data-view', namespaces: ['default'], attributes: { title: 'bench-*', name: 'Bench' }, references: [] });
  const response = await fetch(`${baseURL}/__simulator/state`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'kbn-xsrf': 'bench' },
    body: JSON.stringify({ spaces: [{ id: 'default', name: 'Default', disabledFeatures: [], _reserved: true }], objects }),
  });
  if (response.status !== 204) throw new Error(`bulk edit bench: seeding failed with ${response.status}: ${await response.text()}`);
}

type Entry = { type: string; id: string; version: string; attributes: { description: string } };

/** The chunks the app sends, with the versions read now (not timed: the UI read them for its preview). */
async function chunksToSend(baseURL: string, description: string): Promise<Entry[][]> {
  const found = (await (await fetch(`${baseURL}/api/saved_objects/_find?type=visualization&per_page=${OBJECTS}`)).json()) as Found;
  const entries = found.saved_objects.map((o) => ({ type: o.type, id: o.id, version: o.version, attributes: { description } }));
  const chunks: Entry[][] = [];
  for (let i = 0; i < entries.length; i += CHUNK) chunks.push(entries.slice(i, i + CHUNK));
  return chunks;
}

/** The plain script: send the chunks the app would send and read their answers. */
async function scriptRun(baseURL: string, description: string): Promise<number> {
  const chunks = await chunksToSend(baseURL, description);
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++];
      const response = await fetch(`${baseURL}/api/saved_objects/_bulk_update`, { method: 'PUT', headers: { 'content-type': 'application/json', 'kbn-xsrf': 'bench' }, body: JSON.stringify(chunk) });
      const answer = (await response.json()) as { saved_objects: { error?: unknown }[] };
      if (answer.saved_objects.some((o) => o.error)) throw new Error('bulk edit bench: the script met per-object errors');
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return performance.now() - started;
}

/**
 * The browser's own floor, for the record: the same chunks sent by a bare `fetch` loop in a blank page of the
 * same origin (no app code loaded), timed like the script. What the UI costs beyond it is the app's; below it, the browser's.
 */
async function inPageRun(page: Page, baseURL: string, description: string): Promise<number> {
  const chunks = await chunksToSend(baseURL, description);
  return page.evaluate(
    async ({ chunks, inFlight }) => {
      const started = performance.now();
      let next = 0;
      const worker = async () => {
        while (next < chunks.length) {
          const chunk = chunks[next++];
          const response = await fetch('/api/saved_objects/_bulk_update', { method: 'PUT', headers: { 'content-type': 'application/json', 'kbn-xsrf': 'bench' }, body: JSON.stringify(chunk) });
          const answer = (await response.json()) as { saved_objects: { error?: unknown }[] };
          if (answer.saved_objects.some((o) => o.error)) throw new Error('bulk edit bench: the in-page loop met per-object errors');
        }
      };
      await Promise.all(Array.from({ length: inFlight }, worker));
      return performance.now() - started;
    },
    { chunks, inFlight: IN_FLIGHT },
  );
}

/** Opens the screen, previews a "set description" edit and opens the confirmation: everything before the click. */
async function prepareUi(page: Page, baseURL: string, description: string): Promise<void> {
  await page.goto(`${baseURL}/s/default/bulk-edit?query=${encodeURIComponent(JSON.stringify({ type: ['visualization'] }))}`);
  await page.getByText(`${OBJECTS.toLocaleString('en-US')} objects to edit.`).waitFor({ timeout: 120_000 });
  await page.getByRole('group', { name: 'Add an edit' }).getByRole('button', { name: 'Set a field' }).click();
  await page.getByRole('textbox', { name: 'Field path of edit 1' }).fill('description');
  await page.getByRole('textbox', { name: 'Value of edit 1' }).fill(description);
  await page.getByRole('button', { name: 'Preview changes' }).click();
  await page.getByRole('button', { name: /^Apply to / }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: /^Update / }).waitFor();
}

/**
 * Clicks "Update N objects" in the page and resolves, on the page's clock, the time from the click to the
 * first painted frame showing "Updated: N" in the report. Measured in the page, so neither Playwright's
 * actionability checks before the click nor its polling after it are counted against the UI.
 */
function clickUntilReported(page: Page): Promise<number> {
  return page.evaluate(
    (count) =>
      new Promise<number>((resolve, reject) => {
        const confirm = [...document.querySelectorAll('[role="alertdialog"] button')].find((b) => b.textContent?.startsWith('Update '));
        if (!(confirm instanceof HTMLButtonElement)) return reject(new Error('bulk edit bench: no Update button'));
        const clickAt = performance.now();
        confirm.click();
        const check = () => {
          const done = [...document.querySelectorAll('[role="status"]')].some((el) => (el.textContent ?? '').startsWith(`Updated: ${count}`));
          if (done) requestAnimationFrame(() => resolve(performance.now() - clickAt));
          else requestAnimationFrame(check);
        };
        check();
      }),
    OBJECTS,
  );
}

/** One timed UI run: confirm → report painted. */
async function uiRun(page: Page, baseURL: string, description: string): Promise<number> {
  await prepareUi(page, baseURL, description);
  return clickUntilReported(page);
}

/**
 * The page's peak JS heap over one whole apply, sampled through CDP every 100 ms. Not a timed run: the
 * sampling itself takes the renderer's time.
 */
async function peakHeapRun(page: Page, baseURL: string): Promise<number> {
  await prepareUi(page, baseURL, 'heap');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peak = 0;
  let sampling = true;
  const sample = async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const sampler = sample();
  await clickUntilReported(page);
  sampling = false;
  await sampler;
  await cdp.detach();
  return peak / 1024 / 1024;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
/** "min–max" of the samples, for the printed table (report.ts has no spread column yet). */
export const spread = (values: number[]) => `${fmt(Math.min(...values))}–${fmt(Math.max(...values))}`;

export async function benchBulkEdit(): Promise<BenchRow[]> {
  const server = await startAppServer(0);
  const browser = await launchBrowser();
  try {
    await seed(server.baseURL);
    const { page, close } = await newPage(browser);
    const blank = await newBlankPage(browser, server.baseURL);
    // Warm-up (not timed): one whole apply with the heap sampled, and one script run.
    const peakHeapMb = await peakHeapRun(page, server.baseURL);
    await scriptRun(server.baseURL, 'warm-up');
    const ui: number[] = [];
    const floor: number[] = [];
    const script: number[] = [];
    // Interleaved, so both sides see the same machine load; each pair gives one ratio.
    for (let round = 0; round < SAMPLES; round++) {
      ui.push(await uiRun(page, server.baseURL, `ui-${round}`));
      floor.push(await inPageRun(blank.page, server.baseURL, `page-${round}`));
      script.push(await scriptRun(server.baseURL, `script-${round}`));
    }
    await close();
    await blank.close();
    const ratios = ui.map((ms, i) => ms / script[i]);
    const label = `${OBJECTS.toLocaleString('en')} objects`;
    const floorRatios = floor.map((ms, i) => ms / script[i]);
    const samples = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
    console.log(`Bulk edit samples (ms) — UI: ${samples(ui)}; bare fetch in a blank page: ${samples(floor)}; script: ${samples(script)}; UI/script: ${ratios.map((r) => r.toFixed(2)).join(', ')}`);
    return [
      timingRow(`Bulk edit: click Update → report painted, all ${label} updated, through the UI (spread ${spread(ui)} ms)`, ui),
      timingRow(`Bulk edit: the same _bulk_update chunks from a plain script, ${label} (spread ${spread(script)} ms)`, script),
      { metric: `Bulk edit: UI / script, median of ${SAMPLES} (spread of the paired ratios ${spread(ratios)}; goal ≤ 1.3)`, unit: '×', value: median(ui) / median(script), budget: 1.3 },
      timingRow(`Bulk edit: the same chunks from a bare fetch loop in a blank page of the same origin, no app (spread ${spread(floor)} ms)`, floor),
      { metric: `Bulk edit: bare fetch in a blank page / script — the browser's own share (spread ${spread(floorRatios)}; no budget)`, unit: '×', value: median(floor) / median(script) },
      { metric: `Bulk edit: page's peak JS heap during an apply of ${label}`, unit: 'MB', value: peakHeapMb },
    ];
  } finally {
    await browser.close();
    server.stop();
  }
}
