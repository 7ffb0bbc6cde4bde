// Dot paths into attributes (`kibanaSavedObjectMeta.searchSourceJSON.query.query`). A segment that reaches a
// string holding JSON enters it: the text is parsed, edited and written back as JSON text, so
// `searchSourceJSON.index` means "the `index` key inside the JSON stored in searchSourceJSON".
import { isPlainObject, parseJsonText, type JsonObject } from './json-value';

export class PathError extends Error {
  override name = 'PathError';
}

/** `a.b.c` → ['a','b','c']; empty segments are refused. */
export function parsePath(path: string): string[] {
  const segments = path.trim().split('.');
  if (segments.some((segment) => segment.trim() === '')) throw new PathError(`"${path}" is not a field path: use names separated by dots, e.g. kibanaSavedObjectMeta.searchSourceJSON`);
  return segments.map((segment) => segment.trim());
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** The value at a path (entering JSON text), or undefined when a step is missing. */
export function getAtPath(root: unknown, segments: readonly string[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (typeof current === 'string') current = parseJsonText(current);
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
    else if (isPlainObject(current) && Object.hasOwn(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
}

type Updater = (current: unknown, exists: boolean) => { value: unknown } | { remove: true } | null;

/**
 * Returns a copy of `root` with the value at `segments` replaced by what `update` says (null = leave as is).
 * Missing objects on the way are created when setting; a string on the way must hold JSON.
 */
export function updateAtPath(root: JsonObject, segments: readonly string[], update: Updater, path = segments.join('.')): JsonObject {
  return step(root, segments, update, path, []) as JsonObject;
}

function step(node: unknown, segments: readonly string[], update: Updater, path: string, walked: string[]): unknown {
  const [segment, ...rest] = segments;
  if (FORBIDDEN.has(segment)) throw new PathError(`"${segment}" cannot be used as a field name`);
  if (typeof node === 'string') {
    const parsed = parseJsonText(node);
    if (parsed === undefined) throw new PathError(`${walked.join('.')} holds text that is not JSON, so ${path} cannot be reached inside it`);
    const next = step(parsed, segments, update, path, walked);
    return next === parsed ? node : JSON.stringify(next);
  }
  if (Array.isArray(node) && /^\d+$/.test(segment)) {
    const index = Number(segment);
    const child = node[index];
    const result = rest.length ? step(child, rest, update, path, [...walked, segment]) : leaf(child, index < node.length, update);
    if (result === child) return node;
    const copy = [...node];
    if (result === REMOVE) copy.splice(index, 1);
    else copy[index] = result;
    return copy;
  }
  if (node !== undefined && !isPlainObject(node)) {
    throw new PathError(`${walked.join('.')} is ${Array.isArray(node) ? 'a list' : `a ${node === null ? 'null' : typeof node}`}, so ${path} cannot be reached inside it`);
  }
  const object = node ?? {};
  const exists = Object.hasOwn(object, segment);
  const child = exists ? object[segment] : undefined;
  let result: unknown;
  if (rest.length) {
    // Nothing to remove below a missing field: leave the object as it is.
    if (!exists && update(undefined, false) === null) return node;
    result = step(child, rest, update, path, [...walked, segment]);
  } else result = leaf(child, exists, update);
  if (result === child && exists) return node;
  if (result === REMOVE) {
    if (!exists) return node;
    const copy = { ...object };
    delete copy[segment];
    return copy;
  }
  if (result === undefined) return node;
  return { ...object, [segment]: result };
}

const REMOVE = Symbol('remove');

function leaf(current: unknown, exists: boolean, update: Updater): unknown {
  const outcome = update(current, exists);
  if (outcome === null) return current;
  return 'remove' in outcome ? REMOVE : outcome.value;
}
