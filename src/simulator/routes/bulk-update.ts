// `PUT /api/saved_objects/_bulk_update` (kibana-api.md §6.1): body validation as Kibana's route schema.
import type { HttpHandler } from 'msw';
import type { BulkUpdateObject } from '../../contract/kibana';
import { bulkUpdate } from '../engine/bulk-update';
import { kibanaRoute } from '../http';
import type { Simulator } from '../simulator';
import { arrayOf, asPlainObject, asRecord, asString, join, rejectUnknownKeys } from './body';

const KEYS = ['type', 'id', 'attributes', 'version', 'references', 'namespace'] as const;

function reference(value: unknown, path: string) {
  const o = asPlainObject(value, path);
  const ref = { name: asString(o.name, join(path, 'name')), type: asString(o.type, join(path, 'type')), id: asString(o.id, join(path, 'id')) };
  rejectUnknownKeys(o, path, ['name', 'type', 'id']);
  return ref;
}

function updateObject(value: unknown, path: string): BulkUpdateObject {
  const o = asPlainObject(value, path);
  const object: BulkUpdateObject = {
    type: asString(o.type, join(path, 'type')),
    id: asString(o.id, join(path, 'id')),
    attributes: asRecord(o.attributes, join(path, 'attributes')),
  };
  if (o.version !== undefined) object.version = asString(o.version, join(path, 'version'));
  if (o.references !== undefined) object.references = arrayOf(o.references, join(path, 'references'), 1000, reference);
  if (o.namespace !== undefined) object.namespace = asString(o.namespace, join(path, 'namespace'), { minLength: 1 });
  rejectUnknownKeys(o, path, KEYS);
  return object;
}

export function bulkUpdateRoutes(sim: Simulator): HttpHandler[] {
  return [
    kibanaRoute(
      sim,
      'put',
      '/api/saved_objects/_bulk_update',
      async ({ json, space }) => {
        // Hapi hands an empty payload to validation as null.
        const objects = arrayOf((await json()) ?? null, '', 10000, updateObject);
        return { body: bulkUpdate(sim.store, space, objects) };
      },
      { deprecated: true },
    ),
  ];
}
