// `POST /api/saved_objects/_bulk_resolve`, `GET /api/saved_objects/resolve/{type}/{id}` and
// `POST /api/spaces/_disable_legacy_url_aliases` (kibana-api.md §5).
import type { HttpHandler } from 'msw';
import { bulkResolve, disableLegacyUrlAliases, resolveOne } from '../engine/resolve';
import { kibanaRoute } from '../http';
import type { Simulator } from '../simulator';
import { arrayOf, asPlainObject, asString, rejectUnknownKeys } from './body';

function objectRef(value: unknown, path: string): { type: string; id: string } {
  const o = asPlainObject(value, path);
  const ref = { type: asString(o.type, `${path}.type`), id: asString(o.id, `${path}.id`) };
  rejectUnknownKeys(o, path, ['type', 'id']);
  return ref;
}

function aliasTarget(value: unknown, path: string) {
  const o = asPlainObject(value, path);
  const target = {
    targetSpace: asString(o.targetSpace, `${path}.targetSpace`),
    targetType: asString(o.targetType, `${path}.targetType`),
    sourceId: asString(o.sourceId, `${path}.sourceId`),
  };
  rejectUnknownKeys(o, path, ['targetSpace', 'targetType', 'sourceId']);
  return target;
}

export function resolveRoutes(sim: Simulator): HttpHandler[] {
  return [
    kibanaRoute(
      sim,
      'post',
      '/api/saved_objects/_bulk_resolve',
      async ({ json, space }) => {
        // Hapi hands an empty payload to validation as null.
        const objects = arrayOf((await json()) ?? null, '', 10000, objectRef);
        return { body: bulkResolve(sim.store, space, objects) };
      },
      { deprecated: true },
    ),
    kibanaRoute(
      sim,
      'get',
      '/api/saved_objects/resolve/:type/:id',
      ({ params, space }) => ({ body: resolveOne(sim.store, space, params.type, params.id) }),
      { deprecated: true },
    ),
    kibanaRoute(sim, 'post', '/api/spaces/_disable_legacy_url_aliases', async ({ json }) => {
      const body = asPlainObject((await json()) ?? null, '');
      const aliases = arrayOf(body.aliases, 'aliases', 1000, aliasTarget);
      rejectUnknownKeys(body, '', ['aliases']);
      disableLegacyUrlAliases(sim.store, aliases);
      return { status: 204 };
    }),
  ];
}
