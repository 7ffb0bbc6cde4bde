// Hand-rolled runtime checks for Kibana's answers. A Kibana version (or a proxy) that answers
// differently must give an admin a readable message naming the odd field — not a crash deep
// inside a table cell. Validators return the checked value so callers get typed data.

export type Validator<T> = (value: unknown, path: string) => T;

/** The answer had the wrong shape (or was not JSON at all). */
export class UnexpectedAnswerError extends Error {
  override name = 'UnexpectedAnswerError';
}

function fail(path: string, problem: string): never {
  throw new UnexpectedAnswerError(`Unexpected answer from Kibana: ${path || 'the answer'} ${problem}`);
}

function describeMismatch(value: unknown, expected: string): string {
  return value === undefined ? 'is missing' : `is not ${expected}`;
}

export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

export const expectString: Validator<string> = (value, path) =>
  typeof value === 'string' ? value : fail(path, describeMismatch(value, 'a string'));

export const expectNumber: Validator<number> = (value, path) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fail(path, describeMismatch(value, 'a number'));

export const expectBoolean: Validator<boolean> = (value, path) =>
  typeof value === 'boolean' ? value : fail(path, describeMismatch(value, 'true or false'));

export const expectObject: Validator<Record<string, unknown>> = (value, path) =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : fail(path, describeMismatch(value, 'an object'));

export const expectArray: Validator<unknown[]> = (value, path) =>
  Array.isArray(value) ? value : fail(path, describeMismatch(value, 'a list'));

/** Absent (or JSON null) → undefined. */
export function optional<T>(validator: Validator<T>): Validator<T | undefined> {
  return (value, path) => (value === undefined || value === null ? undefined : validator(value, path));
}

export function nullable<T>(validator: Validator<T>): Validator<T | null> {
  return (value, path) => (value === null ? null : validator(value, path));
}

/** For fields Kibana documents as "defaults to …" and may omit. */
export function withDefault<T>(validator: Validator<T>, fallback: () => T): Validator<T> {
  return (value, path) => (value === undefined || value === null ? fallback() : validator(value, path));
}

export function arrayOf<T>(item: Validator<T>): Validator<T[]> {
  return (value, path) => expectArray(value, path).map((entry, index) => item(entry, childPath(path, index)));
}

export function oneOf<const V extends string>(values: readonly V[]): Validator<V> {
  return (value, path) =>
    typeof value === 'string' && (values as readonly string[]).includes(value)
      ? (value as V)
      : fail(path, describeMismatch(value, `one of ${values.join(', ')}`));
}

export type FieldValidators<T> = { [K in keyof T]-?: Validator<T[K]> };

/**
 * Checks the listed fields; other fields pass through untouched, because Kibana adds fields
 * over time and the app must not break (or silently drop them) when it does.
 */
export function objectOf<T extends object>(fields: FieldValidators<T>): Validator<T> {
  return (value, path) => {
    const source = expectObject(value, path);
    const result: Record<string, unknown> = { ...source };
    for (const key of Object.keys(fields) as (keyof T & string)[]) {
      const checked = fields[key](source[key], childPath(path, key));
      if (checked === undefined) delete result[key];
      else result[key] = checked;
    }
    return result as T;
  };
}

/** Turns a validator into the `validate` function `kibanaRequest` takes. */
export function answer<T>(validator: Validator<T>): (value: unknown) => T {
  return (value) => validator(value, '');
}
