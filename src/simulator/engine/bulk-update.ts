// `PUT /api/saved_objects/_bulk_update` (kibana-api.md §6). Like Kibana: every object is read first
// (one multi-get), the merged documents are computed from those reads, then written in request order with
// an optimistic-concurrency check against the live document — so a malformed version fails the whole
// request before anything is written, and a stale version fails only its own object.
import type { BulkUpdateObject, BulkUpdateResponse, SavedObject, SavedObjectErrorItem } from '../../contract/kibana';
import type { SimulatorStore, StoredObject } from '../state/store';
import { badRequest, conflict, notFound } from './errors';
import { mergeForUpdate } from './merge';
import { decodeVersion } from './versions';

type Planned =
  | { kind: 'error'; item: SavedObjectErrorItem }
  | { kind: 'write'; request: BulkUpdateObject; expected?: [number, number]; namespace: string; responseNamespaces: string[] | undefined; next: Omit<StoredObject, 'version'> };

function sameVersion(stored: string, expected: [number, number]): boolean {
  const [seq, term] = decodeVersion(stored);
  return seq === expected[0] && term === expected[1];
}

export function bulkUpdate(store: SimulatorStore, space: string, objects: BulkUpdateObject[]): BulkUpdateResponse {
  const { registry } = store;
  const now = store.now().toISOString();

  // 1. Requests Kibana refuses without reading anything.
  const checked = objects.map((request): Planned | BulkUpdateObject => {
    const { type, id } = request;
    if (!registry.isVisible(type)) return { kind: 'error', item: { id, type, error: notFound(type, id).body } };
    if (request.namespace === '*') return { kind: 'error', item: { id, type, error: badRequest('"namespace" cannot be "*"').body } };
    return request;
  });

  // 2. Read and plan. A malformed version throws Kibana's whole-request 400 here, before any write.
  const planned = checked.map((entry): Planned => {
    if ('kind' in entry) return entry;
    const request = entry;
    const { type, id } = request;
    const expected = request.version !== undefined ? decodeVersion(request.version) : undefined;
    const namespace = request.namespace ?? space;
    const stored = store.get(type, id, namespace);
    if (!stored || (registry.isMultiNamespace(type) && !store.existsIn(stored, namespace)))
      return { kind: 'error', item: { id, type, error: notFound(type, id).body } };
    // §6.3: multi-namespace → the stored namespaces; single-namespace → the target namespace as a string
    // (`namespaceIdToString`, so `["default"]` in the default space); agnostic → no `namespaces` key.
    let responseNamespaces: string[] | undefined;
    if (registry.isMultiNamespace(type)) responseNamespaces = [...stored.namespaces];
    else if (registry.isSingleNamespace(type)) responseNamespaces = [namespace];
    const { updated_by: _noUserProfile, version: _old, ...kept } = stored;
    const next: Omit<StoredObject, 'version'> = {
      ...kept,
      attributes: mergeForUpdate(stored.attributes, request.attributes),
      references: request.references ?? stored.references,
      updated_at: now,
    };
    return { kind: 'write', request, expected, namespace, responseNamespaces, next };
  });

  // 3. Write in order; Elasticsearch checks `if_seq_no`/`if_primary_term` against the live document.
  return {
    saved_objects: planned.map((p): SavedObject | SavedObjectErrorItem => {
      if (p.kind === 'error') return p.item;
      const { request, expected, namespace, responseNamespaces, next } = p;
      const { type, id } = request;
      const live = store.get(type, id, namespace);
      if (!live) return { id, type, error: notFound(type, id).body };
      if (expected && !sameVersion(live.version, expected)) return { id, type, error: conflict(type, id).body };
      const written = store.put(next);
      return {
        id,
        type,
        ...(responseNamespaces ? { namespaces: responseNamespaces } : {}),
        ...(written.originId ? { originId: written.originId } : {}),
        updated_at: now,
        version: written.version,
        attributes: request.attributes,
        ...(request.references ? { references: request.references } : {}),
      } as SavedObject;
    }),
  };
}
