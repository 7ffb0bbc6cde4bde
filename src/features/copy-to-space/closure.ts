// The reference closure of a selection (pure): what "include related objects" adds, read from the NDJSON
// of `POST /api/saved_objects/_export` with `includeReferencesDeep` in the source space.
import type { CopyObjectRef } from '../../contract/kibana';
import { objectLabel } from '../../lib/object-title';
import { objectKey } from './copy-plan';

export interface ClosureObject {
  type: string;
  id: string;
  title?: string;
  /** Asked for by the admin, as opposed to added as a related object. */
  requested: boolean;
}

function titleOf(type: string, id: string, attributes: unknown): string | undefined {
  if (typeof attributes !== 'object' || attributes === null) return undefined;
  return objectLabel({ type, id, attributes: attributes as Record<string, unknown> });
}

/** Every exported object (the details line and unreadable lines are left out). */
export function parseClosure(ndjson: string, requested: readonly CopyObjectRef[]): ClosureObject[] {
  const asked = new Set(requested.map(objectKey));
  const objects: ClosureObject[] = [];
  for (const line of ndjson.split('\n')) {
    if (!line.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null) continue;
    const o = parsed as Record<string, unknown>;
    if (typeof o.type !== 'string' || typeof o.id !== 'string') continue;
    const key = `${o.type}:${o.id}`;
    objects.push({ type: o.type, id: o.id, title: titleOf(o.type, o.id, o.attributes), requested: asked.has(key) });
  }
  return objects;
}

/** The related objects by type, types in name order and objects by title, for the tree. */
export function relatedByType(closure: readonly ClosureObject[]): [string, ClosureObject[]][] {
  const byType = new Map<string, ClosureObject[]>();
  for (const o of closure) {
    if (o.requested) continue;
    const list = byType.get(o.type) ?? [];
    list.push(o);
    byType.set(o.type, list);
  }
  return [...byType]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, list]) => [type, list.sort((x, y) => (x.title ?? x.id).localeCompare(y.title ?? y.id))]);
}
