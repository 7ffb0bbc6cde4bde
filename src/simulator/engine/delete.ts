// `DELETE /api/saved_objects/{type}/{id}` (kibana-api.md §9).
import type { SimulatorStore } from '../state/store';
import { badRequest, notFound } from './errors';
import { LEGACY_URL_ALIAS_TYPE } from './resolve';

/**
 * Deletes one object as seen from `namespace`; throws Kibana's error otherwise. Deleting a multi-namespace
 * object also deletes the legacy URL aliases that point at it (`targetType`/`targetId`) in the spaces it
 * lived in — every space when it was in `*` — disabled aliases included.
 */
export function deleteObject(store: SimulatorStore, namespace: string, type: string, id: string, force = false): Record<string, never> {
  const { registry } = store;
  if (!registry.isVisible(type)) throw notFound(type, id);
  const stored = store.get(type, id, namespace);
  if (!stored) throw notFound(type, id);
  if (registry.isMultiNamespace(type)) {
    if (!store.existsIn(stored, namespace)) throw notFound(type, id);
    if (!force && (stored.namespaces.length > 1 || stored.namespaces.includes('*')))
      throw badRequest('Unable to delete saved object that exists in multiple namespaces, use the `force` option to delete it anyway');
  }
  store.remove(stored);
  if (registry.isMultiNamespace(type)) deleteAliasesTo(store, type, id, stored.namespaces);
  return {};
}

function deleteAliasesTo(store: SimulatorStore, type: string, id: string, namespaces: string[]): void {
  const everywhere = namespaces.includes('*');
  const doomed = [];
  for (const o of store.all()) {
    if (o.type !== LEGACY_URL_ALIAS_TYPE) continue;
    const { targetType, targetId, targetNamespace } = o.attributes;
    if (targetType === type && targetId === id && (everywhere || namespaces.includes(String(targetNamespace)))) doomed.push(o);
  }
  for (const alias of doomed) store.remove(alias);
}
