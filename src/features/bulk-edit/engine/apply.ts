// Applies planned changes through `_bulk_update`: chunks bounded by count and bytes, a small number in flight,
// every object sent with the version read at preview time. One answer per object; nothing is ever resent
// automatically. A chunk whose answer was lost (or that got a 5xx) is re-read (`_bulk_get`) and each object
// reported as written or not written; a lost answer, 401/403 or 5xx stops the run before the next chunk.
import type { BulkGetResponse, BulkUpdateObject, BulkUpdateResponse, SavedObject, SavedObjectErrorItem } from '../../../contract/kibana';
import { chunkByCountAndBytes, DEFAULT_CHUNK_SIZE, jsonBytes, MAX_BODY_BYTES } from './chunks';
import { jsonEqual } from './json-value';
import type { ObjectPlan } from './plan';

export type OutcomeStatus = 'updated' | 'conflict' | 'not-found' | 'failed' | 'not-written' | 'unknown' | 'not-sent';

export interface Outcome {
  status: OutcomeStatus;
  message?: string;
  /** The object's version after our write (updated objects). */
  version?: string;
  /** Set when the write's answer was lost and the object was re-read to find out. */
  checked?: boolean;
}

export interface ApplyDeps {
  bulkUpdate(space: string, objects: BulkUpdateObject[], signal?: AbortSignal): Promise<BulkUpdateResponse>;
  bulkGet(space: string, objects: { type: string; id: string }[], signal?: AbortSignal): Promise<BulkGetResponse>;
  /** True when the error means "the write may or may not have happened" (client.ts ResultUnknownError). */
  isResultUnknown(error: unknown): boolean;
}

export interface ApplyOptions {
  /** The space the requests run in (objects elsewhere carry their `namespace`). */
  space: string;
  chunkSize?: number;
  maxBytes?: number;
  concurrency?: number;
  /** Checked before each chunk: Cancel stops between chunks, never inside one. */
  isCancelled?: () => boolean;
  onProgress?: (outcomes: ReadonlyMap<string, Outcome>) => void;
}

export interface ApplyResult {
  outcomes: Map<string, Outcome>;
  /** Why the run stopped early (lost answer, 401/403/5xx, cancel); undefined when every chunk was sent. */
  stoppedBecause?: string;
}

const isErrorItem = (item: SavedObject | SavedObjectErrorItem): item is SavedObjectErrorItem => 'error' in item;

function statusOf(error: unknown): number | undefined {
  const code = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof code === 'number' ? code : undefined;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
/** The message as a sentence, so a following sentence does not run into it. */
const sentence = (error: unknown) => messageOf(error).replace(/([^.!?])$/, '$1.');

function itemOutcome(item: SavedObject | SavedObjectErrorItem): Outcome {
  if (!isErrorItem(item)) return { status: 'updated', version: item.version };
  const { statusCode, message } = item.error;
  if (statusCode === 409) return { status: 'conflict', message: 'Changed by someone else since the preview; not overwritten.' };
  if (statusCode === 404) return { status: 'not-found', message };
  return { status: 'failed', message };
}

/** After a lost answer: what each object of the chunk looks like now decides whether it was written. */
async function recheck(deps: ApplyDeps, plans: ObjectPlan[], signal?: AbortSignal): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  const bySpace = new Map<string, ObjectPlan[]>();
  for (const plan of plans) bySpace.set(plan.space, [...(bySpace.get(plan.space) ?? []), plan]);
  for (const [space, group] of bySpace) {
    let answer: BulkGetResponse;
    try {
      answer = await deps.bulkGet(space, group.map(({ type, id }) => ({ type, id })), signal);
    } catch (error) {
      for (const plan of group) outcomes.set(plan.key, { status: 'unknown', checked: true, message: `The answer was lost and the object could not be re-read (${messageOf(error)}). Check it before retrying.` });
      continue;
    }
    group.forEach((plan, index) => {
      const item = answer.saved_objects[index];
      if (!item || isErrorItem(item)) {
        outcomes.set(plan.key, { status: 'not-written', checked: true, message: `The answer was lost; re-reading found no object (${item?.error.message ?? 'missing'}).` });
        return;
      }
      const written = item.version !== plan.version && jsonEqual(item.attributes, plan.after.attributes) && jsonEqual(item.references, plan.after.references);
      outcomes.set(
        plan.key,
        written
          ? { status: 'updated', version: item.version, checked: true, message: 'The answer was lost; re-reading shows the change was written.' }
          : { status: 'not-written', checked: true, message: 'The answer was lost; re-reading shows the change was not written.' },
      );
    });
  }
  return outcomes;
}

export async function applyPlans(deps: ApplyDeps, plans: readonly ObjectPlan[], options: ApplyOptions): Promise<ApplyResult> {
  const { space, chunkSize = DEFAULT_CHUNK_SIZE, maxBytes = MAX_BODY_BYTES, concurrency = 2, isCancelled = () => false, onProgress } = options;
  const outcomes = new Map<string, Outcome>();
  const toSend = plans.filter((plan): plan is ObjectPlan & { request: BulkUpdateObject } => plan.status === 'change' && plan.request !== undefined);
  // A request's body is its entries: only they count against the limit, not the before/after kept for the report.
  const { chunks, oversized } = chunkByCountAndBytes(toSend, { maxCount: chunkSize, maxBytes: Math.max(0, maxBytes), sizeOf: (plan) => jsonBytes(plan.request) });
  for (const plan of oversized) outcomes.set(plan.key, { status: 'failed', message: 'This object’s update is larger than the 1 MB Kibana accepts in one request.' });
  let stoppedBecause: string | undefined;
  let next = 0;

  const runChunk = async (chunk: (ObjectPlan & { request: BulkUpdateObject })[]) => {
    try {
      const answer = await deps.bulkUpdate(space, chunk.map((plan) => plan.request));
      chunk.forEach((plan, index) => {
        const item = answer.saved_objects[index];
        outcomes.set(plan.key, item ? itemOutcome(item) : { status: 'unknown', message: 'Kibana’s answer did not mention this object.' });
      });
    } catch (error) {
      const status = statusOf(error);
      // No answer, or a 5xx (a gateway that lost Kibana's answer, or Kibana failing part-way through the
      // bulk): the objects may or may not have been written. Re-read them instead of guessing.
      if (deps.isResultUnknown(error) || status === undefined || status >= 500) {
        stoppedBecause ??= `${sentence(error)} The run stopped; the objects of that request were re-read to see whether they were written.`;
        for (const [key, outcome] of await recheck(deps, chunk)) outcomes.set(key, outcome);
        return;
      }
      for (const plan of chunk) outcomes.set(plan.key, { status: 'failed', message: messageOf(error) });
      // A malformed version or a too-large body concerns this request only; anything else will fail the rest too.
      if (status !== 400 && status !== 413) stoppedBecause ??= `Kibana refused a request (${status}): ${sentence(error)} The run stopped.`;
    } finally {
      onProgress?.(outcomes);
    }
  };

  const worker = async () => {
    while (next < chunks.length && stoppedBecause === undefined) {
      if (isCancelled()) {
        stoppedBecause = 'Cancelled: the remaining objects were not sent.';
        break;
      }
      await runChunk(chunks[next++]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, chunks.length)) }, worker));
  for (const plan of toSend) if (!outcomes.has(plan.key)) outcomes.set(plan.key, { status: 'not-sent', message: 'Not sent: the run stopped before this object.' });
  onProgress?.(outcomes);
  return { outcomes, stoppedBecause };
}

export interface OutcomeCounts {
  updated: number;
  conflict: number;
  failed: number;
  remaining: number;
}

export function countOutcomes(total: number, outcomes: ReadonlyMap<string, Outcome>): OutcomeCounts {
  const counts: OutcomeCounts = { updated: 0, conflict: 0, failed: 0, remaining: total };
  for (const outcome of outcomes.values()) {
    if (outcome.status === 'not-sent') continue;
    counts.remaining -= 1;
    if (outcome.status === 'updated') counts.updated += 1;
    else if (outcome.status === 'conflict') counts.conflict += 1;
    else counts.failed += 1;
  }
  return counts;
}
