// Remapping a missing reference, step 2 (pure): after the object was copied with
// `ignoreMissingReferences`, its references are repointed with a version-checked `_bulk_update` in the
// target space (the resolve route takes no `replaceReferences`, kibana-api.md §4.1).
import type { BulkUpdateObject, SavedObject } from '../../contract/kibana';
import { objectKey } from './copy-plan';

export interface RemapPlan {
  update: BulkUpdateObject;
  changes: { from: string; to: string }[];
}

/**
 * The update for one copied object, or undefined when none of its references points at a remapped
 * object any more (nothing to change). `to` maps `type:id` of a missing reference to an id in the space.
 */
export function planRemap(copied: SavedObject, to: Readonly<Record<string, string>>): RemapPlan | undefined {
  const changes: { from: string; to: string }[] = [];
  const references = copied.references.map((ref) => {
    const replacement = to[objectKey(ref)];
    if (!replacement || replacement === ref.id) return ref;
    changes.push({ from: objectKey(ref), to: `${ref.type}:${replacement}` });
    return { ...ref, id: replacement };
  });
  if (!changes.length) return undefined;
  return {
    // `attributes` is required; an empty object merges nothing (§6.2). `references` replaces the list, and
    // `version` makes Kibana refuse (409) if someone changed the object since it was read.
    update: { type: copied.type, id: copied.id, attributes: {}, version: copied.version, references },
    changes,
  };
}
