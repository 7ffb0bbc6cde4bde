// The preview of one object: what the edits make of it, whether it can be written, and the exact request
// entry that writes it (attributes patch, references, its version and namespace). The readable diff is
// computed when an object is opened (diff.ts), so previewing 10,000 objects stays quick.
import type { BulkUpdateObject, SavedObject, SavedObjectReference } from '../../../contract/kibana';
import { objectTitle } from '../../../lib/object-title';
import type { ObjectRef } from '../../../lib/selection-link';
import { applyEdits, EditError, type Edit, type ObjectContent } from './edits';
import { describeParseError, isPlainObject, jsonEqual, parseJsonText, type JsonObject } from './json-value';
import { attributesPatch, mergeForUpdate, storableAttributes } from './update-patch';

export type PlanStatus = 'change' | 'unchanged' | 'refused';

/** An object as the screen read it: where it lives and what the admin acts on. */
export interface SourceObject extends ObjectRef {
  object: SavedObject;
}

export interface ObjectPlan {
  /** `<type>:<id>@<space>`, unique across spaces. */
  key: string;
  type: string;
  id: string;
  /** The space the update runs in. */
  space: string;
  title: string;
  /** The version read at preview time; sent so a newer edit by someone else is never overwritten. */
  version: string | undefined;
  status: PlanStatus;
  /** Why a refused object cannot take the edits. */
  reason?: string;
  before: ObjectContent;
  /** What Kibana will store (a removed field is null; see update-patch.ts). */
  after: ObjectContent;
  /** The `_bulk_update` entry; absent unless `status` is `change`. */
  request?: BulkUpdateObject;
}

export const planKey = (type: string, id: string, space: string) => `${type}:${id}@${space}`;

/** Strings that held JSON before and no longer parse: Kibana would store them, the object would break. */
function brokenJsonText(before: unknown, after: unknown, path: string): string | undefined {
  if (typeof before === 'string') {
    if (parseJsonText(before) === undefined || typeof after !== 'string' || after === before) return undefined;
    return parseJsonText(after) === undefined ? `${path} would no longer be valid JSON (${describeParseError(after) || 'not an object or list'})` : undefined;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of Object.keys(before)) {
      const problem = brokenJsonText(before[key], after[key], path ? `${path}.${key}` : key);
      if (problem) return problem;
    }
  }
  return undefined;
}

function sameReferences(a: readonly SavedObjectReference[], b: readonly SavedObjectReference[]): boolean {
  return jsonEqual(a, b);
}

/**
 * Plans one object. `override` (a raw JSON edit of this object) replaces what the edits would produce.
 * The update runs in the screen's space, or in the object's own space when it lives elsewhere.
 */
export function planObject(source: SourceObject, screenSpace: string, edits: readonly Edit[], override?: ObjectContent): ObjectPlan {
  const { object } = source;
  const space = source.space ?? screenSpace;
  const before: ObjectContent = { attributes: object.attributes, references: object.references };
  const base = { key: planKey(object.type, object.id, space), type: object.type, id: object.id, space, title: objectTitle(object), version: object.version, before };
  let intended: ObjectContent;
  try {
    intended = override ?? applyEdits(before, edits);
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    return { ...base, status: 'refused', reason: error.message, after: before };
  }
  const broken = brokenJsonText(before.attributes, intended.attributes, '');
  if (broken) return { ...base, status: 'refused', reason: broken, after: intended };
  if (intended.references.length > 1000) {
    return { ...base, status: 'refused', reason: `Kibana accepts at most 1,000 references per object; this one would have ${intended.references.length}`, after: intended };
  }

  const storable = storableAttributes(before.attributes, intended.attributes);
  const patch = attributesPatch(before.attributes, storable);
  const after: ObjectContent = { attributes: mergeForUpdate(before.attributes, patch) as JsonObject, references: intended.references };
  const referencesChange = !sameReferences(before.references, after.references);
  if (Object.keys(patch).length === 0 && !referencesChange) return { ...base, status: 'unchanged', after: before };

  const request: BulkUpdateObject = {
    type: object.type,
    id: object.id,
    attributes: patch,
    ...(object.version ? { version: object.version } : {}),
    ...(referencesChange ? { references: after.references } : {}),
    // Only objects outside the request's space name their namespace (a `@space` hand-over key).
    ...(source.space ? { namespace: source.space } : {}),
  };
  return { ...base, status: 'change', after, request };
}
