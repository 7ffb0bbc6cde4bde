// `POST /api/saved_objects/_bulk_get` (kibana-api.md §8).
import type { BulkGetResponse } from '../../contract/kibana';
import type { SimulatorStore } from '../state/store';
import { badRequest, notFound, unsupportedType } from './errors';
import { toSavedObject } from './serialize';

export interface BulkGetRequestItem {
  type: string;
  id: string;
  fields?: string[];
  namespaces?: string[];
}

export function bulkGet(store: SimulatorStore, space: string, items: BulkGetRequestItem[]): BulkGetResponse {
  const { registry } = store;
  return {
    saved_objects: items.map(({ type, id, fields, namespaces }) => {
      if (!registry.isVisible(type)) return { id, type, error: unsupportedType(type).body };
      if (namespaces) {
        if (registry.isAgnostic(type))
          return { id, type, error: badRequest('"namespaces" cannot be used on space-agnostic types').body };
        if (namespaces.length === 0) return { id, type, error: notFound(type, id).body };
        if (!registry.isShareable(type) && (namespaces.length > 1 || namespaces.includes('*')))
          return {
            id,
            type,
            error: badRequest('"namespaces" can only specify a single space when used with space-isolated types').body,
          };
      }
      const spaces = namespaces ?? [space];
      const lookupSpace = spaces[0];
      const stored = store.get(type, id, lookupSpace === '*' ? 'default' : lookupSpace);
      const visible =
        stored &&
        (registry.isAgnostic(type) ||
          (spaces.includes('*') ? stored.namespaces.length > 0 : spaces.some((ns) => store.existsIn(stored, ns))));
      if (!stored || !visible) return { id, type, error: notFound(type, id).body };
      return toSavedObject(store, stored, fields);
    }),
  };
}
