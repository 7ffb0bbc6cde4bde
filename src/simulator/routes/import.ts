// `POST /api/saved_objects/_import` and `POST /api/saved_objects/_resolve_import_errors` (ROUTES/import.ts,
// ROUTES/resolve_import_errors.ts, ROUTES/utils.ts): a multipart form with an NDJSON `file` (and, to resolve,
// a JSON `retries` field), run through the same importer as copy to space, into the request's space.
import type { HttpHandler } from 'msw';
import type { SavedObject } from '../../contract/kibana';
import { INTERNAL_ERROR_MESSAGE, KibanaHttpError, validationError } from '../engine/errors';
import { SavedObjectsImportError, type ImportRetry } from '../engine/import-checks';
import { importSavedObjects, resolveImportErrors, type ImportResponse } from '../engine/import';
import { isPlainObject } from '../engine/merge';
import { kibanaRoute } from '../http';
import type { Simulator } from '../simulator';
import { arrayOf, asBoolean, asOptionalBoolean, asOptionalString, asPlainObject, asString, fail, join, rejectUnknownKeys } from './body';
import { queryBoolean, rejectUnknownQueryKeys } from './query';

/** Kibana's default `savedObjects.maxImportPayloadBytes` (25 MB). */
export const MAX_IMPORT_PAYLOAD_BYTES = 26214400;

const tooLarge = () => new KibanaHttpError(413, `Payload content length greater than maximum allowed: ${MAX_IMPORT_PAYLOAD_BYTES}`);

/** Hapi's payload stage: only multipart is accepted (415), the size is capped (413), the parts must parse. */
async function readForm(request: Request): Promise<FormData> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*(;|$)/i.test(contentType)) throw new KibanaHttpError(415, 'Unsupported Media Type');
  if (!/;\s*boundary=/i.test(contentType)) throw new KibanaHttpError(400, 'Invalid content-type header: multipart missing boundary');
  if (Number(request.headers.get('content-length') ?? 0) > MAX_IMPORT_PAYLOAD_BYTES) throw tooLarge();
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > MAX_IMPORT_PAYLOAD_BYTES) throw tooLarge();
  try {
    return await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new KibanaHttpError(400, 'Invalid multipart payload format');
  }
}

/** A form part as hapi hands it to validation: a file part is a stream, a plain part a string, a repeated one an array. */
function partType(values: FormDataEntryValue[]): string {
  if (values.length === 0) return 'undefined';
  if (values.length > 1) return 'Array';
  return typeof values[0] === 'string' ? 'string' : 'Stream';
}

function fileOf(form: FormData): File {
  const values = form.getAll('file');
  if (partType(values) !== 'Stream') fail('file', `expected value of type [Stream] but got [${partType(values)}]`);
  return values[0] as File;
}

/** `path.extname` of the uploaded file's name. */
function extension(filename: string): string {
  const base = filename.slice(filename.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot) : '';
}

/**
 * `createSavedObjectsStreamFromNdJson`: blank lines are skipped, a line that is not JSON answers 400 with the
 * parser's message, and falsy values and the export-details line are dropped. Kibana then reads `attributes`
 * of every remaining line, so one that is not an object with attributes fails the import with a 500.
 */
export function parseImportFile(text: string): SavedObject[] {
  const objects: SavedObject[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new KibanaHttpError(400, (error as Error).message);
    }
    if (!value || (value as { exportedCount?: unknown }).exportedCount !== undefined) continue;
    if (!isPlainObject(value) || !isPlainObject(value.attributes) || typeof value.type !== 'string' || typeof value.id !== 'string')
      throw new KibanaHttpError(500, INTERNAL_ERROR_MESSAGE);
    if (value.references !== undefined && !Array.isArray(value.references)) throw new KibanaHttpError(500, INTERNAL_ERROR_MESSAGE);
    objects.push({ ...(value as unknown as SavedObject), references: (value.references as SavedObject['references']) ?? [] });
  }
  return objects;
}

async function readImportFile(file: File): Promise<SavedObject[]> {
  const ext = extension(file.name).toLowerCase();
  if (ext !== '.ndjson') throw new KibanaHttpError(400, `Invalid file extension ${ext}`);
  return parseImportFile(await file.text());
}

/** A whole-import failure (too many objects, repeated objects, bad retries) is the route's 400. */
function runImport(run: () => ImportResponse) {
  try {
    const { successCount, success, successResults, errors } = run();
    return { body: { successCount, success, warnings: [], ...(successResults ? { successResults } : {}), ...(errors ? { errors } : {}) } };
  } catch (error) {
    if (error instanceof SavedObjectsImportError) throw new KibanaHttpError(400, error.message, error.attributes);
    throw error;
  }
}

function replaceReference(value: unknown, path: string) {
  const o = asPlainObject(value, path);
  const ref = { type: asString(o.type, join(path, 'type')), from: asString(o.from, join(path, 'from')), to: asString(o.to, join(path, 'to')) };
  rejectUnknownKeys(o, path, ['type', 'from', 'to']);
  return ref;
}

function retry(value: unknown, path: string): ImportRetry {
  const o = asPlainObject(value, path);
  const parsed: ImportRetry = {
    type: asString(o.type, join(path, 'type')),
    id: asString(o.id, join(path, 'id')),
    overwrite: asBoolean(o.overwrite, join(path, 'overwrite'), false),
    destinationId: asOptionalString(o.destinationId, join(path, 'destinationId')),
    replaceReferences: o.replaceReferences === undefined ? [] : arrayOf(o.replaceReferences, join(path, 'replaceReferences'), 100, replaceReference),
    createNewCopy: asOptionalBoolean(o.createNewCopy, join(path, 'createNewCopy')),
    ignoreMissingReferences: asOptionalBoolean(o.ignoreMissingReferences, join(path, 'ignoreMissingReferences')),
  };
  rejectUnknownKeys(o, path, ['type', 'id', 'overwrite', 'destinationId', 'replaceReferences', 'createNewCopy', 'ignoreMissingReferences']);
  return parsed;
}

/** The `retries` form field: config-schema parses an array out of a JSON string. */
function retriesOf(form: FormData): ImportRetry[] {
  const values = form.getAll('retries');
  if (values.length === 1 && typeof values[0] !== 'string') fail('retries', 'expected value of type [array] but got [Stream]');
  let value: unknown = values.length > 1 ? values : values[0];
  if (typeof value === 'string' && value.startsWith('[')) {
    try {
      value = JSON.parse(value);
    } catch {
      // left as the string: the array check below names it
    }
  }
  return arrayOf(value, 'retries', 10000, retry);
}

function rejectUnknownParts(form: FormData, allowed: string[]): void {
  for (const key of new Set(form.keys())) if (!allowed.includes(key)) fail(key, 'definition for this key is missing');
}

export function importRoutes(sim: Simulator): HttpHandler[] {
  return [
    kibanaRoute(sim, 'post', '/api/saved_objects/_import', async ({ request, query, space }) => {
      const form = await readForm(request);
      rejectUnknownQueryKeys(query, ['overwrite', 'createNewCopies', 'compatibilityMode']);
      const overwrite = queryBoolean(query, 'overwrite', false);
      const createNewCopies = queryBoolean(query, 'createNewCopies', false);
      const compatibilityMode = queryBoolean(query, 'compatibilityMode', false);
      if (overwrite && createNewCopies) throw validationError('query', '', 'cannot use [overwrite] with [createNewCopies]');
      if (createNewCopies && compatibilityMode) throw validationError('query', '', 'cannot use [createNewCopies] with [compatibilityMode]');
      const file = fileOf(form);
      rejectUnknownParts(form, ['file']);
      const objects = await readImportFile(file);
      return runImport(() => importSavedObjects(sim.store, { namespace: space, objects, overwrite, createNewCopies, compatibilityMode }));
    }),
    kibanaRoute(sim, 'post', '/api/saved_objects/_resolve_import_errors', async ({ request, query, space }) => {
      const form = await readForm(request);
      rejectUnknownQueryKeys(query, ['createNewCopies', 'compatibilityMode']);
      const createNewCopies = queryBoolean(query, 'createNewCopies', false);
      const compatibilityMode = queryBoolean(query, 'compatibilityMode', false);
      if (createNewCopies && compatibilityMode) throw validationError('query', '', 'cannot use [createNewCopies] with [compatibilityMode]');
      const file = fileOf(form);
      const retries = retriesOf(form);
      rejectUnknownParts(form, ['file', 'retries']);
      const objects = await readImportFile(file);
      return runImport(() => resolveImportErrors(sim.store, { namespace: space, objects, retries, createNewCopies, compatibilityMode }));
    }),
  ];
}
