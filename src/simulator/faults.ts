// Fault rules (kibana-api.md §14.2): make chosen requests fail, hang or drop, to test the app's error paths.
export interface FaultRule {
  method?: string;
  path: string;
  status?: number;
  body?: unknown;
  delayMs?: number;
  drop?: boolean;
  times?: number;
  rate?: number;
  seed?: number;
}

/** A small seeded PRNG (mulberry32) so `rate` rules fire reproducibly. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function findFaultRuleProblem(rules: unknown): string | undefined {
  if (!Array.isArray(rules)) return 'fault rules must be a JSON array';
  for (const [i, r] of rules.entries()) {
    if (typeof r !== 'object' || r === null) return `rule ${i} must be an object`;
    const rule = r as Record<string, unknown>;
    if (typeof rule.path !== 'string' || !rule.path.startsWith('/')) return `rule ${i}: "path" must start with /`;
    if (rule.method !== undefined && typeof rule.method !== 'string') return `rule ${i}: "method" must be a string`;
    if (rule.status !== undefined && (!Number.isInteger(rule.status) || (rule.status as number) < 100 || (rule.status as number) > 599))
      return `rule ${i}: "status" must be an HTTP status code`;
    for (const key of ['delayMs', 'times'] as const) {
      if (rule[key] !== undefined && (!Number.isInteger(rule[key]) || (rule[key] as number) < 0))
        return `rule ${i}: "${key}" must be a whole number`;
    }
    if (rule.rate !== undefined && (typeof rule.rate !== 'number' || rule.rate < 0 || rule.rate > 1))
      return `rule ${i}: "rate" must be between 0 and 1`;
    if (rule.status === undefined && !rule.drop && rule.delayMs === undefined)
      return `rule ${i}: give "status", "drop" or "delayMs"`;
  }
  return undefined;
}

export class FaultRules {
  private rules: { rule: FaultRule; random: () => number }[] = [];

  list(): FaultRule[] {
    return this.rules.map((r) => r.rule);
  }

  replace(rules: FaultRule[]): void {
    this.rules = rules.map((rule) => ({ rule: { ...rule }, random: seededRandom(rule.seed ?? 1) }));
  }

  clear(): void {
    this.rules = [];
  }

  /** The first rule that fires for this request (consuming one of its `times`), if any. */
  take(method: string, path: string): FaultRule | undefined {
    for (const entry of this.rules) {
      const { rule } = entry;
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      const matches = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
      if (!matches) continue;
      if (rule.rate !== undefined && entry.random() >= rule.rate) continue;
      if (rule.times !== undefined) {
        rule.times -= 1;
        if (rule.times <= 0) this.rules = this.rules.filter((r) => r !== entry);
      }
      return { ...rule };
    }
    return undefined;
  }
}
