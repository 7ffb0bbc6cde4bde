// `--objects N`: adds N generated saved objects (realistic types, titles and references, spread over the
// spaces) for scale tests. Deterministic for a given N so benchmarks compare like with like.
import type { StateDocument, StateObject } from './schema';

const SUBJECTS = ['Checkout', 'Login', 'Search', 'Payments', 'Inventory', 'Shipping', 'Billing', 'Catalog', 'Gateway', 'Auth', 'Ingest', 'Alerts', 'Orders', 'Users', 'Sessions', 'Queue', 'Cache', 'Storage', 'Network', 'Firewall'];
const MEASURES = ['latency', 'errors', 'throughput', 'saturation', 'conversions', 'revenue', 'signups', 'retries', 'timeouts', 'p99 duration', 'CPU', 'memory', 'disk IO', 'drops', 'refunds'];
const REGIONS = ['EU', 'US-East', 'US-West', 'APAC', 'LATAM', 'global'];
const VIS_TYPES = ['line', 'area', 'histogram', 'pie', 'metric', 'table', 'gauge'];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function addGeneratedObjects(doc: StateDocument, count: number, seed = 42): StateDocument {
  const random = rng(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const spaces = doc.spaces.map((s) => s.id);
  const base = Date.parse('2026-11-01T00:00:00.000Z');
  const dataViews: Record<string, string[]> = {};
  const panels: Record<string, { type: string; id: string }[]> = {};
  const objects: StateObject[] = [];
  for (let i = 0; i < count; i++) {
    const space = spaces[i % spaces.length];
    const roll = random();
    const subject = pick(SUBJECTS);
    const measure = pick(MEASURES);
    const updatedAt = new Date(base - Math.floor(random() * 400 * 86_400_000)).toISOString();
    const id = `gen-${i.toString(36)}-${Math.floor(random() * 1e9).toString(36)}`;
    const views = (dataViews[space] ??= []);
    const common = { id, namespaces: [space], updated_at: updatedAt, created_at: updatedAt, managed: false };
    if (views.length === 0 || roll < 0.04) {
      views.push(id);
      objects.push({ ...common, type: 'index-pattern', attributes: { title: `logs-${subject.toLowerCase()}-${pick(REGIONS).toLowerCase()}-*`, name: `${subject} logs (${pick(REGIONS)})`, timeFieldName: '@timestamp' }, references: [] });
      continue;
    }
    const view = pick(views);
    const viewRef = { name: 'kibanaSavedObjectMeta.searchSourceJSON.index', type: 'index-pattern', id: view };
    const list = (panels[space] ??= []);
    if (roll < 0.12 && list.length >= 3) {
      const chosen = Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(list));
      objects.push({
        ...common,
        type: 'dashboard',
        attributes: { title: `${subject} ${measure} overview (${pick(REGIONS)})`, description: `How ${subject.toLowerCase()} ${measure} evolves`, panelsJSON: '[]' },
        references: chosen.map((p, n) => ({ name: `panel_${n}`, type: p.type, id: p.id })),
      });
    } else {
      const type = roll < 0.6 ? 'visualization' : roll < 0.8 ? 'lens' : roll < 0.92 ? 'search' : 'map';
      const title = type === 'search' ? `${subject} events with ${measure}` : `[${subject}] ${measure} by ${pick(['host', 'region', 'service', 'user', 'status'])}`;
      const attributes: Record<string, unknown> = { title, description: '' };
      if (type === 'visualization') attributes.visState = JSON.stringify({ title, type: pick(VIS_TYPES) });
      objects.push({ ...common, type, attributes, references: [viewRef] });
      if (list.length < 200) list.push({ type, id });
      else list[Math.floor(random() * list.length)] = { type, id };
    }
  }
  return { ...doc, objects: [...doc.objects, ...objects] };
}
