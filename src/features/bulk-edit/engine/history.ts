// Durable history of bulk edits: before-images are stored in IndexedDB (idb-keyval) before anything is
// written, so an edit can be undone after a reload or a crash. Undo is version-safe: an object changed
// since the edit is listed, never overwritten.
import { createStore, delMany, get, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import type { ObjectContent, Edit } from './edits';
import { jsonEqual } from './json-value';
import { applyPlans, type ApplyDeps, type Outcome, type OutcomeStatus } from './apply';
import { planObject, type ObjectPlan } from './plan';

export interface HistoryObject {
  key: string;
  type: string;
  id: string;
  /** Where the object lives. */
  space: string;
  /** Sent as the update's `namespace` (the object lives outside the edit's space). */
  namespace?: string;
  title: string;
  before: ObjectContent;
  after: ObjectContent;
  /** Outcome of the edit; `pending` until the run reports it. */
  status: OutcomeStatus | 'pending';
}

export interface UndoReport {
  at: string;
  restored: number;
  alreadyAsBefore: number;
  /** Changed since the edit (or deleted): listed, not overwritten. */
  changedSince: { key: string; title: string; reason: string }[];
  failed: { key: string; title: string; reason: string }[];
}

export interface HistoryEntry {
  id: string;
  createdAt: string;
  /** The space the edit ran in. */
  space: string;
  description: string;
  edits: Edit[];
  objects: HistoryObject[];
  counts?: Record<string, number>;
  undo?: UndoReport;
}

/** What the history list shows of an entry: everything but the objects and their before-images. */
export interface HistorySummary extends Omit<HistoryEntry, 'objects'> {
  objectCount: number;
}

let store: UseStore | undefined;
const historyStore = () => (store ??= createStore('saved-objects-console-bulk-edit', 'history'));
/** Each entry is kept under its id, and its summary beside it, so listing never reads the before-images. */
const SUMMARY_PREFIX = 'summary:';

function summarize({ objects, ...rest }: HistoryEntry): HistorySummary {
  return { ...rest, objectCount: objects.length };
}

/** The entry and its summary, in one transaction (one structured clone of the before-images). */
export async function saveEntry(entry: HistoryEntry): Promise<void> {
  await setMany([[entry.id, entry], [`${SUMMARY_PREFIX}${entry.id}`, summarize(entry)]], historyStore());
}

export function loadEntry(id: string): Promise<HistoryEntry | undefined> {
  return get<HistoryEntry>(id, historyStore());
}

/** Newest first. */
export async function listEntries(): Promise<HistorySummary[]> {
  const all = (await keys(historyStore())).map(String);
  const summaryKeys = all.filter((key) => key.startsWith(SUMMARY_PREFIX));
  const summaries = (await getMany<HistorySummary | undefined>(summaryKeys, historyStore())).filter((summary) => summary !== undefined);
  // An entry kept before summaries existed: read it whole, once per listing.
  const listed = new Set(summaries.map((summary) => summary.id));
  const older = all.filter((key) => !key.startsWith(SUMMARY_PREFIX) && !listed.has(key));
  for (const entry of await getMany<HistoryEntry | undefined>(older, historyStore())) if (entry) summaries.push(summarize(entry));
  return summaries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function deleteEntry(id: string): Promise<void> {
  return delMany([id, `${SUMMARY_PREFIX}${id}`], historyStore());
}

/** The entry written before the first request: every object that will change, with its before-image. */
export function newEntry(space: string, description: string, edits: Edit[], plans: readonly ObjectPlan[], now = new Date()): HistoryEntry {
  return {
    id: `${now.toISOString()}-${Math.random().toString(36).slice(2, 8)}`,
    createdAt: now.toISOString(),
    space,
    description,
    edits,
    objects: plans
      .filter((plan) => plan.status === 'change')
      .map((plan) => ({
        key: plan.key,
        type: plan.type,
        id: plan.id,
        space: plan.space,
        ...(plan.request?.namespace ? { namespace: plan.request.namespace } : {}),
        title: plan.title,
        before: plan.before,
        after: plan.after,
        status: 'pending' as const,
      })),
  };
}

export function recordOutcomes(entry: HistoryEntry, outcomes: ReadonlyMap<string, Outcome>): HistoryEntry {
  const objects = entry.objects.map((object) => ({ ...object, status: outcomes.get(object.key)?.status ?? object.status }));
  const counts: Record<string, number> = {};
  for (const object of objects) counts[object.status] = (counts[object.status] ?? 0) + 1;
  return { ...entry, objects, counts };
}

/**
 * Restores the before-images of the objects this edit may have written. Each object is re-read first:
 * only one that still holds exactly what the edit wrote is restored (with the version just read).
 */
export async function undoEntry(deps: ApplyDeps, entry: HistoryEntry, now = () => new Date()): Promise<UndoReport> {
  // `unknown`/`pending`: the edit may have been written; the re-read decides.
  const candidates = entry.objects.filter((object) => ['updated', 'unknown', 'pending'].includes(object.status));
  const report: UndoReport = { at: '', restored: 0, alreadyAsBefore: 0, changedSince: [], failed: [] };
  const plans: ObjectPlan[] = [];
  const bySpace = new Map<string, HistoryObject[]>();
  for (const object of candidates) bySpace.set(object.space, [...(bySpace.get(object.space) ?? []), object]);
  for (const [space, group] of bySpace) {
    const answer = await deps.bulkGet(space, group.map(({ type, id }) => ({ type, id })));
    group.forEach((object, index) => {
      const item = answer.saved_objects[index];
      if (!item || 'error' in item) {
        report.changedSince.push({ key: object.key, title: object.title, reason: 'It no longer exists.' });
        return;
      }
      const current = { attributes: item.attributes, references: item.references };
      if (jsonEqual(current, object.before)) {
        report.alreadyAsBefore += 1;
        return;
      }
      if (!jsonEqual(current, object.after)) {
        report.changedSince.push({ key: object.key, title: object.title, reason: 'Changed since this edit; not overwritten.' });
        return;
      }
      plans.push(planObject({ type: object.type, id: object.id, space: object.namespace, object: item }, entry.space, [], object.before));
    });
  }
  const titles = new Map(candidates.map((object) => [object.key, object.title]));
  const { outcomes } = await applyPlans(deps, plans, { space: entry.space });
  for (const [key, outcome] of outcomes) {
    const title = titles.get(key) ?? key;
    if (outcome.status === 'updated') report.restored += 1;
    else if (outcome.status === 'conflict') report.changedSince.push({ key, title, reason: 'Changed while undoing; not overwritten.' });
    else report.failed.push({ key, title, reason: outcome.message ?? outcome.status });
  }
  report.at = now().toISOString();
  return report;
}
