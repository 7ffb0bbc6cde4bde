// Origin matching for multi-namespace types (kibana-api.md §3.3 steps 2 and 4b): objects that share an
// origin are "the same" object across spaces. Read from IMP/lib/check_reference_origins.ts,
// IMP/lib/check_origin_conflicts.ts and IMP/lib/utils.ts (createOriginQuery).
import type { SimulatorStore, StoredObject } from '../state/store';
import {
  failure,
  objectKey,
  parseObjectKey,
  type ImportFailure,
  type ImportObject,
  type ImportRetry,
  type ImportStateMap,
} from './import-checks';

/**
 * Kibana's origin search: objects of `type` in the destination whose raw id is `type:<x>` or whose
 * `originId` is `<x>`, newest `updated_at` first. Returns the total and the first `perPage` hits.
 */
function findOriginMatches(store: SimulatorStore, namespace: string, type: string, x: string, perPage: number) {
  const hits: StoredObject[] = [];
  for (const o of store.all()) {
    if (o.type === type && (o.id === x || o.originId === x) && store.existsIn(o, namespace)) hits.push(o);
  }
  hits.sort((a, b) => (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : 0));
  return { total: hits.length, hits: hits.slice(0, perPage) };
}

function isSearchableMultiNamespace(store: SimulatorStore, type: string): boolean {
  return !!store.registry.get(type) && store.registry.isVisible(type) && store.registry.isMultiNamespace(type);
}

/** Step 2: a reference (not imported itself) whose only origin match has another id is rewritten to that id. */
export function checkReferenceOrigins(store: SimulatorStore, namespace: string, stateMap: ImportStateMap): ImportStateMap {
  const result: ImportStateMap = new Map();
  for (const [k, { isOnlyReference }] of stateMap) {
    if (!isOnlyReference) continue;
    const { type, id } = parseObjectKey(k);
    if (!isSearchableMultiNamespace(store, type)) continue;
    const { total, hits } = findOriginMatches(store, namespace, type, id, 1);
    if (total === 1 && hits[0].id !== id) result.set(k, { isOnlyReference: true, destinationId: hits[0].id });
  }
  return result;
}

interface Destination {
  id: string;
  title?: string;
  updatedAt?: string;
}

/** Newest first, then id ascending (Kibana sorts so its integration tests are stable). */
function toDestinations(objects: StoredObject[]): Destination[] {
  return objects
    .map((o) => ({ id: o.id, title: typeof o.attributes.title === 'string' ? o.attributes.title : undefined, updatedAt: o.updated_at }))
    .sort((a, b) => {
      const au = a.updatedAt ?? '';
      const bu = b.updatedAt ?? '';
      if (au !== bu) return au < bu ? 1 : -1;
      return a.id < b.id ? -1 : 1;
    });
}

export interface CheckOriginConflictsOptions {
  stateMap: ImportStateMap;
  pendingOverwrites: Set<string>;
  ignoreRegularConflicts?: boolean;
  retries?: ImportRetry[];
}

/**
 * Step 4b, origins: one import object matching one destination → conflict with `destinationId` (or an
 * overwrite of it); several import objects sharing an origin → silently regenerated; one object with
 * several matches → `ambiguous_conflict`.
 */
export function checkOriginConflicts(store: SimulatorStore, namespace: string, objects: ImportObject[], opts: CheckOriginConflictsOptions) {
  const beingImported = new Set([...opts.stateMap].filter(([, v]) => !v.isOnlyReference).map(([k]) => k));
  const retries = opts.retries ?? [];
  const retryMap = new Map(retries.map((r) => [objectKey(r), r]));
  const retryDestinations = new Set(retries.filter((r) => r.destinationId).map((r) => `${r.type}:${r.destinationId}`));

  const inexact: { object: ImportObject; destinations: Destination[] }[] = [];
  for (const object of objects) {
    const k = objectKey(object);
    if (!store.registry.isMultiNamespace(object.type) || opts.pendingOverwrites.has(k) || retryMap.get(k)?.destinationId) continue;
    const { total, hits } = findOriginMatches(store, namespace, object.type, object.originId || object.id, 10);
    if (total === 0) continue;
    const destinations = toDestinations(hits.filter((h) => !beingImported.has(objectKey(h)) && !retryDestinations.has(objectKey(h))));
    if (destinations.length) inexact.push({ object, destinations });
  }

  const sourceKey = (o: ImportObject) => `${o.type}:${o.originId || o.id}`;
  const sources = new Map<string, number>();
  for (const { object } of inexact) sources.set(sourceKey(object), (sources.get(sourceKey(object)) ?? 0) + 1);

  const errors: ImportFailure[] = [];
  const stateMap: ImportStateMap = new Map();
  const pendingOverwrites = new Set<string>();
  for (const { object, destinations } of inexact) {
    const k = objectKey(object);
    const sourceCount = sources.get(sourceKey(object)) ?? 0;
    if (sourceCount === 1 && destinations.length === 1) {
      if (opts.ignoreRegularConflicts || retryMap.get(k)?.overwrite) {
        stateMap.set(k, { destinationId: destinations[0].id });
        pendingOverwrites.add(k);
      } else errors.push(failure(object, { type: 'conflict', destinationId: destinations[0].id }));
    } else if (sourceCount > 1) {
      // Ambiguous source: not an error; created as a new copy, as with createNewCopies.
      stateMap.set(k, { destinationId: store.ids(), omitOriginId: true });
    } else errors.push(failure(object, { type: 'ambiguous_conflict', destinations }));
  }
  return { errors, stateMap, pendingOverwrites };
}
