// `POST /api/saved_objects/_export` (ROUTES/export.ts): NDJSON of the exported objects, each line with
// sorted keys (json-stable-stringify), then the export details line unless `excludeExportDetails`.
import type { HttpHandler } from 'msw';
import { KibanaHttpError, validationError } from '../engine/errors';
import { ExportError, exportableTypes, exportByObjects, exportByTypes, EXPORT_ALL_TYPES, MAX_IMPORT_EXPORT_SIZE, type ObjectRef } from '../engine/export';
import { kibanaRoute } from '../http';
import type { Simulator } from '../simulator';
import { arrayOf, asBoolean, asOptionalString, asPlainObject, asString, join, rejectUnknownKeys } from './body';

const EXPORT_KEYS = ['type', 'hasReference', 'objects', 'search', 'includeReferencesDeep', 'excludeExportDetails'] as const;

/** JSON with object keys sorted at every level, as json-stable-stringify writes it. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableStringify(v))).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'object') return 'Object';
  return typeof value;
}

/** Runs the alternatives of a config-schema `oneOf`; when all fail, the error lists each one's message. */
function oneOf<T>(path: string, value: unknown, alternatives: ((value: unknown, path: string) => T)[]): T {
  const messages: string[] = [];
  for (const [i, alternative] of alternatives.entries()) {
    try {
      return alternative(value, join(path, i));
    } catch (error) {
      if (!(error instanceof KibanaHttpError)) throw error;
      messages.push(`- ${error.body.message}`);
    }
  }
  throw validationError('body', path, `types that failed validation:\n${messages.join('\n')}`);
}

/** config-schema `oneOf([item, arrayOf(item)])`: one value or a list of them, always returned as a list. */
function oneOrMany<T>(path: string, value: unknown, item: (value: unknown, path: string) => T): T[] {
  return oneOf<T[]>(path, value, [
    (v, p) => [item(v, p)],
    (v, p) => {
      if (!Array.isArray(v)) throw validationError('body', p, `expected value of type [array] but got [${typeName(v)}]`);
      return v.map((entry, i) => item(entry, join(p, i)));
    },
  ]);
}

function parseRef(value: unknown, path: string): ObjectRef {
  const o = asPlainObject(value, path);
  const ref = { type: asString(o.type, join(path, 'type')), id: asString(o.id, join(path, 'id')) };
  rejectUnknownKeys(o, path, ['type', 'id']);
  return ref;
}

function parseBody(raw: unknown) {
  const body = asPlainObject(raw === undefined ? null : raw, '');
  const type = body.type === undefined ? undefined : oneOrMany('type', body.type, (v, p) => asString(v, p));
  const hasReference = body.hasReference === undefined ? undefined : oneOrMany('hasReference', body.hasReference, parseRef);
  const objects = body.objects === undefined ? undefined : arrayOf(body.objects, 'objects', MAX_IMPORT_EXPORT_SIZE, parseRef);
  const parsed = {
    type,
    hasReference,
    objects,
    search: asOptionalString(body.search, 'search'),
    includeReferencesDeep: asBoolean(body.includeReferencesDeep, 'includeReferencesDeep', false),
    excludeExportDetails: asBoolean(body.excludeExportDetails, 'excludeExportDetails', false),
  };
  rejectUnknownKeys(body, '', EXPORT_KEYS);
  return parsed;
}

const badRequest = (message: string, attributes?: Record<string, unknown>) => new KibanaHttpError(400, message, attributes);

export function exportRoutes(sim: Simulator): HttpHandler[] {
  return [
    kibanaRoute(sim, 'post', '/api/saved_objects/_export', async ({ json, space }) => {
      const { type: types, objects, search, hasReference, includeReferencesDeep, excludeExportDetails } = parseBody(await json());
      const supported = exportableTypes(sim.store);
      const hasTypes = (types?.length ?? 0) > 0;
      const hasObjects = (objects?.length ?? 0) > 0;
      if (!hasTypes && !hasObjects) throw badRequest('Either `type` or `objects` are required.');
      if (hasTypes && hasObjects) throw badRequest(`Can't specify both "types" and "objects" properties when exporting`);
      if (hasObjects) {
        if (typeof search === 'string') throw badRequest(`Can't specify both "search" and "objects" properties when exporting`);
        if (hasReference?.length) throw badRequest(`Can't specify both "references" and "objects" properties when exporting`);
        const invalid = objects!.filter((o) => !supported.includes(o.type));
        if (invalid.length)
          throw badRequest(`Trying to export object(s) with non-exportable types: ${invalid.map((o) => `${o.type}:${o.id}`).join(', ')}`);
      } else {
        const invalid = types!.filter((t) => t !== EXPORT_ALL_TYPES && !supported.includes(t));
        if (invalid.length) throw badRequest(`Trying to export non-exportable type(s): ${invalid.join(', ')}`);
      }
      let result;
      try {
        result = hasObjects
          ? exportByObjects(sim.store, space, objects!, { includeReferences: includeReferencesDeep })
          : exportByTypes(sim.store, space, { types: types!, search, hasReference, includeReferences: includeReferencesDeep });
      } catch (error) {
        if (error instanceof ExportError) throw badRequest(error.message, error.attributes);
        throw error;
      }
      const lines = [...result.objects, ...(excludeExportDetails ? [] : [result.details])].map(stableStringify);
      return {
        text: lines.join('\n'),
        headers: { 'content-type': 'application/ndjson', 'content-disposition': 'attachment; filename="export.ndjson"' },
      };
    }),
  ];
}
