// "3 hours ago" for tables, with the exact time one hover away (formatted by the caller).
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
  ['second', 1000],
];

const formatter = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** Relative to `now`; unreadable or missing times give undefined. */
export function relativeTime(iso: string | undefined, now: number): string | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const diff = time - now;
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size || unit === 'second') return formatter.format(Math.round(diff / size), unit);
  }
  return undefined;
}
