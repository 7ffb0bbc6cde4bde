// Pairs each requested id with Kibana's `_bulk_resolve` answer and names the outcome the admin
// sees (kibana-api.md §5.2–5.3).
import { isResolveError, type ObjectRef, type ResolveAnswer } from '../../api/resolve';
import type { KibanaErrorBody, SavedObject } from '../../contract/kibana';

export type ResolveResult =
  | { kind: 'exactMatch'; requested: ObjectRef; object: SavedObject }
  /** The id is an old one: the alias sends it to `object` (whose id is `aliasTargetId`). */
  | { kind: 'aliasMatch'; requested: ObjectRef; object: SavedObject; aliasTargetId: string; purpose?: string }
  /** `object` has the requested id, and an enabled alias also sends that id to `aliasTargetId`. */
  | { kind: 'conflict'; requested: ObjectRef; object: SavedObject; aliasTargetId: string; purpose?: string }
  | { kind: 'notFound'; requested: ObjectRef; error: KibanaErrorBody }
  | { kind: 'unsupportedType'; requested: ObjectRef; error: KibanaErrorBody }
  | { kind: 'error'; requested: ObjectRef; error: KibanaErrorBody };

export type ResolveResultKind = ResolveResult['kind'];

export function describeResolveResults(requested: readonly ObjectRef[], answers: readonly ResolveAnswer[]): ResolveResult[] {
  return answers.map((entry, index): ResolveResult => {
    const ref = requested[index];
    if (isResolveError(entry)) {
      const { error } = entry.saved_object;
      if (error.statusCode === 404) return { kind: 'notFound', requested: ref, error };
      if (error.statusCode === 400 && /unsupported saved object type/i.test(error.message)) {
        return { kind: 'unsupportedType', requested: ref, error };
      }
      return { kind: 'error', requested: ref, error };
    }
    const object = entry.saved_object;
    if (entry.outcome === 'exactMatch') return { kind: 'exactMatch', requested: ref, object };
    // Kibana always sends the target id with these outcomes; for aliasMatch the object carries it too.
    const aliasTargetId = entry.alias_target_id ?? object.id;
    return { kind: entry.outcome, requested: ref, object, aliasTargetId, purpose: entry.alias_purpose };
  });
}

const KIND_WORDS: Record<ResolveResultKind, [singular: string, plural: string]> = {
  conflict: ['conflict', 'conflicts'],
  aliasMatch: ['moved', 'moved'],
  exactMatch: ['exact match', 'exact matches'],
  notFound: ['not found', 'not found'],
  unsupportedType: ['unsupported type', 'unsupported types'],
  error: ['failed', 'failed'],
};

/** "4 ids: 1 conflict, 1 moved, 1 exact match, 1 not found" — most urgent first. */
export function summarizeResolveResults(results: readonly ResolveResult[]): string {
  const parts = (Object.keys(KIND_WORDS) as ResolveResultKind[]).flatMap((kind) => {
    const count = results.filter((result) => result.kind === kind).length;
    if (count === 0) return [];
    const [singular, plural] = KIND_WORDS[kind];
    return [`${count} ${count === 1 ? singular : plural}`];
  });
  const total = `${results.length} ${results.length === 1 ? 'id' : 'ids'}`;
  return parts.length ? `${total}: ${parts.join(', ')}` : total;
}
