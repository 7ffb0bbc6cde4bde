// Route validation helpers that answer like Kibana's config-schema (kibana-api.md §1.4, §13.1).
import { validationError } from '../engine/errors';

export function rejectUnknownQueryKeys(query: URLSearchParams, allowed: readonly string[]): void {
  for (const key of query.keys()) {
    if (!allowed.includes(key)) throw validationError('query', key, 'definition for this key is missing');
  }
}

export function queryList(query: URLSearchParams, key: string, max = 100): string[] | undefined {
  const values = query.getAll(key);
  if (values.length === 0) return undefined;
  if (values.length > max) throw validationError('query', key, `array size is [${values.length}], but cannot be greater than [${max}]`);
  return values;
}

export function queryNumber(query: URLSearchParams, key: string, fallback: number, min = 0): number {
  const raw = query.get(key);
  if (raw === null) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) throw validationError('query', key, `expected value of type [number] but got [string]`);
  if (n < min) throw validationError('query', key, `Value must be equal to or greater than [${min}].`);
  return n;
}

export function queryBoolean(query: URLSearchParams, key: string, fallback: boolean): boolean {
  const raw = query.get(key);
  if (raw === null) return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw validationError('query', key, `expected value of type [boolean] but got [string]`);
}

export function queryOperator(query: URLSearchParams, key: string): 'OR' | 'AND' {
  const raw = query.get(key) ?? 'OR';
  if (raw !== 'OR' && raw !== 'AND')
    throw validationError('query', key, `types that failed validation:\n- [${key}.0]: expected value to equal [OR]\n- [${key}.1]: expected value to equal [AND]`);
  return raw;
}

function isRef(value: unknown): value is { type: string; id: string } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && typeof (value as { id?: unknown }).id === 'string';
}

/** `has_reference` / `has_no_reference`: a JSON `{type,id}` or array of them (repeated keys allowed too). */
export function queryReferences(query: URLSearchParams, key: string): { type: string; id: string }[] | undefined {
  const raws = query.getAll(key);
  if (raws.length === 0) return undefined;
  const refs: { type: string; id: string }[] = [];
  for (const raw of raws) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw validationError('query', key, 'could not parse object value from json input');
    }
    const list = Array.isArray(parsed) ? parsed : [parsed];
    for (const [i, r] of list.entries()) {
      if (!isRef(r)) throw validationError('query', Array.isArray(parsed) ? `${key}.${i}` : key, 'expected an object with string "type" and "id"');
      refs.push({ type: r.type, id: r.id });
    }
  }
  return refs;
}
