// The copy wizard's planning engine (pure): from Kibana's copy/resolve answers, the status of every
// target space and the grid of decisions; from the admin's decisions, the resolve requests.
// Rules from kibana-api.md §3–4: a resolvable error (conflict, ambiguous_conflict, missing_references)
// anywhere in a space means nothing was written there; the objects reported as successes must be
// carried in that space's retries (Kibana's own UI does the same, §4.3).
import type {
  CopyObjectRef,
  CopyRetry,
  CopySpaceResult,
  ImportError,
  ImportErrorDetail,
  ImportSuccess,
  ResolveCopyErrorsRequest,
} from '../../contract/kibana';

/** The three valid combinations of `createNewCopies` and `overwrite` (overwrite + new copies is a 400). */
export type CopyMode = 'new-copies' | 'overwrite' | 'ask';

export interface CopyOptions {
  mode: CopyMode;
  includeReferences: boolean;
}

/** The objects requested from one source space: the copy API copies from one space per request. */
export interface SourceGroup {
  source: string;
  objects: CopyObjectRef[];
}

/** What we know about one target space of one source group, after the last request. */
export type SpaceAnswer =
  | { kind: 'answered'; result: CopySpaceResult; retries?: CopyRetry[] }
  /** The request failed as a whole (an HTTP error): nothing was written. */
  | { kind: 'failed'; message: string }
  /** The answer was lost: Kibana may or may not have written. Re-check before anything is resent. */
  | { kind: 'unknown'; message: string };

export const spaceKey = (source: string, space: string) => `${source}>${space}`;
export const objectKey = (o: { type: string; id: string }) => `${o.type}:${o.id}`;
export const rowKey = (source: string, space: string, o: { type: string; id: string }) => `${spaceKey(source, space)}>${objectKey(o)}`;

export type ResolvableKind = 'conflict' | 'ambiguous_conflict' | 'missing_references';
const RESOLVABLE: readonly string[] = ['conflict', 'ambiguous_conflict', 'missing_references'];

export function isImportError(entry: unknown): entry is ImportError {
  if (typeof entry !== 'object' || entry === null) return false;
  const e = entry as Record<string, unknown>;
  return typeof e.id === 'string' && typeof e.type === 'string' && typeof e.error === 'object' && e.error !== null;
}

export function isResolvable(error: ImportErrorDetail): boolean {
  return RESOLVABLE.includes(error.type);
}

/** Errors that concern the whole space (the import threw), not one object. */
export function spaceFailure(result: CopySpaceResult): string | undefined {
  const entry = result.errors?.find((e) => !isImportError(e));
  if (!entry) return undefined;
  const e = entry as Record<string, unknown>;
  if (typeof e.message === 'string') return e.message;
  if (typeof e.type === 'string') return `Kibana could not import into this space (${e.type}).`;
  return 'Kibana could not import into this space.';
}

export function importErrors(result: CopySpaceResult): ImportError[] {
  return (result.errors ?? []).filter(isImportError);
}

/** True when Kibana wrote this answer's successes (no resolvable error blocked the space). */
export function wasWritten(result: CopySpaceResult): boolean {
  return !spaceFailure(result) && !importErrors(result).some((e) => isResolvable(e.error));
}

export type SpaceStatus = 'copied' | 'copied-with-failures' | 'needs-decisions' | 'failed' | 'unknown';

export interface SpaceSummary {
  status: SpaceStatus;
  /** Objects written (or that will be written once the decisions are sent). */
  successCount: number;
  decisions: number;
  failures: number;
  message?: string;
}

export function summariseSpace(answer: SpaceAnswer): SpaceSummary {
  if (answer.kind !== 'answered') return { status: answer.kind, successCount: 0, decisions: 0, failures: 0, message: answer.message };
  const { result } = answer;
  const failure = spaceFailure(result);
  if (failure) return { status: 'failed', successCount: 0, decisions: 0, failures: 0, message: failure };
  const errors = importErrors(result);
  const decisions = errors.filter((e) => isResolvable(e.error)).length;
  const failures = errors.length - decisions;
  const status: SpaceStatus = decisions ? 'needs-decisions' : failures ? 'copied-with-failures' : 'copied';
  return { status, successCount: result.successCount, decisions, failures };
}

/** One object × space that needs (or had) a decision: a row of the grid. */
export interface DecisionRow {
  key: string;
  source: string;
  space: string;
  type: string;
  id: string;
  title?: string;
  error: Extract<ImportErrorDetail, { type: ResolvableKind }>;
}

export function decisionRows(source: string, space: string, answer: SpaceAnswer): DecisionRow[] {
  if (answer.kind !== 'answered' || spaceFailure(answer.result)) return [];
  const rows: DecisionRow[] = [];
  for (const e of importErrors(answer.result)) {
    if (!isResolvable(e.error)) continue;
    rows.push({
      key: rowKey(source, space, e),
      source,
      space,
      type: e.type,
      id: e.id,
      title: e.meta?.title,
      error: e.error as DecisionRow['error'],
    });
  }
  return rows;
}

export type Decision =
  | { action: 'skip' }
  /** Conflict: overwrite (destinationId as Kibana named it); ambiguous conflict: the destination picked. */
  | { action: 'overwrite'; destinationId?: string }
  /** Missing references: copy anyway (`ignoreMissingReferences`). */
  | { action: 'ignore' }
  /** Missing references: copy anyway, then repoint each missing reference (`type:id` → id in the destination). */
  | { action: 'remap'; to: Record<string, string> };

/** What the grid shows before the admin touches a row: nothing is overwritten unless asked. */
// Shared constants: an undecided row keeps the same decision object, so its memoised cell does not re-render.
const SKIP: Decision = Object.freeze({ action: 'skip' });
const IGNORE: Decision = Object.freeze({ action: 'ignore' });

export function defaultDecision(row: DecisionRow): Decision {
  // A missing reference breaks the copy as much as skipping it would break its parents; Kibana's own UI
  // copies it anyway. The grid shows it, so the admin sees and can change it.
  return row.error.type === 'missing_references' ? IGNORE : SKIP;
}

export function decisionFor(row: DecisionRow, decisions: ReadonlyMap<string, Decision>): Decision {
  return decisions.get(row.key) ?? defaultDecision(row);
}

/** Which decisions a row accepts. An ambiguous conflict can only be overwritten by naming a destination. */
export function isValidDecision(row: DecisionRow, decision: Decision): boolean {
  switch (row.error.type) {
    case 'conflict':
      return decision.action === 'skip' || decision.action === 'overwrite';
    case 'ambiguous_conflict': {
      if (decision.action === 'skip') return true;
      const picked = decision.action === 'overwrite' ? decision.destinationId : undefined;
      return row.error.destinations.some((d) => d.id === picked);
    }
    case 'missing_references':
      if (decision.action === 'remap')
        return row.error.references.every((r) => Boolean(decision.to[objectKey(r)]));
      return decision.action === 'skip' || decision.action === 'ignore';
  }
}

/** "Overwrite all" for a conflict: the destination Kibana named; for an ambiguous one, the newest (listed first). */
export function overwriteDecision(row: DecisionRow): Decision | undefined {
  if (row.error.type === 'conflict') return { action: 'overwrite', destinationId: row.error.destinationId };
  if (row.error.type === 'ambiguous_conflict' && row.error.destinations.length)
    return { action: 'overwrite', destinationId: row.error.destinations[0].id };
  return undefined;
}

/** Applies "overwrite all" / "skip all" to the rows given; missing references are left as they are. */
export function decideAll(rows: readonly DecisionRow[], decisions: ReadonlyMap<string, Decision>, action: 'overwrite' | 'skip'): Map<string, Decision> {
  const next = new Map(decisions);
  for (const row of rows) {
    if (row.error.type === 'missing_references') continue;
    const decision = action === 'skip' ? { action: 'skip' as const } : overwriteDecision(row);
    if (decision) next.set(row.key, decision);
  }
  return next;
}

function carriedRetry(success: ImportSuccess, previous: CopyRetry | undefined): CopyRetry {
  return {
    type: success.type,
    id: success.id,
    // On resolve, `overwrite` is echoed for the whole overwrite batch: keep what the retry asked.
    overwrite: previous?.overwrite ?? success.overwrite === true,
    ...(success.destinationId ? { destinationId: success.destinationId } : {}),
    ...(success.createNewCopy ? { createNewCopy: true } : {}),
  };
}

function decidedRetry(row: DecisionRow, decision: Decision): CopyRetry | undefined {
  const base = { type: row.type, id: row.id };
  switch (decision.action) {
    case 'skip':
      return undefined;
    case 'overwrite':
      return { ...base, overwrite: true, ...(decision.destinationId ? { destinationId: decision.destinationId } : {}) };
    case 'ignore':
    case 'remap':
      return { ...base, overwrite: false, ignoreMissingReferences: true };
  }
}

/** A space's retries: every success of its last answer, plus one per decided row that is not skipped. */
export function spaceRetries(source: string, space: string, answer: SpaceAnswer, decisions: ReadonlyMap<string, Decision>): CopyRetry[] {
  if (answer.kind !== 'answered') return [];
  const previous = new Map((answer.retries ?? []).map((r) => [objectKey(r), r]));
  const retries = (answer.result.successResults ?? []).map((s) => carriedRetry(s, previous.get(objectKey(s))));
  for (const row of decisionRows(source, space, answer)) {
    const retry = decidedRetry(row, decisionFor(row, decisions));
    if (retry) retries.push(retry);
  }
  return retries;
}

/**
 * One resolve request per source space, for the target spaces that need decisions (spaces already
 * copied are not resent). Undefined when no space of the group needs one.
 */
export function buildResolveRequest(
  group: SourceGroup,
  answers: ReadonlyMap<string, SpaceAnswer>,
  decisions: ReadonlyMap<string, Decision>,
  options: CopyOptions,
): ResolveCopyErrorsRequest | undefined {
  const retries: Record<string, CopyRetry[]> = {};
  for (const [key, answer] of answers) {
    const [source, space] = key.split('>');
    if (source !== group.source || summariseSpace(answer).status !== 'needs-decisions') continue;
    retries[space] = spaceRetries(source, space, answer, decisions);
  }
  if (!Object.keys(retries).length) return undefined;
  return {
    objects: group.objects,
    includeReferences: options.includeReferences,
    createNewCopies: options.mode === 'new-copies',
    retries,
  };
}

/** The copy request for one source group: the source space itself is never a target. */
export function buildCopyRequest(group: SourceGroup, spaces: readonly string[], options: CopyOptions) {
  return {
    objects: group.objects,
    spaces: spaces.filter((s) => s !== group.source),
    includeReferences: options.includeReferences,
    // Kibana defaults createNewCopies to true: it must be sent false with overwrite (else a 400).
    createNewCopies: options.mode === 'new-copies',
    overwrite: options.mode === 'overwrite',
  };
}

/** Groups a selection by the space each object lives in. */
export function groupBySource(objects: readonly { type: string; id: string; space?: string }[], currentSpace: string): SourceGroup[] {
  const groups = new Map<string, CopyObjectRef[]>();
  for (const o of objects) {
    const source = o.space ?? currentSpace;
    const list = groups.get(source) ?? [];
    list.push({ type: o.type, id: o.id });
    groups.set(source, list);
  }
  return [...groups].map(([source, list]) => ({ source, objects: list }));
}
