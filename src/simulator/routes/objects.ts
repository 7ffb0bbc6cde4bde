// The deprecated single-object and bulk write routes (ROUTES/get.ts, create.ts, update.ts, bulk_create.ts,
// bulk_delete.ts): request validation worded like Kibana's route schemas, then the engine.
import type { HttpHandler } from 'msw';
import type { SavedObjectReference } from '../../contract/kibana';
import { bulkCreateObjects, bulkDeleteObjects, createObject, getObject, updateObject, type CreateObjectRequest, type UpdateObjectRequest } from '../engine/objects';
import { kibanaRoute } from '../http';
import type { Simulator } from '../simulator';
import { arrayOf, asOptionalString, asPlainObject, asRecord, asString, fail, join, rejectUnknownKeys } from './body';
import { queryBoolean, rejectUnknownQueryKeys } from './query';

const deprecated = { deprecated: true };

function reference(value: unknown, path: string): SavedObjectReference {
  const o = asPlainObject(value, path);
  const ref = { name: asString(o.name, join(path, 'name')), type: asString(o.type, join(path, 'type')), id: asString(o.id, join(path, 'id')) };
  rejectUnknownKeys(o, path, ['name', 'type', 'id']);
  return ref;
}

function references(value: unknown, path: string): SavedObjectReference[] | undefined {
  return value === undefined ? undefined : arrayOf(value, path, 1000, reference);
}

/** `schema.arrayOf(schema.string(), { minSize: 1, maxSize: 100 })`. */
function initialNamespaces(value: unknown, path: string): string[] | undefined {
  if (value === undefined) return undefined;
  const list = arrayOf(value, path, 100, (v, p) => asString(v, p));
  if (list.length < 1) fail(path, `array size is [${list.length}], but cannot be smaller than [1]`);
  return list;
}

/** The migration fields Kibana accepts on create; the simulator stores documents already migrated. */
function migrationFields(o: Record<string, unknown>, path: string): void {
  if (o.migrationVersion !== undefined) {
    const record = asRecord(o.migrationVersion, join(path, 'migrationVersion'));
    for (const [k, v] of Object.entries(record)) asString(v, join(join(path, 'migrationVersion'), k));
  }
  asOptionalString(o.coreMigrationVersion, join(path, 'coreMigrationVersion'));
  asOptionalString(o.typeMigrationVersion, join(path, 'typeMigrationVersion'));
}

const CREATE_KEYS = ['attributes', 'migrationVersion', 'coreMigrationVersion', 'typeMigrationVersion', 'references', 'initialNamespaces'];

function createBody(raw: unknown): Omit<CreateObjectRequest, 'type' | 'id'> {
  const o = asPlainObject(raw ?? null, '');
  const attributes = asRecord(o.attributes, 'attributes');
  migrationFields(o, '');
  const body = { attributes, references: references(o.references, 'references'), initialNamespaces: initialNamespaces(o.initialNamespaces, 'initialNamespaces') };
  rejectUnknownKeys(o, '', CREATE_KEYS);
  return body;
}

function bulkCreateItem(value: unknown, path: string): CreateObjectRequest {
  const o = asPlainObject(value, path);
  const item: CreateObjectRequest = {
    type: asString(o.type, join(path, 'type')),
    id: asOptionalString(o.id, join(path, 'id')),
    attributes: asRecord(o.attributes, join(path, 'attributes')),
    version: asOptionalString(o.version, join(path, 'version')),
  };
  migrationFields(o, path);
  item.references = references(o.references, join(path, 'references'));
  item.initialNamespaces = initialNamespaces(o.initialNamespaces, join(path, 'initialNamespaces'));
  rejectUnknownKeys(o, path, ['type', 'id', 'version', ...CREATE_KEYS]);
  return item;
}

function updateBody(raw: unknown): UpdateObjectRequest {
  const o = asPlainObject(raw ?? null, '');
  const body: UpdateObjectRequest = {
    attributes: asRecord(o.attributes, 'attributes'),
    version: asOptionalString(o.version, 'version'),
    references: references(o.references, 'references'),
    upsert: o.upsert === undefined ? undefined : asRecord(o.upsert, 'upsert'),
  };
  rejectUnknownKeys(o, '', ['attributes', 'version', 'references', 'upsert']);
  return body;
}

function objectRef(value: unknown, path: string): { type: string; id: string } {
  const o = asPlainObject(value, path);
  const ref = { type: asString(o.type, join(path, 'type')), id: asString(o.id, join(path, 'id')) };
  rejectUnknownKeys(o, path, ['type', 'id']);
  return ref;
}

export function objectRoutes(sim: Simulator): HttpHandler[] {
  const create = kibanaRoute.bind(null, sim, 'post');
  return [
    // The `_bulk_*` paths first: `/{type}` would take them otherwise.
    create(
      '/api/saved_objects/_bulk_create',
      async ({ json, query, space }) => {
        rejectUnknownQueryKeys(query, ['overwrite']);
        const overwrite = queryBoolean(query, 'overwrite', false);
        // Hapi hands an empty payload to validation as null.
        const objects = arrayOf((await json()) ?? null, '', 10000, bulkCreateItem);
        return { body: bulkCreateObjects(sim.store, space, objects, overwrite) };
      },
      deprecated,
    ),
    create(
      '/api/saved_objects/_bulk_delete',
      async ({ json, query, space }) => {
        rejectUnknownQueryKeys(query, ['force']);
        const force = queryBoolean(query, 'force', false);
        const objects = arrayOf((await json()) ?? null, '', 10000, objectRef);
        return { body: bulkDeleteObjects(sim.store, space, objects, force) };
      },
      deprecated,
    ),
    kibanaRoute(sim, 'get', '/api/saved_objects/:type/:id', ({ params, space }) => ({ body: getObject(sim.store, space, params.type, params.id) }), deprecated),
    ...['/api/saved_objects/:type', '/api/saved_objects/:type/:id'].map((pattern) =>
      create(
        pattern,
        async ({ params, json, query, space }) => {
          rejectUnknownQueryKeys(query, ['overwrite']);
          const overwrite = queryBoolean(query, 'overwrite', false);
          const body = createBody(await json());
          return { body: createObject(sim.store, space, { ...body, type: params.type, id: params.id }, overwrite) };
        },
        deprecated,
      ),
    ),
    kibanaRoute(
      sim,
      'put',
      '/api/saved_objects/:type/:id',
      // No query schema on this route: Kibana ignores query parameters here, as on GET.
      async ({ params, json, space }) => ({ body: updateObject(sim.store, space, params.type, params.id, updateBody(await json())) }),
      deprecated,
    ),
  ];
}
