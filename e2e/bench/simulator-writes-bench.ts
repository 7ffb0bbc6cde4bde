// Write paths of the simulator over real HTTP: copying a 1,000-object reference closure to three spaces,
// and a 10,000-object _bulk_update on a 100,000-object deployment.
import { startSimulatorServer } from '../../src/simulator/node-server';
import type { StateDocument, StateObject } from '../../src/simulator/state/schema';
import { createEmptyState, DEMO_SPACES } from '../../src/simulator/state/demo';
import { timingRow, type BenchRow } from './report';

const headers = { 'kbn-xsrf': 'bench', 'content-type': 'application/json' };

async function send(url: string, method: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, { method, headers, body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url} → ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

/** 1 data view, 899 visualizations and 100 dashboards of 9 panels each: a 1,000-object closure. */
export function closureState(): StateDocument {
  const at = '2026-11-01T00:00:00.000Z';
  const objects: StateObject[] = [
    { type: 'index-pattern', id: 'bench-dv', namespaces: ['default'], attributes: { title: 'bench-*' }, references: [], updated_at: at },
  ];
  for (let i = 0; i < 899; i++)
    objects.push({
      type: 'visualization',
      id: `bench-vis-${i}`,
      namespaces: ['default'],
      attributes: { title: `Bench visualization ${i}` },
      references: [{ name: 'kibanaSavedObjectMeta.searchSourceJSON.index', type: 'index-pattern', id: 'bench-dv' }],
      updated_at: at,
    });
  for (let d = 0; d < 100; d++)
    objects.push({
      type: 'dashboard',
      id: `bench-dash-${d}`,
      namespaces: ['default'],
      attributes: { title: `Bench dashboard ${d}` },
      references: Array.from({ length: 9 }, (_, p) => ({ name: `panel_${p}`, type: 'visualization', id: `bench-vis-${(d * 9 + p) % 899}` })),
      updated_at: at,
    });
  return { ...createEmptyState(), spaces: DEMO_SPACES.map((s) => ({ ...s })), objects };
}

export async function benchCopy(rounds = 7): Promise<BenchRow[]> {
  const server = await startSimulatorServer({ port: 0, ephemeral: true, empty: true });
  try {
    const samples: number[] = [];
    const request = {
      spaces: ['marketing', 'engineering', 'sales'],
      objects: Array.from({ length: 100 }, (_, d) => ({ type: 'dashboard', id: `bench-dash-${d}` })),
      includeReferences: true,
      createNewCopies: true,
    };
    for (let round = 0; round < rounds; round++) {
      await send(`${server.url}/__simulator/state`, 'PUT', closureState());
      const start = performance.now();
      const result = (await send(`${server.url}/api/spaces/_copy_saved_objects`, 'POST', request)) as Record<string, { successCount: number }>;
      samples.push(performance.now() - start);
      const copied = Object.values(result).map((r) => r.successCount);
      if (copied.some((n) => n !== 1000)) throw new Error(`copy bench: expected 1000 objects per space, got ${copied.join(', ')}`);
    }
    return [timingRow('simulator copy of a 1,000-object closure to 3 spaces (HTTP)', samples)];
  } finally {
    await server.close();
  }
}

export async function benchBulkUpdate(rounds = 7): Promise<BenchRow[]> {
  const server = await startSimulatorServer({ port: 0, ephemeral: true, objects: 100_000 });
  try {
    // 10,000 objects of the default space; without per-object namespaces the body stays under Kibana's
    // 1 MB payload limit (the app splits larger batches).
    const found = (await (await fetch(`${server.url}/api/saved_objects/_find?type=visualization&type=lens&per_page=10000&fields=title`)).json()) as {
      saved_objects: { id: string; type: string }[];
    };
    if (found.saved_objects.length < 10000) throw new Error('bulk update bench: fewer than 10,000 objects in the default space');
    const samples: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const body = found.saved_objects.map((o, i) => ({ type: o.type, id: o.id, attributes: { title: `R${round}-${i}` } }));
      const start = performance.now();
      const result = (await send(`${server.url}/api/saved_objects/_bulk_update`, 'PUT', body)) as { saved_objects: { error?: unknown }[] };
      samples.push(performance.now() - start);
      const failed = result.saved_objects.filter((o) => o.error).length;
      if (failed) throw new Error(`bulk update bench: ${failed} objects failed`);
    }
    return [timingRow('simulator _bulk_update of 10,000 objects on 100,000 (HTTP)', samples, 1000)];
  } finally {
    await server.close();
  }
}
