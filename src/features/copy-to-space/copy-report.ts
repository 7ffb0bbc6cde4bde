// The exact per-space, per-object report of a copy (pure): what Kibana wrote, what was skipped, what the
// remaps changed, and what failed and why. Exported as CSV (papaparse does the quoting) and JSON.
import Papa from 'papaparse';
import type { CopyRetry, ImportErrorDetail } from '../../contract/kibana';
import type { ClosureObject } from './closure';
import {
  decisionFor,
  decisionRows,
  importErrors,
  isResolvable,
  objectKey,
  rowKey,
  spaceFailure,
  wasWritten,
  type Decision,
  type SpaceAnswer,
} from './copy-plan';

export type Outcome = 'created' | 'overwritten' | 'remapped' | 'skipped' | 'already-there' | 'not-written' | 'failed' | 'unknown';

export interface ReportRow {
  space: string;
  source: string;
  type: string;
  id: string;
  title: string;
  outcome: Outcome;
  /** Id in the target space when it differs from the source id. */
  destinationId?: string;
  detail: string;
}

/** The second step of a remap: the version-checked `_bulk_update` that repointed the references. */
export type RemapOutcome =
  | { ok: true; changes: { from: string; to: string }[] }
  | { ok: false; message: string };

export interface ReportInput {
  /** Source space → the objects the copy carries (with related objects when included). */
  closures: ReadonlyMap<string, readonly Pick<ClosureObject, 'type' | 'id' | 'title'>[]>;
  /** Answers of the first copy request, by spaceKey. */
  copyAnswers: ReadonlyMap<string, SpaceAnswer>;
  /** Latest answer per spaceKey (the resolve's, when one was sent). */
  lastAnswers: ReadonlyMap<string, SpaceAnswer>;
  decisions: ReadonlyMap<string, Decision>;
  remaps: ReadonlyMap<string, RemapOutcome>;
  newCopies: boolean;
}

export function describeError(error: ImportErrorDetail | Record<string, unknown>): string {
  switch (error.type) {
    case 'conflict':
      return 'Conflict: an object with this id or origin already exists in the space.';
    case 'ambiguous_conflict':
      return 'Ambiguous conflict: several objects in the space were copied from this one.';
    case 'missing_references': {
      const refs = (error as Extract<ImportErrorDetail, { type: 'missing_references' }>).references;
      return `Missing references: ${refs.map(objectKey).join(', ')}.`;
    }
    case 'unsupported_type':
      return 'Unsupported type: this type cannot be copied.';
    default: {
      const message = (error as { message?: unknown }).message;
      return typeof message === 'string' ? message : 'Kibana reported an error without a reason.';
    }
  }
}

function answerRows(spaceKeyValue: string, input: ReportInput): ReportRow[] {
  const [source, space] = spaceKeyValue.split('>');
  const last = input.lastAnswers.get(spaceKeyValue) ?? input.copyAnswers.get(spaceKeyValue);
  const first = input.copyAnswers.get(spaceKeyValue);
  const closure = input.closures.get(source) ?? [];
  const titles = new Map(closure.map((o) => [objectKey(o), o.title ?? '']));
  const row = (o: { type: string; id: string }, outcome: Outcome, detail: string, destinationId?: string): ReportRow => ({
    space,
    source,
    type: o.type,
    id: o.id,
    title: titles.get(objectKey(o)) ?? '',
    outcome,
    ...(destinationId && destinationId !== o.id ? { destinationId } : {}),
    detail,
  });
  if (!last) return [];
  if (last.kind !== 'answered') {
    const outcome: Outcome = last.kind === 'unknown' ? 'unknown' : 'failed';
    return closure.map((o) => row(o, outcome, last.message));
  }
  const failure = spaceFailure(last.result);
  if (failure) return closure.map((o) => row(o, 'failed', failure));

  const written = wasWritten(last.result);
  const retries = new Map<string, CopyRetry>((last.retries ?? []).map((r) => [objectKey(r), r]));
  const rows: ReportRow[] = [];
  const seen = new Set<string>();
  const firstRows = first?.kind === 'answered' ? decisionRows(source, space, first) : [];
  const decisionOf = new Map(firstRows.map((r) => [objectKey(r), decisionFor(r, input.decisions)]));

  for (const s of last.result.successResults ?? []) {
    seen.add(objectKey(s));
    if (!written) {
      rows.push(row(s, 'not-written', 'Not written: other objects in this space still have undecided conflicts.', s.destinationId));
      continue;
    }
    const remap = input.remaps.get(rowKey(source, space, s));
    const decision = decisionOf.get(objectKey(s));
    if (remap) {
      rows.push(
        remap.ok
          ? row(s, 'remapped', `Copied, then references repointed: ${remap.changes.map((c) => `${c.from} → ${c.to}`).join(', ')}.`, s.destinationId)
          : row(s, 'failed', `Copied with its missing references, but repointing them failed: ${remap.message}`, s.destinationId),
      );
      continue;
    }
    const overwritten = last.retries ? retries.get(objectKey(s))?.overwrite === true : s.overwrite === true;
    const detail =
      decision?.action === 'ignore'
        ? 'Copied with missing references (the admin chose to copy anyway).'
        : overwritten
          ? 'Overwrote the existing object.'
          : input.newCopies || s.destinationId
            ? 'Created as a new copy.'
            : 'Created.';
    rows.push(row(s, overwritten ? 'overwritten' : 'created', detail, s.destinationId));
  }
  for (const e of importErrors(last.result)) {
    seen.add(objectKey(e));
    rows.push(
      isResolvable(e.error)
        ? row(e, 'not-written', `Not written: ${describeError(e.error)}`)
        : row(e, 'failed', describeError(e.error)),
    );
  }
  // Decided rows that are not in the last answer were skipped by the admin.
  for (const r of firstRows) {
    if (seen.has(objectKey(r))) continue;
    seen.add(objectKey(r));
    rows.push(row(r, 'skipped', 'Skipped by the admin.'));
  }
  // Objects of the closure Kibana left out: without new copies, those already in the space are not copied.
  if (first?.kind === 'answered') {
    for (const s of first.result.successResults ?? []) seen.add(objectKey(s));
    for (const e of importErrors(first.result)) seen.add(objectKey(e));
  }
  for (const o of closure) {
    if (seen.has(objectKey(o))) continue;
    rows.push(row(o, 'already-there', input.newCopies ? 'Not copied by Kibana.' : 'Already in this space: not copied.'));
  }
  return rows;
}

export function buildReport(input: ReportInput): ReportRow[] {
  const keys = new Set([...input.copyAnswers.keys(), ...input.lastAnswers.keys()]);
  return [...keys].flatMap((key) => answerRows(key, input));
}

export const OUTCOME_LABELS: Record<Outcome, string> = {
  created: 'Created',
  overwritten: 'Overwritten',
  remapped: 'Remapped',
  skipped: 'Skipped',
  'already-there': 'Already there',
  'not-written': 'Not written',
  failed: 'Failed',
  unknown: 'Unknown',
};

export function countOutcomes(rows: readonly ReportRow[]): Partial<Record<Outcome, number>> {
  const counts: Partial<Record<Outcome, number>> = {};
  for (const r of rows) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  return counts;
}

export function reportToCsv(rows: readonly ReportRow[]): string {
  return Papa.unparse(
    rows.map((r) => ({
      'target space': r.space,
      'source space': r.source,
      type: r.type,
      id: r.id,
      title: r.title,
      outcome: OUTCOME_LABELS[r.outcome],
      'new id': r.destinationId ?? '',
      detail: r.detail,
    })),
    // Leading = + - @ would make a spreadsheet run the cell as a formula: titles are user data.
    { escapeFormulae: true },
  );
}

export function reportToJson(rows: readonly ReportRow[]): string {
  return JSON.stringify(rows, null, 2);
}
