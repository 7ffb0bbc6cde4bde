// A benchmark row and the table they print as: each figure next to its budget and the ratio of the two,
// measured in the same run.
export interface BenchRow {
  metric: string;
  unit: 'ms' | 'KB' | 'MB' | '×';
  median?: number;
  p95?: number;
  value?: number;
  budget?: number;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export function timingRow(metric: string, samples: number[], budget?: number): BenchRow {
  return { metric, unit: 'ms', median: percentile(samples, 50), p95: percentile(samples, 95), budget };
}

export function printTable(rows: BenchRow[]): void {
  const fmt = (n: number | undefined) => (n === undefined ? '' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
  const header = ['metric', 'median', 'p95 / value', 'budget', 'ratio (≤ 1 is within budget)'];
  const lines = rows.map((r) => {
    const worst = r.p95 ?? r.value;
    const ratio = r.budget && worst !== undefined ? (worst / r.budget).toFixed(2) : '';
    return [r.metric, r.median !== undefined ? `${fmt(r.median)} ${r.unit}` : '', `${fmt(worst)} ${r.unit}`, r.budget ? `${fmt(r.budget)} ${r.unit}` : '', ratio];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  console.log(row(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const l of lines) console.log(row(l));
}
