// Every request handler of the simulated Kibana, in one array: served by node-server.ts in Node, by
// msw/node in Vitest, and usable by the browser worker.
import type { HttpHandler } from 'msw';
import { malformedPathRoute, unknownRoute } from './http';
import { bulkGetRoutes } from './routes/bulk-get';
import { bulkUpdateRoutes } from './routes/bulk-update';
import { controlRoutes } from './routes/control';
import { copyToSpaceRoutes } from './routes/copy-to-space';
import { deleteRoutes } from './routes/delete';
import { exportRoutes } from './routes/export';
import { findRoutes } from './routes/find';
import { mlSyncRoutes } from './routes/ml-sync';
import { resolveRoutes } from './routes/resolve';
import { savedObjectsApiRoutes } from './routes/saved-objects-api';
import { spacesRoutes } from './routes/spaces';
import type { Simulator } from './simulator';

export function createKibanaHandlers(sim: Simulator): HttpHandler[] {
  return [
    // Keep first: a path whose %-encoding does not decode gets Kibana's 400 before any other matching.
    malformedPathRoute(),
    ...controlRoutes(sim),
    ...spacesRoutes(sim),
    ...findRoutes(sim),
    ...bulkGetRoutes(sim),
    ...resolveRoutes(sim),
    ...bulkUpdateRoutes(sim),
    ...deleteRoutes(sim),
    ...mlSyncRoutes(sim),
    ...copyToSpaceRoutes(sim),
    ...exportRoutes(sim),
    ...savedObjectsApiRoutes(sim),
    // Keep last: Kibana's bare 404 for any other /api path.
    unknownRoute(sim),
  ];
}
