// Every request handler of the simulated Kibana, in one array: served by node-server.ts in Node, by
// msw/node in Vitest, and usable by the browser worker.
import type { HttpHandler } from 'msw';
import { unknownRoute } from './http';
import { bulkGetRoutes } from './routes/bulk-get';
import { controlRoutes } from './routes/control';
import { findRoutes } from './routes/find';
import { spacesRoutes } from './routes/spaces';
import type { Simulator } from './simulator';

export function createKibanaHandlers(sim: Simulator): HttpHandler[] {
  return [
    ...controlRoutes(sim),
    ...spacesRoutes(sim),
    ...findRoutes(sim),
    ...bulkGetRoutes(sim),
    // Keep last: Kibana's bare 404 for any other /api path.
    unknownRoute(sim),
  ];
}
