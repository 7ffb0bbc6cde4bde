// The edits an admin can combine, and what each does to one object's attributes and references.
// Pure: the same edits on the same object always give the same result, so the preview is what gets written.
import type { SavedObjectReference } from '../../../contract/kibana';
import { isPlainObject, parseJsonText, type JsonObject } from './json-value';
import { getAtPath, parsePath, PathError, updateAtPath } from './paths';

export type ValueType = 'string' | 'number' | 'boolean' | 'null' | 'json';

export type Edit =
  | { kind: 'set'; path: string; valueType: ValueType; text: string }
  | { kind: 'replace'; find: string; replaceWith: string; regex: boolean; caseSensitive: boolean; /** undefined = every string field */ path?: string }
  | { kind: 'remove'; path: string }
  | { kind: 'repoint'; from: { type: string; id: string }; to: { type: string; id: string }; /** only references with this name */ name?: string }
  | { kind: 'tags'; add: string[]; remove: string[] };

export interface ObjectContent {
  attributes: JsonObject;
  references: SavedObjectReference[];
}

/** Raised when one object cannot take an edit; the object is refused with this reason. */
export class EditError extends Error {
  override name = 'EditError';
}

/** The typed value of a `set` edit, or a message saying why the text is not one. */
export function parseTypedValue(valueType: ValueType, text: string): { value: unknown } | { error: string } {
  switch (valueType) {
    case 'string':
      return { value: text };
    case 'number': {
      const value = Number(text.trim());
      return text.trim() !== '' && Number.isFinite(value) ? { value } : { error: `"${text}" is not a number` };
    }
    case 'boolean':
      return text.trim() === 'true' ? { value: true } : text.trim() === 'false' ? { value: false } : { error: 'Enter true or false' };
    case 'null':
      return { value: null };
    case 'json':
      try {
        return { value: JSON.parse(text) as unknown };
      } catch (error) {
        return { error: `Not valid JSON: ${(error as Error).message}` };
      }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern of a find-and-replace edit, or a message saying why it is not one. */
export function findPattern(edit: Extract<Edit, { kind: 'replace' }>): RegExp | { error: string } {
  if (edit.find === '') return { error: 'Enter the text to find' };
  try {
    return new RegExp(edit.regex ? edit.find : escapeRegExp(edit.find), edit.caseSensitive ? 'g' : 'gi');
  } catch (error) {
    return { error: `Not a valid regular expression: ${(error as Error).message}` };
  }
}

/** Problems with the edit itself (same for every object); empty when it can be previewed. */
export function validateEdit(edit: Edit): string[] {
  const problems: string[] = [];
  const checkPath = (path: string | undefined) => {
    if (path === undefined) return;
    try {
      parsePath(path);
    } catch (error) {
      problems.push((error as Error).message);
    }
  };
  switch (edit.kind) {
    case 'set': {
      checkPath(edit.path);
      const parsed = parseTypedValue(edit.valueType, edit.text);
      if ('error' in parsed) problems.push(parsed.error);
      break;
    }
    case 'replace': {
      checkPath(edit.path);
      const pattern = findPattern(edit);
      if ('error' in pattern) problems.push(pattern.error);
      break;
    }
    case 'remove':
      checkPath(edit.path);
      break;
    case 'repoint':
      if (!edit.from.id) problems.push('Pick the object the references point to now');
      if (!edit.to.id) problems.push('Pick the object they should point to');
      if (edit.from.id && edit.from.type === edit.to.type && edit.from.id === edit.to.id) problems.push('The new target is the current one');
      break;
    case 'tags':
      if (!edit.add.length && !edit.remove.length) problems.push('Pick tags to add or remove');
      break;
  }
  return problems;
}

/** Replaces in every string, entering strings that hold JSON (values only, keys untouched). */
function replaceInValue(value: unknown, pattern: RegExp, replaceWith: string): unknown {
  if (typeof value === 'string') {
    const parsed = parseJsonText(value);
    if (parsed !== undefined) {
      const next = replaceInValue(parsed, pattern, replaceWith);
      return next === parsed ? value : JSON.stringify(next);
    }
    pattern.lastIndex = 0;
    const next = value.replace(pattern, replaceWith);
    return next === value ? value : next;
  }
  if (Array.isArray(value)) {
    const next = value.map((item) => replaceInValue(item, pattern, replaceWith));
    return next.some((item, i) => item !== value[i]) ? next : value;
  }
  if (isPlainObject(value)) {
    let changed = false;
    const next: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      next[key] = replaceInValue(item, pattern, replaceWith);
      if (next[key] !== item) changed = true;
    }
    return changed ? next : value;
  }
  return value;
}

export const tagReferenceName = (tagId: string) => `tag-ref-${tagId}`;

function applyOne(content: ObjectContent, edit: Edit): ObjectContent {
  const { attributes, references } = content;
  switch (edit.kind) {
    case 'set': {
      const parsed = parseTypedValue(edit.valueType, edit.text);
      if ('error' in parsed) throw new EditError(parsed.error);
      const value = parsed.value;
      return { references, attributes: updateAtPath(attributes, parsePath(edit.path), () => ({ value })) };
    }
    case 'remove':
      return { references, attributes: updateAtPath(attributes, parsePath(edit.path), (_current, exists) => (exists ? { remove: true } : null)) };
    case 'replace': {
      const pattern = findPattern(edit);
      if ('error' in pattern) throw new EditError(pattern.error);
      if (edit.path === undefined) return { references, attributes: replaceInValue(attributes, pattern, edit.replaceWith) as JsonObject };
      const segments = parsePath(edit.path);
      const current = getAtPath(attributes, segments);
      if (current === undefined) return content;
      if (typeof current !== 'string' && !isPlainObject(current) && !Array.isArray(current)) return content;
      const next = replaceInValue(current, pattern, edit.replaceWith);
      return next === current ? content : { references, attributes: updateAtPath(attributes, segments, () => ({ value: next })) };
    }
    case 'repoint': {
      const matches = (ref: SavedObjectReference) =>
        ref.type === edit.from.type && ref.id === edit.from.id && (edit.name === undefined || edit.name === '' || ref.name === edit.name);
      if (!references.some(matches)) return content;
      return { attributes, references: references.map((ref) => (matches(ref) ? { ...ref, type: edit.to.type, id: edit.to.id } : ref)) };
    }
    case 'tags': {
      const removed = new Set(edit.remove);
      let next = references.filter((ref) => !(ref.type === 'tag' && removed.has(ref.id)));
      for (const tagId of edit.add) {
        if (!next.some((ref) => ref.type === 'tag' && ref.id === tagId)) next = [...next, { type: 'tag', id: tagId, name: tagReferenceName(tagId) }];
      }
      return next.length === references.length && next.every((ref, i) => ref === references[i]) ? content : { attributes, references: next };
    }
  }
}

/** Applies the edits in order. Throws EditError (with the reason) when this object cannot take one of them. */
export function applyEdits(content: ObjectContent, edits: readonly Edit[]): ObjectContent {
  let current = content;
  for (const edit of edits) {
    try {
      const next = applyOne(current, edit);
      // Same attributes and references: keep the same content, so "changed nothing" is cheap to see.
      if (next.attributes !== current.attributes || next.references !== current.references) current = next;
    } catch (error) {
      if (error instanceof PathError) throw new EditError(error.message);
      throw error;
    }
  }
  return current;
}
