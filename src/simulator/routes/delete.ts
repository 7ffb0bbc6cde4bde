// `DELETE /api/saved_objects/{type}/{id}?force=` (kibana-api.md §9).
import type { HttpHandler } from 'msw';
import { deleteObject } from '../engine/delete';
import { kibanaRoute } from '../http';
import type { Simulator } from '../simulator';
import { queryBoolean, rejectUnknownQueryKeys } from './query';

export function deleteRoutes(sim: Simulator): HttpHandler[] {
  return [
    kibanaRoute(
      sim,
      'delete',
      '/api/saved_objects/:type/:id',
      ({ params, query, space }) => {
        rejectUnknownQueryKeys(query, ['force']);
        const force = queryBoolean(query, 'force', false);
        return { body: deleteObject(sim.store, space, params.type, params.id, force) };
      },
      { deprecated: true },
    ),
  ];
}
