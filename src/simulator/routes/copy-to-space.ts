// `POST /api/spaces/_copy_saved_objects` and `POST /api/spaces/_resolve_copy_saved_objects_errors`
// (kibana-api.md §3, §4): the body schemas of SPC/server/routes/api/external/copy_to_space.ts, worded as
// config-schema words them, and the route's handling of export failures.
import type { HttpHandler } from 'msw';
import type { CopyObjectRef } from '../../contract/kibana';
import { SPACE_ID_PATTERN } from '../../contract/kibana';
import { copySavedObjectsToSpaces } from '../engine/copy-to-spaces';
import { INTERNAL_ERROR_MESSAGE, KibanaHttpError } from '../engine/errors';
import { ExportError } from '../engine/export';
import type { ImportRetry } from '../engine/import-checks';
import { resolveCopySavedObjectsErrors } from '../engine/resolve-copy-errors';
import { kibanaRoute } from '../http';
import type { Simulator } from '../simulator';
import { asArray, asBoolean, asOptionalBoolean, asOptionalString, asPlainObject, asRecord, asString, fail, join, rejectUnknownKeys } from './body';

const COPY_KEYS = ['spaces', 'objects', 'includeReferences', 'overwrite', 'createNewCopies', 'compatibilityMode'] as const;
const RESOLVE_KEYS = ['retries', 'objects', 'includeReferences', 'createNewCopies', 'compatibilityMode'] as const;
const RETRY_KEYS = ['type', 'id', 'overwrite', 'destinationId', 'createNewCopy', 'ignoreMissingReferences'] as const;

/** An absent body reaches Kibana's validation as `null`. */
const requestBody = (raw: unknown) => asPlainObject(raw === undefined ? null : raw, '');

function parseObjects(value: unknown, path: string): CopyObjectRef[] {
  const objects = asArray(value, path).map((raw, i) => {
    const where = join(path, i);
    const o = asPlainObject(raw, where);
    const ref = { type: asString(o.type, join(where, 'type')), id: asString(o.id, join(where, 'id')) };
    rejectUnknownKeys(o, where, ['type', 'id']);
    return ref;
  });
  if (new Set(objects.map((o) => `${o.type}:${o.id}`)).size !== objects.length) fail(path, 'duplicate objects are not allowed');
  return objects;
}

export function parseCopyBody(raw: unknown) {
  const body = requestBody(raw);
  const spaces = asArray(body.spaces, 'spaces').map((s, i) => {
    const id = asString(s, `spaces.${i}`);
    if (!SPACE_ID_PATTERN.test(id)) fail(`spaces.${i}`, 'lower case, a-z, 0-9, "_", and "-" are allowed');
    return id;
  });
  if (new Set(spaces).size !== spaces.length) fail('spaces', 'duplicate space ids are not allowed');
  const parsed = {
    spaces,
    objects: parseObjects(body.objects, 'objects'),
    includeReferences: asBoolean(body.includeReferences, 'includeReferences', false),
    overwrite: asBoolean(body.overwrite, 'overwrite', false),
    // true since 8.0: `overwrite: true` alone is refused (§3.1, §12).
    createNewCopies: asBoolean(body.createNewCopies, 'createNewCopies', true),
    compatibilityMode: asBoolean(body.compatibilityMode, 'compatibilityMode', false),
  };
  rejectUnknownKeys(body, '', COPY_KEYS);
  if (parsed.overwrite && parsed.createNewCopies) fail('', 'cannot use [overwrite] with [createNewCopies]');
  if (parsed.compatibilityMode && parsed.createNewCopies) fail('', 'cannot use [compatibilityMode] with [createNewCopies]');
  return parsed;
}

function parseRetries(value: unknown): Record<string, ImportRetry[]> {
  const retries: Record<string, ImportRetry[]> = {};
  for (const [space, list] of Object.entries(asRecord(value, 'retries'))) {
    if (!SPACE_ID_PATTERN.test(space)) fail(`retries.key(${JSON.stringify(space)})`, `Invalid space id: ${space}`);
    retries[space] = asArray(list, `retries.${space}`).map((raw, i) => {
      const where = `retries.${space}.${i}`;
      const r = asPlainObject(raw, where);
      const retry: ImportRetry = {
        type: asString(r.type, `${where}.type`),
        id: asString(r.id, `${where}.id`),
        overwrite: asBoolean(r.overwrite, `${where}.overwrite`, false),
      };
      const destinationId = asOptionalString(r.destinationId, `${where}.destinationId`);
      const createNewCopy = asOptionalBoolean(r.createNewCopy, `${where}.createNewCopy`);
      const ignoreMissingReferences = asOptionalBoolean(r.ignoreMissingReferences, `${where}.ignoreMissingReferences`);
      if (destinationId !== undefined) retry.destinationId = destinationId;
      if (createNewCopy !== undefined) retry.createNewCopy = createNewCopy;
      if (ignoreMissingReferences !== undefined) retry.ignoreMissingReferences = ignoreMissingReferences;
      rejectUnknownKeys(r, where, RETRY_KEYS);
      return retry;
    });
  }
  return retries;
}

export function parseResolveBody(raw: unknown) {
  const body = requestBody(raw);
  const parsed = {
    retries: parseRetries(body.retries),
    objects: parseObjects(body.objects, 'objects'),
    includeReferences: asBoolean(body.includeReferences, 'includeReferences', false),
    createNewCopies: asBoolean(body.createNewCopies, 'createNewCopies', true),
    compatibilityMode: asBoolean(body.compatibilityMode, 'compatibilityMode', false),
  };
  rejectUnknownKeys(body, '', RESOLVE_KEYS);
  if (parsed.createNewCopies && parsed.compatibilityMode) fail('', 'cannot use [createNewCopies] with [compatibilityMode]');
  return parsed;
}

export function copyToSpaceRoutes(sim: Simulator): HttpHandler[] {
  return [
    kibanaRoute(sim, 'post', '/api/spaces/_copy_saved_objects', async ({ json, space }) => {
      const body = parseCopyBody(await json());
      try {
        return { body: copySavedObjectsToSpaces(sim.store, space, body.spaces, body) };
      } catch (error) {
        // The route answers only the "could not fetch the objects" export error itself (§3.2).
        if (error instanceof ExportError && error.type === 'object-fetch-error') {
          const failed = (error.attributes?.objects ?? []) as CopyObjectRef[];
          throw new KibanaHttpError(404, 'Saved objects not found', { objects: failed.map(({ id, type }) => ({ id, type })) });
        }
        if (error instanceof ExportError) throw new KibanaHttpError(500, INTERNAL_ERROR_MESSAGE);
        throw error;
      }
    }),
    kibanaRoute(sim, 'post', '/api/spaces/_resolve_copy_saved_objects_errors', async ({ json, space }) => {
      const body = parseResolveBody(await json());
      try {
        return { body: resolveCopySavedObjectsErrors(sim.store, space, body) };
      } catch (error) {
        // No handler for export errors on this route: a missing source object is Kibana's generic 500 (§4.2).
        if (error instanceof ExportError) throw new KibanaHttpError(500, INTERNAL_ERROR_MESSAGE);
        throw error;
      }
    }),
  ];
}
