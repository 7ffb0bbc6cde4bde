// Runs the wizard's requests: one copy (then one resolve) per source space, then the remaps, and the
// re-check of spaces whose answer was lost. Nothing here is ever resent on its own: a lost answer marks
// the spaces "unknown" and only the admin can send again.
import { copySavedObjects, resolveCopySavedObjectsErrors } from '../../api/copy-to-space';
import { bulkUpdateSavedObjects } from '../../api/saved-objects';
import { isResultUnknown, KibanaError } from '../../api/client';
import { bulkGetSavedObjects, findSavedObjects, isSavedObjectError } from '../../api/saved-objects';
import type { CopyResponse, CopyRetry, SavedObject } from '../../contract/kibana';
import type { ClosureObject } from './closure';
import {
  buildCopyRequest,
  buildResolveRequest,
  decisionFor,
  decisionRows,
  objectKey,
  spaceKey,
  wasWritten,
  type CopyOptions,
  type Decision,
  type SourceGroup,
  type SpaceAnswer,
} from './copy-plan';
import type { RemapOutcome } from './copy-report';
import { summariseRecheck, type RecheckResult } from './recheck';
import { planRemap } from './remap';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

// A 502 on a write is a gateway (the console's own proxy included) whose connection to Kibana broke: the
// request may have reached Kibana before the break ("socket hang up"). Safer to re-check than to resend.
const isLostWrite = (error: unknown) => isResultUnknown(error) || (error instanceof KibanaError && error.statusCode === 502);

function failedAnswer(error: unknown): SpaceAnswer {
  return isLostWrite(error) ? { kind: 'unknown', message: messageOf(error) } : { kind: 'failed', message: messageOf(error) };
}

function toAnswers(source: string, response: CopyResponse, retries?: Record<string, CopyRetry[]>) {
  return Object.entries(response).map(([space, result]): [string, SpaceAnswer] => [
    spaceKey(source, space),
    { kind: 'answered', result, ...(retries?.[space] ? { retries: retries[space] } : {}) },
  ]);
}

/** First copy: one request per source group; a failed group never hides the others' results. */
export async function runCopy(groups: readonly SourceGroup[], spaces: readonly string[], options: CopyOptions): Promise<Record<string, SpaceAnswer>> {
  const answers: Record<string, SpaceAnswer> = {};
  for (const group of groups) {
    const request = buildCopyRequest(group, spaces, options);
    if (!request.spaces.length) continue;
    try {
      Object.assign(answers, Object.fromEntries(toAnswers(group.source, await copySavedObjects(group.source, request))));
    } catch (error) {
      for (const space of request.spaces) answers[spaceKey(group.source, space)] = failedAnswer(error);
    }
  }
  return answers;
}

/** One resolve request per source group that has spaces needing decisions. Returns the new answers only. */
export async function runResolve(
  groups: readonly SourceGroup[],
  answers: ReadonlyMap<string, SpaceAnswer>,
  decisions: ReadonlyMap<string, Decision>,
  options: CopyOptions,
): Promise<Record<string, SpaceAnswer>> {
  const next: Record<string, SpaceAnswer> = {};
  for (const group of groups) {
    const request = buildResolveRequest(group, answers, decisions, options);
    if (!request) continue;
    try {
      const response = await resolveCopySavedObjectsErrors(group.source, request);
      Object.assign(next, Object.fromEntries(toAnswers(group.source, response, request.retries)));
    } catch (error) {
      for (const space of Object.keys(request.retries)) next[spaceKey(group.source, space)] = failedAnswer(error);
    }
  }
  return next;
}

interface RemapTarget {
  rowKey: string;
  type: string;
  /** Id of the copy in the target space. */
  id: string;
  to: Record<string, string>;
}

function remapTargets(copyAnswers: ReadonlyMap<string, SpaceAnswer>, lastAnswers: ReadonlyMap<string, SpaceAnswer>, decisions: ReadonlyMap<string, Decision>) {
  const bySpace = new Map<string, RemapTarget[]>();
  for (const [key, first] of copyAnswers) {
    const [source, space] = key.split('>');
    const last = lastAnswers.get(key);
    if (last?.kind !== 'answered' || !wasWritten(last.result)) continue;
    const copied = new Map((last.result.successResults ?? []).map((s) => [objectKey(s), s]));
    for (const row of decisionRows(source, space, first)) {
      const decision = decisionFor(row, decisions);
      const success = copied.get(objectKey(row));
      if (decision.action !== 'remap' || !success) continue;
      const list = bySpace.get(space) ?? [];
      list.push({ rowKey: row.key, type: row.type, id: success.destinationId ?? success.id, to: decision.to });
      bySpace.set(space, list);
    }
  }
  return bySpace;
}

async function readCopies(space: string, targets: readonly RemapTarget[]): Promise<Map<string, SavedObject | string>> {
  const answer = await bulkGetSavedObjects(space, targets.map((t) => ({ type: t.type, id: t.id })));
  return new Map(answer.saved_objects.map((o) => [objectKey(o), isSavedObjectError(o) ? o.error.message : o]));
}

/** Step 2 of every remap: read each copy, repoint its references, write with the version read. */
export async function runRemaps(
  copyAnswers: ReadonlyMap<string, SpaceAnswer>,
  lastAnswers: ReadonlyMap<string, SpaceAnswer>,
  decisions: ReadonlyMap<string, Decision>,
): Promise<Record<string, RemapOutcome>> {
  const outcomes: Record<string, RemapOutcome> = {};
  for (const [space, targets] of remapTargets(copyAnswers, lastAnswers, decisions)) {
    let copies: Map<string, SavedObject | string>;
    try {
      copies = await readCopies(space, targets);
    } catch (error) {
      for (const t of targets) outcomes[t.rowKey] = { ok: false, message: `could not read the copy: ${messageOf(error)}` };
      continue;
    }
    const plans = targets.flatMap((t) => {
      const copy = copies.get(objectKey(t));
      if (typeof copy !== 'object') {
        outcomes[t.rowKey] = { ok: false, message: copy ?? 'the copy was not found' };
        return [];
      }
      const plan = planRemap(copy, t.to);
      outcomes[t.rowKey] = { ok: true, changes: plan?.changes ?? [] };
      return plan ? [{ target: t, plan }] : [];
    });
    if (!plans.length) continue;
    try {
      const answer = await bulkUpdateSavedObjects(space, plans.map((p) => p.plan.update));
      for (const [i, item] of answer.saved_objects.entries()) {
        const { target, plan } = plans[i];
        outcomes[target.rowKey] = isSavedObjectError(item) ? { ok: false, message: item.error.message } : { ok: true, changes: plan.changes };
      }
    } catch (error) {
      if (!isLostWrite(error)) {
        for (const { target } of plans) outcomes[target.rowKey] = { ok: false, message: messageOf(error) };
        continue;
      }
      // The update's answer was lost: read again and say what Kibana holds now. Never resent.
      const now = await readCopies(space, plans.map((p) => p.target)).catch(() => new Map<string, SavedObject | string>());
      for (const { target, plan } of plans) {
        const copy = now.get(objectKey(target));
        const done = typeof copy === 'object' && !planRemap(copy, target.to);
        outcomes[target.rowKey] = done
          ? { ok: true, changes: plan.changes }
          : { ok: false, message: `the answer was lost and the copy still points at the missing objects (${messageOf(error)})` };
      }
    }
  }
  return outcomes;
}

const RECHECK_PAGE = 1000;
// Kibana's result window: one type's objects beyond it cannot be listed with _find.
const RESULT_WINDOW = 10_000;

async function objectsOfTypes(space: string, types: readonly string[]): Promise<SavedObject[]> {
  const objects: SavedObject[] = [];
  for (let page = 1; page * RECHECK_PAGE <= RESULT_WINDOW; page++) {
    const answer = await findSavedObjects(space, { types, page, perPage: RECHECK_PAGE, fields: ['title', 'name'] });
    objects.push(...answer.saved_objects);
    if (page * RECHECK_PAGE >= answer.total) break;
  }
  return objects;
}

/** Reads a target space and says which objects of the closure were written there since `sentAt`. */
export async function recheckSpace(space: string, closure: readonly ClosureObject[], sentAt: string): Promise<RecheckResult> {
  const types = [...new Set(closure.map((o) => o.type))];
  const inSpace = await objectsOfTypes(space, types);
  return summariseRecheck(closure, inSpace, sentAt, new Date().toISOString());
}
