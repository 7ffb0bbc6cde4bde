// The importer's write step (kibana-api.md §3.3 step 5): rewrite ids and references from the state map,
// refuse to write anything while a resolvable error exists, bulk create in the destination, and (in
// compatibility mode) add legacy URL aliases. Read from IMP/lib/create_saved_objects.ts,
// IMP/lib/extract_errors.ts and API/bulk_create.ts.
import type { KibanaErrorBody, SavedObjectReference } from '../../contract/kibana';
import type { SimulatorStore } from '../state/store';
import { badRequest, conflict, unsupportedType } from './errors';
import { objectKey, type ImportFailure, type ImportObject, type ImportStateMap } from './import-checks';

/** What a create attempt gives back: the object as created (or as it would have been), or its error. */
export interface CreatedObject extends ImportObject {
  /** Set when the object was created under a different id than the source's (which `id` keeps). */
  destinationId?: string;
  error?: KibanaErrorBody;
}

/** An object handed to bulk create; `originId` as a key (even undefined) means "set it", absent means "keep". */
type ObjectToCreate = ImportObject;

/**
 * Kibana's bulk create in one space. Multi-namespace objects that exist here are overwritten in place
 * (keeping their spaces) only with `overwrite`; existing elsewhere is always a conflict. `originId` is kept
 * from the overwritten object unless the caller names one.
 */
export function bulkCreate(store: SimulatorStore, namespace: string, objects: ObjectToCreate[], overwrite: boolean): CreatedObject[] {
  const { registry } = store;
  const time = store.now().toISOString();
  return objects.map((object) => {
    const { type, id } = object;
    if (!registry.isVisible(type)) return { ...object, error: unsupportedType(type).body };
    if ('originId' in object && !registry.isMultiNamespace(type))
      return { ...object, error: badRequest('"originId" can only be set for multi-namespace object types').body };
    const existing = store.get(type, id, namespace);
    let namespaces = registry.isAgnostic(type) ? [] : [namespace];
    if (existing) {
      // Living only in other spaces can never be overwritten from here; otherwise only with `overwrite`.
      const notOverwritable = registry.isMultiNamespace(type) && !store.existsIn(existing, namespace);
      if (notOverwritable || !overwrite) return { ...object, error: conflict(type, id).body };
      if (registry.isMultiNamespace(type)) namespaces = [...existing.namespaces];
    }
    const originId = 'originId' in object ? object.originId : existing?.originId;
    const stored = store.put({
      type,
      id,
      namespaces,
      ...(originId ? { originId } : {}),
      attributes: object.attributes,
      references: object.references ?? [],
      updated_at: time,
      created_at: time,
      managed: object.managed ?? false,
    });
    return {
      ...object,
      ...(originId ? { originId } : {}),
      version: stored.version,
      updated_at: time,
      created_at: time,
    };
  });
}

export interface CreateSavedObjectsParams {
  objects: ImportObject[];
  accumulatedErrors: ImportFailure[];
  stateMap: ImportStateMap;
  namespace: string;
  overwrite: boolean;
  compatibilityMode?: boolean;
}

const RESOLVABLE_ERRORS = ['conflict', 'ambiguous_conflict', 'missing_references'];

function titleOf(attributes: Record<string, unknown> | undefined): string | undefined {
  return typeof attributes?.title === 'string' ? attributes.title : undefined;
}

export function createSavedObjects(store: SimulatorStore, p: CreateSavedObjectsParams): { createdObjects: CreatedObject[]; errors: ImportFailure[] } {
  const errored = new Set(p.accumulatedErrors.map(objectKey));
  const objects = p.objects.filter((o) => !errored.has(objectKey(o)));
  if (objects.length === 0) return { createdObjects: [], errors: [] };

  // destination `type:id` → the source object, to report results under the source id
  const sourceOf = new Map(objects.map((o) => [objectKey(o), o]));
  const toCreate: ObjectToCreate[] = objects.map(({ version: _version, originId, ...object }) => {
    const references: SavedObjectReference[] = object.references.map((ref) => {
      const destinationId = p.stateMap.get(`${ref.type}:${ref.id}`)?.destinationId;
      return destinationId ? { ...ref, id: destinationId } : ref;
    });
    const state = p.stateMap.get(objectKey(object));
    if (state?.destinationId) {
      sourceOf.set(`${object.type}:${state.destinationId}`, { ...object, originId } as ImportObject);
      return {
        ...object,
        id: state.destinationId,
        references,
        ...(!state.omitOriginId ? { originId: originId ?? object.id } : {}),
      };
    }
    return { ...object, references, ...(originId ? { originId } : {}), managed: object.managed ?? false };
  });

  const blocked = p.accumulatedErrors.some(({ error }) => RESOLVABLE_ERRORS.includes(error.type));
  // With a resolvable error nothing is written, but the would-be results are still reported.
  const results: CreatedObject[] = blocked ? toCreate : bulkCreate(store, p.namespace, toCreate, p.overwrite);

  const remapped: CreatedObject[] = [];
  const aliases: ImportObject[] = [];
  for (const result of results) {
    const source = sourceOf.get(objectKey(result))!;
    remapped.push({ ...result, id: source.id, ...(source.id !== result.id ? { destinationId: result.id } : {}) });
    if (p.compatibilityMode && !blocked && !result.error && result.originId && result.originId !== result.id) {
      const aliasId = `${p.namespace}:${result.type}:${result.originId}`;
      aliases.push({
        id: aliasId,
        type: 'legacy-url-alias',
        references: [],
        attributes: { sourceId: result.originId, targetNamespace: p.namespace, targetType: result.type, targetId: result.id, purpose: 'savedObjectImport' },
        managed: false,
      });
    }
  }
  const aliasResults = aliases.length ? bulkCreate(store, p.namespace, aliases, p.overwrite) : [];

  const errors: ImportFailure[] = [];
  for (const r of remapped) {
    if (!r.error) continue;
    const title = titleOf(p.objects.find((o) => o.type === r.type && o.id === r.id)?.attributes);
    errors.push({
      id: r.id,
      type: r.type,
      meta: { title },
      error: r.error.statusCode === 409 ? { type: 'conflict', ...(r.destinationId ? { destinationId: r.destinationId } : {}) } : { ...r.error, type: 'unknown' },
      managed: r.managed,
    });
  }
  for (const a of aliasResults) {
    if (!a.error) continue;
    const attrs = a.attributes as { sourceId: string; targetId: string };
    errors.push({
      id: a.id,
      type: a.type,
      meta: { title: `Legacy URL alias (${attrs.sourceId} -> ${attrs.targetId})` },
      error: { ...a.error, type: 'unknown' },
      managed: a.managed,
    });
  }
  return { createdObjects: remapped.filter((r) => !r.error), errors };
}
