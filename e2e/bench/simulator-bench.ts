// The simulator must never be the bottleneck of a UI benchmark: its answers over real HTTP on a
// 100,000-object deployment.
import { startSimulatorServer } from '../../src/simulator/node-server';
import { timingRow, type BenchRow } from './report';

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} → ${response.status} ${await response.text()}`);
  return response.json();
}

export async function benchSimulatorFind(objects = 100_000, rounds = 40): Promise<BenchRow[]> {
  const started = performance.now();
  const server = await startSimulatorServer({ port: 0, ephemeral: true, objects });
  const loadMs = performance.now() - started;
  try {
    const base = `${server.url}/api/saved_objects/_find`;
    const types = ['dashboard', 'visualization', 'lens', 'search', 'map', 'index-pattern'].map((t) => `type=${t}`).join('&');
    const queries = [
      `${base}?${types}&per_page=50`,
      `${base}?${types}&per_page=50&namespaces=*&sort_field=updated_at`,
      `${base}?type=visualization&per_page=50&sort_field=title&page=3`,
      `${base}?${types}&per_page=20&search=check*`,
      `${base}?type=dashboard&per_page=0`,
      `${base}?${types}&per_page=100&page=40&namespaces=*`,
    ];
    for (const q of queries) await getJson(q); // warm-up: first sorts and analyses are built once per change
    const samples: number[] = [];
    for (let i = 0; i < rounds; i++) for (const q of queries) samples.push(await time(() => getJson(q)));
    return [
      { metric: `simulator start with ${objects.toLocaleString('en')} generated objects`, unit: 'ms', value: loadMs, budget: 5000 },
      timingRow(`simulator _find over ${objects.toLocaleString('en')} objects (HTTP, ${samples.length} requests)`, samples, 50),
    ];
  } finally {
    await server.close();
  }
}
