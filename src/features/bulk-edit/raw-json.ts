// The raw JSON edit of one object: `{ "attributes": {…}, "references": [{name, type, id}, …] }`, checked
// as the admin types so nothing unreadable reaches the preview.
import type { ObjectContent } from './engine/edits';
import { isPlainObject } from './engine/json-value';

export const formatContent = (content: ObjectContent) => JSON.stringify({ attributes: content.attributes, references: content.references }, null, 2);

export function parseContent(text: string): { content: ObjectContent } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `Not valid JSON: ${(error as Error).message}` };
  }
  if (!isPlainObject(value)) return { error: 'Expected an object with "attributes" and "references"' };
  const unknownKeys = Object.keys(value).filter((key) => key !== 'attributes' && key !== 'references');
  if (unknownKeys.length) return { error: `Only "attributes" and "references" can be edited here, not ${unknownKeys.map((k) => `"${k}"`).join(', ')}` };
  if (!isPlainObject(value.attributes)) return { error: '"attributes" must be an object' };
  if (!Array.isArray(value.references)) return { error: '"references" must be a list' };
  for (const [index, ref] of value.references.entries()) {
    if (!isPlainObject(ref) || ['name', 'type', 'id'].some((key) => typeof ref[key] !== 'string' || ref[key] === '') || Object.keys(ref).length !== 3) {
      return { error: `references[${index}] must be {"name", "type", "id"}, each a non-empty string` };
    }
  }
  return { content: { attributes: value.attributes, references: value.references as ObjectContent['references'] } };
}
