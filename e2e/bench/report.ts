// A benchmark row and the table they print as. Every timed figure keeps its samples: the table shows the
// median, the spread (min–max and the interquartile range) and how many samples; a budget is judged on the
// median unless the row says otherwise (`judgeOn`), and each row says pass or FAIL.
export interface BenchRow {
  metric: string;
  unit: 'ms' | 'KB' | 'MB' | '×';
  median?: number;
  p95?: number;
  value?: number;
  budget?: number;
  /** Every sample of the figure (set by timingRow / ratioRow): gives the spread. */
  samples?: number[];
  /** What the budget is judged on; default: the median when there is one, else the value. */
  judgeOn?: 'median' | 'p95' | 'max' | 'value';
  /** Printed as a group heading above the first row of each group. */
  group?: string;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function timingRow(metric: string, samples: number[], budget?: number, judgeOn?: BenchRow['judgeOn']): BenchRow {
  return { metric, unit: 'ms', median: median(samples), p95: percentile(samples, 95), budget, samples: [...samples], judgeOn };
}

/**
 * The UI's overhead over its baseline: median(ui) / median(baseline); the spread is that of the ratios of
 * the paired samples (sample i of both was measured back to back).
 */
export function ratioRow(metric: string, ui: number[], baseline: number[], budget?: number): BenchRow {
  const pairs = Math.min(ui.length, baseline.length);
  const ratios = Array.from({ length: pairs }, (_, i) => ui[i] / Math.max(baseline[i], 1e-9));
  return { metric, unit: '×', median: median(ui) / Math.max(median(baseline), 1e-9), budget, samples: ratios };
}

function judged(row: BenchRow): number | undefined {
  const on = row.judgeOn ?? (row.median !== undefined ? 'median' : 'value');
  if (on === 'max') return row.samples?.length ? Math.max(...row.samples) : row.value;
  if (on === 'p95') return row.p95;
  if (on === 'median') return row.median;
  return row.value;
}

const fmt = (n: number | undefined, unit?: string) => {
  if (n === undefined || Number.isNaN(n)) return '';
  const digits = unit === '×' ? 2 : n >= 100 ? 0 : 1;
  return n.toFixed(digits);
};

export function printTable(rows: BenchRow[]): void {
  const header = ['figure', 'median / value', 'spread: min–max (IQR p25–p75)', 'p95', 'n', 'budget (judged on)', 'result'];
  const lines: (string[] | string)[] = [];
  let group: string | undefined;
  for (const r of rows) {
    if (r.group && r.group !== group) lines.push(r.group);
    group = r.group ?? group;
    const s = r.samples;
    const main = r.median ?? r.value;
    const spread = s?.length
      ? `${fmt(Math.min(...s), r.unit)}–${fmt(Math.max(...s), r.unit)} (${fmt(percentile(s, 25), r.unit)}–${fmt(percentile(s, 75), r.unit)})`
      : '';
    const showP95 = s && s.length >= 20 ? fmt(r.p95, r.unit) : '';
    const on = r.judgeOn ?? (r.median !== undefined ? 'median' : 'value');
    const budget = r.budget !== undefined ? `${r.unit === '×' ? '≤ ' : ''}${fmt(r.budget, r.unit)} ${r.unit} (${on})` : '';
    const value = judged(r);
    const result = r.budget === undefined || value === undefined ? '' : value <= r.budget ? 'pass' : 'FAIL';
    lines.push([r.metric, main !== undefined ? `${fmt(main, r.unit)} ${r.unit}` : '', spread, showP95, s?.length ? String(s.length) : '', budget, result]);
  }
  const cells = lines.filter((l): l is string[] => Array.isArray(l));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((l) => l[i].length)));
  const row = (c: string[]) => c.map((cell, i) => cell.padEnd(widths[i])).join(' | ');
  console.log(row(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const l of lines) console.log(typeof l === 'string' ? `── ${l}` : row(l));
  const budgeted = rows.filter((r) => r.budget !== undefined && judged(r) !== undefined);
  const failed = budgeted.filter((r) => (judged(r) as number) > (r.budget as number));
  console.log(`\n${budgeted.length - failed.length} of ${budgeted.length} budgets met${failed.length ? '; over budget:' : '.'}`);
  for (const r of failed) console.log(`  - ${r.metric.trim()}`);
}
