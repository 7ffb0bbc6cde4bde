// The outcome of a real sync run, one row per repair Kibana attempted, with Kibana's own message for a
// failure and, where the console knows why, what to do about it.
import type { MlSyncItemResult, MlSyncMap, MlSyncResponse } from '../../contract/kibana';
import { entriesOf, savedObjectKey, SYNC_CATEGORIES, type PreviewRow, type SyncCategory } from './sync-preview';

export interface ResultRow {
  key: string;
  category: SyncCategory;
  kind: string;
  id: string;
  status: 'done' | 'failed';
  /** Kibana's message for a failure. */
  message?: string;
  /** What the admin can do about a failure, when the console can tell. */
  advice?: string;
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 500: 'Internal Server Error' };

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Kibana puts a Boom payload `{statusCode, error, message}` for saved-object errors, an Elasticsearch error
 * body, or whatever was thrown (an ML not-found error serialises to just `{statusCode: 404}`) (§10.1).
 */
export function describeItemError(error: unknown): string {
  if (typeof error === 'string') return error;
  if (typeof error !== 'object' || error === null) return 'Kibana reported a failure without details.';
  const e = error as Record<string, unknown>;
  const status = typeof e.statusCode === 'number' ? e.statusCode : typeof e.status === 'number' ? e.status : undefined;
  const nested = typeof e.error === 'object' && e.error !== null ? (e.error as Record<string, unknown>) : undefined;
  const body = typeof e.body === 'object' && e.body !== null ? (e.body as Record<string, unknown>) : undefined;
  const bodyError = typeof body?.error === 'object' && body.error !== null ? (body.error as Record<string, unknown>) : undefined;
  const message = text(e.message) ?? text(nested?.reason) ?? text(bodyError?.reason) ?? text(e.reason);
  const label = text(e.error) ?? (status ? STATUS_TEXT[status] : undefined);
  const head = status ? `${status}${label ? ` ${label}` : ''}` : label;
  if (message && head && message !== label) return `${head}: ${message}`;
  if (message) return message;
  if (head) return `${head}, without a message.`;
  return JSON.stringify(error);
}

function statusOf(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  return typeof status === 'number' ? status : undefined;
}

function adviceFor(row: Omit<ResultRow, 'advice'>, error: unknown, preview: PreviewRow | undefined, spaceName: (id: string) => string): string | undefined {
  const isDatafeed = row.category === 'datafeedsAdded' || row.category === 'datafeedsRemoved';
  const status = statusOf(error);
  if (isDatafeed && preview?.runFrom) {
    const names = preview.runFrom.map(spaceName);
    return preview.runFrom.length
      ? `Its saved object lives in ${names.join(', ')}, which the sync cannot see from this space. Run the sync from ${names[0]}.`
      : 'Its saved object lives only in spaces you cannot see. Ask an admin with access to those spaces to run the sync there.';
  }
  if (isDatafeed && status === 404) {
    return 'Kibana found no saved object for this job in this space. Run the sync from a space the job belongs to.';
  }
  if (row.category === 'savedObjectsCreated' && status === 409) {
    const key = savedObjectKey(row.kind, row.id);
    return `Another saved object already uses the id ${key.type}/${key.id}. Find it in Objects (all spaces) and delete it, then run the sync again.`;
  }
  if (status === 403) return 'You may not change this saved object: the sync needs the Machine Learning "all" privilege in every space it touches.';
  return undefined;
}

export function buildResults(answer: MlSyncResponse, preview: readonly PreviewRow[], spaceName: (id: string) => string = (id) => id): ResultRow[] {
  const previewByKey = new Map(preview.map((row) => [row.key, row]));
  const rows: ResultRow[] = [];
  for (const category of SYNC_CATEGORIES) {
    for (const { kind, id, value } of entriesOf<MlSyncItemResult>(answer[category] as MlSyncMap)) {
      const key = `${category}/${kind}/${id}`;
      if (value.success) {
        rows.push({ key, category, kind, id, status: 'done' });
        continue;
      }
      const row: ResultRow = { key, category, kind, id, status: 'failed', message: describeItemError(value.error) };
      const advice = adviceFor(row, value.error, previewByKey.get(key), spaceName);
      rows.push(advice ? { ...row, advice } : row);
    }
  }
  return rows;
}

export function isEmptyAnswer(answer: MlSyncResponse): boolean {
  return SYNC_CATEGORIES.every((category) => entriesOf(answer[category] as MlSyncMap).length === 0);
}
