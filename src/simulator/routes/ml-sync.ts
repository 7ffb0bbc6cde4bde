// `GET /api/ml/saved_objects/sync?simulate=&addToAllSpaces=` (kibana-api.md §10.1), a versioned public route.
import type { HttpHandler } from 'msw';
import { syncMlSavedObjects } from '../engine/ml-sync';
import { kibanaRoute } from '../http';
import type { Simulator } from '../simulator';
import { queryBoolean, rejectUnknownQueryKeys } from './query';

export function mlSyncRoutes(sim: Simulator): HttpHandler[] {
  return [
    kibanaRoute(
      sim,
      'get',
      '/api/ml/saved_objects/sync',
      ({ query, space }) => {
        rejectUnknownQueryKeys(query, ['simulate', 'addToAllSpaces']);
        const simulate = queryBoolean(query, 'simulate', false);
        // The route passes `addToAllSpaces ?? true`.
        const addToAllSpaces = queryBoolean(query, 'addToAllSpaces', true);
        return { body: syncMlSavedObjects(sim.store, space, { simulate, addToAllSpaces }) };
      },
      { versioned: true },
    ),
  ];
}
