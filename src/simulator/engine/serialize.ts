// How stored objects look on the wire (kibana-api.md §0.1): the get/bulk_get/resolve shape and the
// slightly different find shape.
import type { SavedObject } from '../../contract/kibana';
import type { SimulatorStore, StoredObject } from '../state/store';

function pickAttributes(attributes: Record<string, unknown>, fields?: string[]): Record<string, unknown> {
  if (!fields?.length) return attributes;
  const picked: Record<string, unknown> = {};
  for (const f of fields) {
    const top = f.split('.')[0];
    if (top in attributes) picked[top] = attributes[top];
  }
  return picked;
}

/** get / bulk_get / resolve shape. */
export function toSavedObject(store: SimulatorStore, o: StoredObject, fields?: string[]): SavedObject {
  return {
    id: o.id,
    type: o.type,
    namespaces: store.registry.isAgnostic(o.type) ? [] : [...o.namespaces],
    ...(o.originId ? { originId: o.originId } : {}),
    updated_at: o.updated_at,
    ...(o.created_at ? { created_at: o.created_at } : {}),
    ...(o.created_by ? { created_by: o.created_by } : {}),
    ...(o.updated_by ? { updated_by: o.updated_by } : {}),
    version: o.version,
    attributes: pickAttributes(o.attributes, fields),
    references: o.references,
    managed: o.managed,
    coreMigrationVersion: '8.8.0',
  };
}

/** find shape: agnostic types carry no `namespaces` key. */
export function toFoundObject(store: SimulatorStore, o: StoredObject, score: number | null, fields?: string[]) {
  const shaped: SavedObject & { score: number | null } = { ...toSavedObject(store, o, fields), score };
  if (store.registry.isAgnostic(o.type)) delete shaped.namespaces;
  return shaped;
}
