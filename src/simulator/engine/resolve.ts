// Resolve through legacy URL aliases (kibana-api.md §5.2–5.4) and disabling aliases (§5.1).
import type { BulkResolveResponse, KibanaErrorBody, LegacyUrlAliasAttributes, ResolvedObject } from '../../contract/kibana';
import type { SimulatorStore, StoredObject } from '../state/store';
import { KibanaHttpError, notFound, unsupportedType } from './errors';
import { mergeForUpdate } from './merge';
import { toSavedObject } from './serialize';

export const LEGACY_URL_ALIAS_TYPE = 'legacy-url-alias';

export interface ObjectRef {
  type: string;
  id: string;
}

type ResolveOutcome = ResolvedObject | { type: string; id: string; error: KibanaErrorBody };

export function aliasId(space: string, type: string, sourceId: string): string {
  return `${space}:${type}:${sourceId}`;
}

/**
 * Kibana bumps the alias before reading anything (one scripted bulk update): an enabled alias gets
 * `resolveCounter` + 1 (from 1), `lastResolved` and `updated_at` = now — whether or not its target exists.
 * A disabled alias is left alone and ignored.
 */
function touchAlias(store: SimulatorStore, space: string, { type, id }: ObjectRef): LegacyUrlAliasAttributes | undefined {
  const alias = store.get(LEGACY_URL_ALIAS_TYPE, aliasId(space, type, id));
  if (!alias) return undefined;
  const attributes = alias.attributes as unknown as LegacyUrlAliasAttributes;
  if (attributes.disabled === true) return undefined;
  const now = store.now().toISOString();
  const counter = typeof attributes.resolveCounter === 'number' ? attributes.resolveCounter + 1 : 1;
  const touched = store.put({ ...alias, attributes: { ...alias.attributes, resolveCounter: counter, lastResolved: now }, updated_at: now });
  return touched.attributes as unknown as LegacyUrlAliasAttributes;
}

function lookup(store: SimulatorStore, space: string, type: string, id: string): StoredObject | undefined {
  return store.getIn(type, id, space);
}

/** The §5.2 algorithm; errors stay unwrapped (`{type, id, error}`), in request order. */
export function resolveObjects(store: SimulatorStore, space: string, objects: ObjectRef[]): ResolveOutcome[] {
  if (objects.length === 0) return [];
  const allowed = objects.map((o) => store.registry.isVisible(o.type));
  const aliases = objects.map((o, i) => (allowed[i] ? touchAlias(store, space, o) : undefined));
  return objects.map(({ type, id }, i): ResolveOutcome => {
    if (!allowed[i]) return { type, id, error: unsupportedType(type).body };
    const alias = aliases[i];
    const exact = lookup(store, space, type, id);
    const aliasTarget = alias ? lookup(store, space, type, alias.targetId) : undefined;
    const aliasInfo = alias ? { alias_target_id: alias.targetId, ...(alias.purpose ? { alias_purpose: alias.purpose } : {}) } : {};
    if (exact && aliasTarget) return { saved_object: toSavedObject(store, exact), outcome: 'conflict', ...aliasInfo };
    if (exact) return { saved_object: toSavedObject(store, exact), outcome: 'exactMatch' };
    if (aliasTarget) return { saved_object: toSavedObject(store, aliasTarget), outcome: 'aliasMatch', ...aliasInfo };
    return { type, id, error: notFound(type, id).body };
  });
}

/** `POST /api/saved_objects/_bulk_resolve`: per-object errors wrapped with outcome `exactMatch` (§5.3). */
export function bulkResolve(store: SimulatorStore, space: string, objects: ObjectRef[]): BulkResolveResponse {
  return {
    resolved_objects: resolveObjects(store, space, objects).map((r) =>
      'error' in r ? { saved_object: { type: r.type, id: r.id, error: r.error }, outcome: 'exactMatch' as const } : r,
    ),
  };
}

/** `GET /api/saved_objects/resolve/{type}/{id}`: the per-object error becomes the HTTP error (§5.4). */
export function resolveOne(store: SimulatorStore, space: string, type: string, id: string): ResolvedObject {
  const [result] = resolveObjects(store, space, [{ type, id }]);
  if ('error' in result) throw new KibanaHttpError(result.error.statusCode, result.error.message);
  return result;
}

export interface AliasTarget {
  targetSpace: string;
  targetType: string;
  sourceId: string;
}

/**
 * `POST /api/spaces/_disable_legacy_url_aliases` (§5.1): Kibana bulk-updates each alias id with
 * `{disabled: true}` and ignores the per-object results, so an alias that does not exist is no error.
 */
export function disableLegacyUrlAliases(store: SimulatorStore, aliases: AliasTarget[]): void {
  const now = store.now().toISOString();
  for (const { targetSpace, targetType, sourceId } of aliases) {
    const alias = store.get(LEGACY_URL_ALIAS_TYPE, aliasId(targetSpace, targetType, sourceId));
    if (!alias) continue;
    const { updated_by: _dropped, ...rest } = alias;
    store.put({ ...rest, attributes: mergeForUpdate(alias.attributes, { disabled: true }), updated_at: now });
  }
}
