// A before/after diff of exactly what changes, through jsondiffpatch. JSON stored as text is compared
// parsed, so a changed field inside `visState` shows as `attributes.visState › params.field`, not as a
// whole new string.
import { create } from 'jsondiffpatch';
import { format } from 'jsondiffpatch/formatters/jsonpatch';
import type { SavedObjectReference } from '../../../contract/kibana';
import type { ObjectContent } from './edits';
import { isPlainObject, parseJsonText } from './json-value';

export interface Change {
  /** Readable path, e.g. `attributes.visState › params.field` or `references[panel_0].id`. */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** JSON text is wrapped as `{ [JSON_TEXT]: parsed }` so the diff can enter it. */
const JSON_TEXT = '$json text';

function expand(value: unknown): unknown {
  if (typeof value === 'string') {
    const parsed = parseJsonText(value);
    return parsed === undefined ? value : { [JSON_TEXT]: expand(parsed) };
  }
  if (Array.isArray(value)) return value.map(expand);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, expand(item)]));
  return value;
}

function unwrap(value: unknown): unknown {
  if (isPlainObject(value) && JSON_TEXT in value && Object.keys(value).length === 1) return unwrap(value[JSON_TEXT]);
  if (Array.isArray(value)) return value.map(unwrap);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unwrap(item)]));
  return value;
}

// References are matched by type and name (names are unique per object), so a repointed reference is a changed id.
const differ = create({
  objectHash: (item: object, index?: number) => {
    const ref = item as Partial<SavedObjectReference>;
    return typeof ref.name === 'string' && typeof ref.type === 'string' ? `${ref.type}/${ref.name}` : `$$index:${index ?? 0}`;
  },
  arrays: { detectMove: false },
});

/** Follows a JSON pointer, building the readable path as it goes. */
function follow(root: unknown, pointer: string): { value: unknown; path: string } {
  let current = root;
  let path = '';
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (key === JSON_TEXT) {
      path += ' ›';
    } else if (Array.isArray(current)) {
      const item: unknown = current[Number(key)];
      const label = path === 'references' && isPlainObject(item) && typeof item.name === 'string' ? item.name : key;
      path += `[${label}]`;
      current = item;
      continue;
    } else {
      path += path === '' ? key : path.endsWith(' ›') ? ` ${key}` : `.${key}`;
    }
    current = isPlainObject(current) ? current[key] : undefined;
  }
  return { value: unwrap(current), path };
}

/** The changes from `before` to `after`, in document order. */
export function diffContent(before: ObjectContent, after: ObjectContent): Change[] {
  const left = expand({ attributes: before.attributes, references: before.references });
  const right = expand({ attributes: after.attributes, references: after.references });
  const delta = differ.diff(left, right);
  if (!delta) return [];
  return format(delta).flatMap((op): Change[] => {
    if (op.op === 'move') return [];
    if (op.op === 'add') {
      const to = follow(right, op.path);
      return [{ path: to.path, kind: 'added', after: to.value }];
    }
    const from = follow(left, op.path);
    if (op.op === 'remove') return [{ path: from.path, kind: 'removed', before: from.value }];
    return [{ path: from.path, kind: 'changed', before: from.value, after: follow(right, op.path).value }];
  });
}
