// Request-body checks worded like Kibana's config-schema errors (`[request body.0.type]: expected value of
// type [string] but got [undefined]`), so a client sees the same message from the simulator and Kibana.
import { validationError } from '../engine/errors';

function typeName(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'object') return 'Object';
  return typeof value;
}

export function fail(path: string, message: string): never {
  throw validationError('body', path, message);
}

function expected(path: string, type: string, value: unknown): never {
  return fail(path, `expected value of type [${type}] but got [${typeName(value)}]`);
}

export function asArray(value: unknown, path: string, max?: number): unknown[] {
  if (!Array.isArray(value)) expected(path, 'array', value);
  if (max !== undefined && value.length > max) fail(path, `array size is [${value.length}], but cannot be greater than [${max}]`);
  return value;
}

export function asString(value: unknown, path: string, opts: { minLength?: number } = {}): string {
  if (typeof value !== 'string') expected(path, 'string', value);
  if (opts.minLength !== undefined && value.length < opts.minLength)
    fail(path, `value has length [${value.length}] but it must have a minimum length of [${opts.minLength}].`);
  return value;
}

export function asOptionalString(value: unknown, path: string, opts: { minLength?: number } = {}): string | undefined {
  return value === undefined ? undefined : asString(value, path, opts);
}

export function asBoolean(value: unknown, path: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') expected(path, 'boolean', value);
  return value;
}

export function asOptionalBoolean(value: unknown, path: string): boolean | undefined {
  return value === undefined ? undefined : asBoolean(value, path, false);
}

export function asStringArray(value: unknown, path: string, max?: number): string[] {
  return asArray(value, path, max).map((v, i) => asString(v, `${path}.${i}`));
}

export function join(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}

/** `schema.object` type check (config-schema words it differently from the other types). */
export function asPlainObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(path, `expected a plain object value, but found [${typeName(value)}] instead.`);
  return value as Record<string, unknown>;
}

/** `schema.object` refuses keys it does not define; Joi reports them after the defined keys' errors. */
export function rejectUnknownKeys(record: Record<string, unknown>, path: string, allowedKeys: readonly string[]): void {
  for (const key of Object.keys(record)) if (!allowedKeys.includes(key)) fail(join(path, key), 'definition for this key is missing');
}

/** `schema.recordOf(schema.string(), schema.any())`. */
export function asRecord(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) expected(path, 'object', value);
  return value as Record<string, unknown>;
}

/** `schema.arrayOf(item, {maxSize})`: items are checked before the size (Joi rule order). */
export function arrayOf<T>(value: unknown, path: string, maxSize: number, item: (value: unknown, path: string) => T): T[] {
  if (!Array.isArray(value)) expected(path, 'array', value);
  const items = value.map((v, i) => item(v, join(path, i)));
  if (items.length > maxSize) fail(path, `array size is [${items.length}], but cannot be greater than [${maxSize}]`);
  return items;
}
