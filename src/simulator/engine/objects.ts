// Single-object and bulk CRUD of the saved-objects client as the HTTP routes drive it: get, create,
// bulk create, update (with upsert) and bulk delete (KIBANA-NOTES.md "The rest of the saved-objects API").
// Read from API/get.ts, API/create.ts, API/bulk_create.ts, API/update.ts, API/bulk_delete.ts,
// API/helpers/validation.ts and API/helpers/preflight_check.ts.
import type { KibanaErrorBody, SavedObject, SavedObjectErrorItem, SavedObjectReference } from '../../contract/kibana';
import type { SimulatorStore, StoredObject } from '../state/store';
import { deleteObject } from './delete';
import { badRequest, conflict, KibanaHttpError, notFound, unsupportedType } from './errors';
import { mergeForUpdate } from './merge';
import { aliasId, LEGACY_URL_ALIAS_TYPE } from './resolve';
import { toSavedObject } from './serialize';
import { decodeVersion } from './versions';

export interface CreateObjectRequest {
  type: string;
  id?: string;
  attributes: Record<string, unknown>;
  references?: SavedObjectReference[];
  initialNamespaces?: string[];
  /** bulk create only: with `overwrite`, the object is replaced only at this version. */
  version?: string;
}

export function getObject(store: SimulatorStore, space: string, type: string, id: string): SavedObject {
  if (!store.registry.isVisible(type)) throw notFound(type, id);
  const stored = store.getIn(type, id, space);
  if (!stored) throw notFound(type, id);
  return toSavedObject(store, stored);
}

function validateInitialNamespaces(store: SimulatorStore, type: string, initialNamespaces?: string[]): void {
  if (!initialNamespaces) return;
  const { registry } = store;
  if (registry.isAgnostic(type)) throw badRequest('"initialNamespaces" cannot be used on space-agnostic types');
  if (initialNamespaces.length === 0) throw badRequest('"initialNamespaces" must be a non-empty array of strings');
  if (!registry.isShareable(type) && (initialNamespaces.length > 1 || initialNamespaces.includes('*')))
    throw badRequest('"initialNamespaces" can only specify a single space when used with space-isolated types');
}

/** An enabled legacy URL alias for `type:id` in one of the spaces would make the new object unreachable there. */
function aliasConflict(store: SimulatorStore, type: string, id: string, namespaces: string[]): boolean {
  const enabled = (alias: StoredObject | undefined) => !!alias && alias.attributes.disabled !== true;
  if (namespaces.includes('*')) {
    for (const o of store.all())
      if (o.type === LEGACY_URL_ALIAS_TYPE && o.attributes.targetType === type && o.attributes.sourceId === id && enabled(o)) return true;
    return false;
  }
  return namespaces.some((ns) => enabled(store.get(LEGACY_URL_ALIAS_TYPE, aliasId(ns, type, id))));
}

function existsInAny(store: SimulatorStore, o: StoredObject, namespaces: string[]): boolean {
  return namespaces.includes('*') || o.namespaces.includes('*') || namespaces.some((ns) => store.existsIn(o, ns));
}

type Planned = { error: KibanaErrorBody & { metadata?: Record<string, unknown> } } | { write: Omit<StoredObject, 'version'>; expected?: [number, number] };

/**
 * One object of a create: where it goes, and whether Kibana lets it be written. Multi-namespace objects with a
 * caller-chosen id are checked first (preflight): an existing object may only be overwritten from a space it
 * is in, and a new one may not take an id an alias already claims.
 */
function planCreate(store: SimulatorStore, space: string, request: CreateObjectRequest, overwrite: boolean, time: string): Planned {
  const { registry } = store;
  const { type } = request;
  if (!registry.isVisible(type)) return { error: unsupportedType(type).body };
  const id = request.id || store.ids();
  try {
    validateInitialNamespaces(store, type, request.initialNamespaces);
  } catch (error) {
    if (error instanceof KibanaHttpError) return { error: error.body };
    throw error;
  }
  // Decoded whether or not it is used: a malformed version fails the whole request (400).
  const decoded = request.version !== undefined ? decodeVersion(request.version) : undefined;
  const expected = overwrite ? decoded : undefined;
  let namespaces: string[];
  let existing: StoredObject | undefined;
  if (registry.isMultiNamespace(type)) {
    const target = request.initialNamespaces ?? [space];
    existing = request.id ? store.get(type, id) : undefined;
    if (existing && (!overwrite || !existsInAny(store, existing, target)))
      return { error: { ...conflict(type, id).body, ...(overwrite ? { metadata: { isNotOverwritable: true } } : {}) } };
    if (!existing && request.id && aliasConflict(store, type, id, target)) return { error: conflict(type, id).body };
    namespaces = request.initialNamespaces ?? (existing ? [...existing.namespaces] : [space]);
  } else {
    const namespace = request.initialNamespaces?.[0] ?? space;
    namespaces = registry.isAgnostic(type) ? [] : [namespace];
    existing = store.get(type, id, namespace);
    if (existing && !overwrite) return { error: conflict(type, id).body };
  }
  return {
    expected,
    write: {
      type,
      id,
      namespaces,
      ...(existing?.originId ? { originId: existing.originId } : {}),
      attributes: request.attributes,
      references: request.references ?? [],
      updated_at: time,
      created_at: time,
      managed: false,
    },
  };
}

function sameVersion(stored: string, expected: [number, number]): boolean {
  const [seq, term] = decodeVersion(stored);
  return seq === expected[0] && term === expected[1];
}

/** Elasticsearch's part: `create` fails on an existing document, `index` with a stale version fails too. */
function write(store: SimulatorStore, space: string, plan: Exclude<Planned, { error: unknown }>): StoredObject | KibanaErrorBody {
  const { type, id, namespaces } = plan.write;
  const live = store.get(type, id, namespaces[0] ?? space);
  if (plan.expected && (!live || !sameVersion(live.version, plan.expected))) return conflict(type, id).body;
  return store.put(plan.write);
}

/** `POST /api/saved_objects/{type}/{id?}`: throws Kibana's error. */
export function createObject(store: SimulatorStore, space: string, request: CreateObjectRequest, overwrite: boolean): SavedObject {
  const plan = planCreate(store, space, request, overwrite, store.now().toISOString());
  if ('error' in plan) throw new KibanaHttpError(plan.error.statusCode, plan.error.message);
  const written = write(store, space, plan);
  if (!('version' in written)) throw new KibanaHttpError(written.statusCode, written.message);
  return toSavedObject(store, written);
}

/** `POST /api/saved_objects/_bulk_create`: per-object errors, in request order. A malformed version fails it all. */
export function bulkCreateObjects(store: SimulatorStore, space: string, requests: CreateObjectRequest[], overwrite: boolean) {
  const time = store.now().toISOString();
  const plans = requests.map((request) => ({ request, plan: planCreate(store, space, request, overwrite, time) }));
  return {
    saved_objects: plans.map(({ request, plan }): SavedObject | (Omit<SavedObjectErrorItem, 'id'> & { id?: string }) => {
      if ('error' in plan) return { ...(request.id !== undefined ? { id: request.id } : {}), type: request.type, error: plan.error };
      const written = write(store, space, plan);
      if (!('version' in written)) return { id: plan.write.id, type: request.type, error: written };
      return toSavedObject(store, written);
    }),
  };
}

export interface UpdateObjectRequest {
  attributes: Record<string, unknown>;
  version?: string;
  references?: SavedObjectReference[];
  upsert?: Record<string, unknown>;
}

/** `PUT /api/saved_objects/{type}/{id}`: deep-merge like bulk update, or create from `upsert` when missing. */
export function updateObject(store: SimulatorStore, space: string, type: string, id: string, request: UpdateObjectRequest): SavedObject {
  const { registry } = store;
  if (!registry.isVisible(type)) throw notFound(type, id);
  const expected = request.version !== undefined ? decodeVersion(request.version) : undefined;
  const time = store.now().toISOString();
  const stored = store.get(type, id, space);
  if (stored && registry.isMultiNamespace(type) && !store.existsIn(stored, space)) throw notFound(type, id);
  const responseNamespaces = (o: StoredObject) => (registry.isAgnostic(type) ? [] : registry.isSingleNamespace(type) ? [space] : [...o.namespaces]);

  if (!stored) {
    if (!request.upsert) throw notFound(type, id);
    if (registry.isMultiNamespace(type) && aliasConflict(store, type, id, [space])) throw conflict(type, id);
    const created = store.put({
      type,
      id,
      namespaces: registry.isAgnostic(type) ? [] : [space],
      attributes: request.upsert,
      references: request.references ?? [],
      updated_at: time,
      created_at: time,
      managed: false,
    });
    return {
      id,
      type,
      created_at: time,
      updated_at: time,
      version: created.version,
      namespaces: responseNamespaces(created),
      ...(request.references ? { references: request.references } : {}),
      attributes: request.upsert,
    } as SavedObject;
  }

  if (expected && !sameVersion(stored.version, expected)) throw conflict(type, id);
  const { updated_by: _noUserProfile, version: _old, ...kept } = stored;
  const written = store.put({
    ...kept,
    attributes: mergeForUpdate(stored.attributes, request.attributes),
    references: request.references ?? stored.references,
    updated_at: time,
  });
  return {
    id,
    type,
    updated_at: time,
    version: written.version,
    namespaces: responseNamespaces(written),
    ...(written.originId ? { originId: written.originId } : {}),
    ...(request.references ? { references: request.references } : {}),
    attributes: request.attributes,
  } as SavedObject;
}

export type BulkDeleteStatus = { success: true; id: string; type: string } | { success: false; id: string; type: string; error: KibanaErrorBody };

/**
 * `POST /api/saved_objects/_bulk_delete`: each object as a single delete would treat it (the `force` rule for
 * objects in several spaces, aliases removed with it), except that an unknown or hidden type is a 400.
 */
export function bulkDeleteObjects(store: SimulatorStore, space: string, objects: { type: string; id: string }[], force: boolean) {
  return {
    statuses: objects.map(({ type, id }): BulkDeleteStatus => {
      if (!store.registry.isVisible(type)) return { success: false, id, type, error: unsupportedType(type).body };
      try {
        deleteObject(store, space, type, id, force);
        return { success: true, id, type };
      } catch (error) {
        if (error instanceof KibanaHttpError) return { success: false, id, type, error: error.body };
        throw error;
      }
    }),
  };
}
