// What to send to `_bulk_update` so that Kibana stores exactly the intended attributes. Kibana deep-merges
// the sent attributes into the stored ones (kibana-api.md §6.2 step 6): a non-empty plain object recurses,
// anything else replaces, and keys not sent are kept. So a field cannot be deleted through this API: the
// closest Kibana allows is null, which is what a removed field becomes (and what the preview shows).
import { isPlainObject, jsonEqual, type JsonObject } from './json-value';

/** Kibana's merge of update attributes into stored attributes (merge_for_update), on plain JSON. */
export function mergeForUpdate(stored: JsonObject, update: JsonObject): JsonObject {
  const result: JsonObject = { ...stored };
  for (const [key, value] of Object.entries(update)) {
    if (isPlainObject(value) && Object.keys(value).length > 0) {
      result[key] = mergeForUpdate(isPlainObject(stored[key]) ? stored[key] : {}, value);
    } else result[key] = value;
  }
  return result;
}

/**
 * The attributes Kibana will actually store for the intended `after`: keys that `after` drops from a
 * non-empty object become null (an emptied object `{}` replaces whole, so it stays `{}`).
 */
export function storableAttributes(before: JsonObject, after: JsonObject): JsonObject {
  const result: JsonObject = { ...after };
  for (const key of Object.keys(before)) {
    if (!(key in after)) result[key] = null;
    else if (isPlainObject(before[key]) && isPlainObject(after[key]) && Object.keys(after[key]).length > 0) {
      result[key] = storableAttributes(before[key], after[key]);
    }
  }
  return result;
}

/** Only the top-level attributes that change, each sent whole; `{}` when nothing changes. */
export function attributesPatch(before: JsonObject, storable: JsonObject): JsonObject {
  const patch: JsonObject = {};
  for (const key of Object.keys(storable)) {
    if (!jsonEqual(before[key], storable[key])) patch[key] = storable[key];
  }
  return patch;
}
