import type { HttpHandler } from 'msw';
import { bulkGet } from '../engine/bulk-get';
import { kibanaRoute } from '../http';
import type { Simulator } from '../simulator';
import { asArray, asPlainObject, asString, asStringArray, rejectUnknownKeys } from './body';

export function bulkGetRoutes(sim: Simulator): HttpHandler[] {
  return [
    kibanaRoute(
      sim,
      'post',
      '/api/saved_objects/_bulk_get',
      async ({ json, space }) => {
        const items = asArray(await json(), '', 10000).map((raw, i) => {
          const o = asPlainObject(raw, String(i));
          rejectUnknownKeys(o, String(i), ['type', 'id', 'fields', 'namespaces']);
          return {
            type: asString(o.type, `${i}.type`),
            id: asString(o.id, `${i}.id`),
            fields: o.fields === undefined ? undefined : asStringArray(o.fields, `${i}.fields`, 100),
            namespaces: o.namespaces === undefined ? undefined : asStringArray(o.namespaces, `${i}.namespaces`, 100),
          };
        });
        return { body: bulkGet(sim.store, space, items) };
      },
      { deprecated: true },
    ),
  ];
}
