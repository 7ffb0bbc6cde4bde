// Which aliases of a space are in conflict, and the order the aliases table shows them in.
// An enabled alias conflicts when an object of its type still has the alias's old id (its
// `sourceId`) in the space: two different objects then answer to that id (kibana-api.md §5.2).
import type { LegacyUrlAlias } from '../../api/resolve';
import type { BulkGetObject } from '../../api/saved-objects';
import type { BulkGetResponse } from '../../contract/kibana';

/** `checking`: enabled, and the conflict check has not answered yet. */
export type AliasStatus = 'conflict' | 'checking' | 'enabled' | 'disabled';

export interface AliasRow extends LegacyUrlAlias {
  status: AliasStatus;
}

const objectKey = (type: string, id: string) => `${type}:${id}`;

/** One `_bulk_get` entry per enabled alias: the object that would hold the alias's old id. */
export function conflictCheckObjects(aliases: readonly LegacyUrlAlias[]): BulkGetObject[] {
  const seen = new Set<string>();
  return aliases
    .filter((alias) => !alias.disabled)
    .map((alias) => ({ type: alias.targetType, id: alias.sourceId }))
    .filter((ref) => {
      const key = objectKey(ref.type, ref.id);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => objectKey(a.type, a.id).localeCompare(objectKey(b.type, b.id)));
}

/**
 * Ids of the aliases in conflict. A 404 entry means nobody else has the old id: no conflict.
 * Other per-object errors (e.g. an unsupported type) prove nothing either way, so they are no
 * conflict either.
 */
export function findConflicts(aliases: readonly LegacyUrlAlias[], existing: BulkGetResponse): Set<string> {
  const found = new Set(existing.saved_objects.filter((entry) => !('error' in entry)).map((entry) => objectKey(entry.type, entry.id)));
  return new Set(
    aliases.filter((alias) => !alias.disabled && found.has(objectKey(alias.targetType, alias.sourceId))).map((alias) => alias.id),
  );
}

const STATUS_ORDER: Record<AliasStatus, number> = { conflict: 0, checking: 1, enabled: 2, disabled: 3 };

/** Conflicts first (they need the admin), then enabled, then disabled aliases; by old id within each. */
/** `conflicts` is null while the conflict check runs: enabled aliases are then `checking`, not `enabled`. */
export function aliasRows(aliases: readonly LegacyUrlAlias[], conflicts: ReadonlySet<string> | null): AliasRow[] {
  const statusOf = (alias: LegacyUrlAlias): AliasStatus => {
    if (alias.disabled) return 'disabled';
    if (!conflicts) return 'checking';
    return conflicts.has(alias.id) ? 'conflict' : 'enabled';
  };
  return aliases
    .map((alias): AliasRow => ({ ...alias, status: statusOf(alias) }))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        a.sourceId.localeCompare(b.sourceId) ||
        a.targetType.localeCompare(b.targetType),
    );
}
