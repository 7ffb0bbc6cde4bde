// One row of the objects table, derived from a `_find` hit, and where an action on it must run.
import type { SavedObject } from '../../contract/kibana';
import { objectTitleParts } from '../../lib/object-title';
import { formatObjectKey, type ObjectRef } from '../../lib/selection-link';

export interface ObjectRow {
  /** Unique within any result (see selection-link.ts): selection, flyout and row identity. */
  key: string;
  ref: ObjectRef;
  type: string;
  id: string;
  title: string;
  /** A named data view's index pattern, shown beside its name (the title). */
  pattern?: string;
  namespaces: string[] | undefined;
  updatedAt: string | undefined;
  referenceCount: number;
}

/** Does the object live in `space`? Multi-space objects list every space (or `*`). */
export function livesIn(namespaces: readonly string[] | undefined, space: string): boolean {
  // Space-agnostic objects (no namespaces) live everywhere.
  return !namespaces || namespaces.length === 0 || namespaces.includes('*') || namespaces.includes(space);
}

/**
 * The reference for actions: plain `type:id` when the object lives in the browsed space, else the
 * first space it lives in. Single-space types (advanced settings) can share an id across spaces, so
 * in the "all spaces" view the space is what tells them apart.
 */
export function objectRef(object: Pick<SavedObject, 'type' | 'id' | 'namespaces'>, currentSpace: string): ObjectRef {
  const { type, id, namespaces } = object;
  if (livesIn(namespaces, currentSpace)) return { type, id };
  return { type, id, space: namespaces?.find((ns) => ns !== '?') ?? currentSpace };
}

export function toObjectRow(object: SavedObject, currentSpace: string): ObjectRow {
  const ref = objectRef(object, currentSpace);
  return {
    key: formatObjectKey(ref),
    ref,
    type: object.type,
    id: object.id,
    ...objectTitleParts(object),
    namespaces: object.namespaces,
    updatedAt: object.updated_at,
    referenceCount: object.references.length,
  };
}
