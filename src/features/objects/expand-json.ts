// Kibana stores parts of many saved objects as JSON text inside a string attribute (`panelsJSON`,
// `visState`, `kibanaSavedObjectMeta.searchSourceJSON`, `layerListJSON`, …). Shown raw they are one
// unreadable line; shown parsed they read like the rest of the object.

export interface ExpandedJson {
  value: unknown;
  /** Dot paths of the strings that were parsed, e.g. `kibanaSavedObjectMeta.searchSourceJSON`. */
  expandedPaths: string[];
}

// Only text that looks like an object or array is tried: `"42"` or `"true"` stay strings.
const LOOKS_LIKE_JSON = /^\s*[[{]/;
// Bounds the work on hostile or enormous attributes; deeper JSON is shown as it is stored.
const MAX_DEPTH = 12;

function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false } {
  if (!LOOKS_LIKE_JSON.test(text)) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function expand(value: unknown, path: string, depth: number, expandedPaths: string[]): unknown {
  if (depth > MAX_DEPTH) return value;
  if (typeof value === 'string') {
    const parsed = parseJsonText(value);
    if (!parsed.ok) return value;
    expandedPaths.push(path);
    return expand(parsed.value, path, depth + 1, expandedPaths);
  }
  if (Array.isArray(value)) return value.map((entry, index) => expand(entry, join(path, index), depth + 1, expandedPaths));
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) result[key] = expand(entry, join(path, key), depth + 1, expandedPaths);
    return result;
  }
  return value;
}

/** Parses every string that holds a JSON object or array, at any depth (also JSON inside parsed JSON). */
export function expandJsonStrings(value: unknown): ExpandedJson {
  const expandedPaths: string[] = [];
  return { value: expand(value, '', 0, expandedPaths), expandedPaths };
}
