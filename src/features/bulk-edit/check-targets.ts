// Looks up, in each space, the objects that new references will point to (engine/reference-targets.ts).
import { bulkGetSavedObjects, isSavedObjectError } from '../../api/saved-objects';
import type { ObjectRef } from '../../lib/selection-link';
import { planKey } from './engine/plan';
import type { TargetVisibility } from './engine/reference-targets';

const BULK_GET_SIZE = 1000;

/** Found → true; Kibana's 404 → false; any other per-object error leaves it unknown (not refused). */
export async function readTargetVisibility(targets: ReadonlyMap<string, readonly ObjectRef[]>, signal?: AbortSignal): Promise<TargetVisibility> {
  const visible = new Map<string, boolean>();
  for (const [space, refs] of targets) {
    for (let start = 0; start < refs.length; start += BULK_GET_SIZE) {
      const slice = refs.slice(start, start + BULK_GET_SIZE);
      const answer = await bulkGetSavedObjects(space, slice.map(({ type, id }) => ({ type, id, fields: ['title'] })), signal);
      slice.forEach((ref, index) => {
        const item = answer.saved_objects[index];
        if (!item) return;
        if (!isSavedObjectError(item)) visible.set(planKey(ref.type, ref.id, space), true);
        else if (item.error.statusCode === 404) visible.set(planKey(ref.type, ref.id, space), false);
      });
    }
  }
  return visible;
}
