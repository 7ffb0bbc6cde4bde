// Kibana's attribute merge for updates (kibana-api.md §6.2 step 6; Kibana's `mergeForUpdate`): a non-empty
// plain object recurses key by key; any other value (string, number, boolean, null, array, empty object) is
// written at its path the way lodash `set` writes it — a missing or non-object parent on the way becomes `{}`,
// or `[]` when the next key is an array index. Keys not mentioned are kept. The simulator has no `flattened`
// mappings, so no field is exempt from recursion.
//
// Copy-on-write: neither input is mutated, and untouched branches are shared, because stored objects are
// immutable snapshots (find caches them).

const INDEX = /^(?:0|[1-9]\d*)$/;
/** Kibana uses a prototype-safe `set`; such paths never reach the document. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function recurses(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && Object.keys(value).length > 0;
}

function mergeInto(container: object, update: Record<string, unknown>): object {
  const copy: Record<string, unknown> = Array.isArray(container) ? (Object.assign([], container) as never) : { ...container };
  for (const [key, value] of Object.entries(update)) {
    if (value === undefined || UNSAFE_KEYS.has(key)) continue;
    if (recurses(value)) {
      const existing = copy[key];
      const firstKey = Object.keys(value)[0];
      const base = typeof existing === 'object' && existing !== null ? existing : INDEX.test(firstKey) ? [] : {};
      copy[key] = mergeInto(base, value);
    } else {
      copy[key] = value;
    }
  }
  return copy;
}

/** The stored attributes after an update that sent `update` (§6.2 step 6). */
export function mergeForUpdate(target: Record<string, unknown>, update: unknown): Record<string, unknown> {
  return recurses(update) ? (mergeInto(target, update) as Record<string, unknown>) : target;
}
