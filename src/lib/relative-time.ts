// "3 hours ago" for tables and details, with the exact time (fullTime) one hover away.

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

/** `iso` relative to `now` in the largest fitting unit; undefined when missing or not a date. */
export function relativeTime(iso: string | undefined, now: number | Date): string | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const diff = time - (typeof now === 'number' ? now : now.getTime());
  if (Math.abs(diff) < 45_000) return 'just now';
  const [unit, size] = UNITS.find(([, unitMs]) => Math.abs(diff) >= unitMs) ?? UNITS[UNITS.length - 1];
  return formatter.format(Math.round(diff / size), unit);
}

/** Full local date and time, e.g. for a tooltip; the text itself when it is not a date. */
// One formatter for every call: toLocaleString builds a new one each time (costly in a 20-row table).
const fullFormatter = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'long' });

export function fullTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : fullFormatter.format(new Date(time));
}
