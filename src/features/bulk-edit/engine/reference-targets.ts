// A reference an edit adds must point to an object that the edited object's own space can see. Kibana
// stores any reference it is given, so a visualization in "sales" repointed to a data view that lives only
// in "default" would be saved, then fail to open. The preview refuses such an object, with the reason.
import type { SavedObjectReference } from '../../../contract/kibana';
import type { ObjectRef } from '../../../lib/selection-link';
import { planKey, type ObjectPlan } from './plan';

/** Whether `<type>:<id>@<space>` exists there: true, false (Kibana said not found), absent when unknown. */
export type TargetVisibility = ReadonlyMap<string, boolean>;

const referenceKey = (ref: SavedObjectReference) => `${ref.type}:${ref.id}`;

/** References of the plan's result that the object did not have before. */
export function addedReferences(plan: ObjectPlan): SavedObjectReference[] {
  const had = new Set(plan.before.references.map(referenceKey));
  const seen = new Set<string>();
  return plan.after.references.filter((ref) => {
    const key = referenceKey(ref);
    if (had.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** For each space, the targets of new references to look up there (each once). */
export function targetsToCheck(plans: readonly ObjectPlan[]): Map<string, ObjectRef[]> {
  const bySpace = new Map<string, Map<string, ObjectRef>>();
  for (const plan of plans) {
    if (plan.status !== 'change') continue;
    for (const ref of addedReferences(plan)) {
      const targets = bySpace.get(plan.space) ?? new Map<string, ObjectRef>();
      targets.set(referenceKey(ref), { type: ref.type, id: ref.id });
      bySpace.set(plan.space, targets);
    }
  }
  return new Map([...bySpace].map(([space, targets]) => [space, [...targets.values()]]));
}

/** Refuses a plan whose new references point to objects its space does not have. */
export function refuseUnreachable(plan: ObjectPlan, visible: TargetVisibility): ObjectPlan {
  if (plan.status !== 'change') return plan;
  const missing = addedReferences(plan).filter((ref) => visible.get(planKey(ref.type, ref.id, plan.space)) === false);
  if (missing.length === 0) return plan;
  const names = missing.map((ref) => `${ref.type} ${ref.id}`).join(', ');
  return {
    ...plan,
    status: 'refused',
    reason: `${names} ${missing.length === 1 ? 'is' : 'are'} not in the space “${plan.space}”, where this object lives: the new reference would be broken`,
    request: undefined,
  };
}
