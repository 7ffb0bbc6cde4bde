// Bulk edit of 10,000 objects driven through the UI in headless Chromium, against a plain script sending the
// same `_bulk_update` chunks (100 objects, 2 in flight, versions of a fresh read) to the same app server and
// simulator. Reports both, their ratio (goal ≤ 1.3) and the page's peak JS heap during the UI run.
// BULK_EDIT_BENCH_OBJECTS overrides the count for a quick check of the bench itself.
import { chromium, type Page } from 'playwright-core';
import { timingRow, type BenchRow } from './report';
import { newPage, startAppServer } from './ui-bench';

const OBJECTS = Number(process.env.BULK_EDIT_BENCH_OBJECTS ?? 10_000);
const ROUNDS = 3;
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

/** The plain script: read versions (not timed), then send the chunks the app would send. */
async function scriptRun(baseURL: string, description: string): Promise<number> {
  const found = (await (await fetch(`${baseURL}/api/saved_objects/_find?type=visualization&per_page=${OBJECTS}`)).json()) as Found;
  const entries = found.saved_objects.map((o) => ({ type: o.type, id: o.id, version: o.version, attributes: { description } }));
  const chunks: (typeof entries)[] = [];
  for (let i = 0; i < entries.length; i += CHUNK) chunks.push(entries.slice(i, i + CHUNK));
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

/** The UI: preview a "set description" edit, then time confirm → "Updated: N", sampling the JS heap. */
async function uiRun(page: Page, baseURL: string, description: string): Promise<{ ms: number; peakHeapMb: number }> {
  await page.goto(`${baseURL}/s/default/bulk-edit?query=${encodeURIComponent(JSON.stringify({ type: ['visualization'] }))}`);
  await page.getByText(`${OBJECTS.toLocaleString('en-US')} objects to edit.`).waitFor({ timeout: 120_000 });
  await page.getByRole('group', { name: 'Add an edit' }).getByRole('button', { name: 'Set a field' }).click();
  await page.getByRole('textbox', { name: 'Field path of edit 1' }).fill('description');
  await page.getByRole('textbox', { name: 'Value of edit 1' }).fill(description);
  await page.getByRole('button', { name: 'Preview changes' }).click();
  await page.getByRole('button', { name: /^Apply to / }).click();
  const confirm = page.getByRole('alertdialog').getByRole('button', { name: /^Update / });

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
  const started = performance.now();
  await confirm.click();
  await page.getByRole('status').filter({ hasText: `Updated: ${OBJECTS}` }).waitFor({ timeout: 600_000 });
  const ms = performance.now() - started;
  sampling = false;
  await sampler;
  await cdp.detach();
  return { ms, peakHeapMb: peak / 1024 / 1024 };
}

export async function benchBulkEdit(): Promise<BenchRow[]> {
  const server = await startAppServer(0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
  });
  try {
    await seed(server.baseURL);
    const { page, close } = await newPage(browser);
    const ui: number[] = [];
    const script: number[] = [];
    let peakHeapMb = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const result = await uiRun(page, server.baseURL, `ui-${round}`);
      ui.push(result.ms);
      peakHeapMb = Math.max(peakHeapMb, result.peakHeapMb);
      script.push(await scriptRun(server.baseURL, `script-${round}`));
    }
    await close();
    const label = `${OBJECTS.toLocaleString('en')} objects`;
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    return [
      timingRow(`Bulk edit: confirm → all ${label} updated, through the UI`, ui),
      timingRow(`Bulk edit: the same _bulk_update chunks from a plain script (${label})`, script),
      { metric: 'Bulk edit: UI time / script time (median, goal ≤ 1.3)', unit: '×', value: median(ui) / median(script), budget: 1.3 },
      { metric: `Bulk edit: page's peak JS heap during the apply (${label})`, unit: 'MB', value: peakHeapMb },
    ];
  } finally {
    await browser.close();
    server.stop();
  }
}
