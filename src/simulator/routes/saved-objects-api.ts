// The rest of Kibana's saved-objects HTTP API, registered as one block in handlers.ts: import and resolve
// import errors, then get / create / update / bulk create / bulk delete. Order matters: `POST
// /api/saved_objects/{type}` would otherwise take `_import`, `_bulk_create` and the other fixed paths.
import type { HttpHandler } from 'msw';
import type { Simulator } from '../simulator';
import { importRoutes } from './import';
import { objectRoutes } from './objects';

export function savedObjectsApiRoutes(sim: Simulator): HttpHandler[] {
  return [...importRoutes(sim), ...objectRoutes(sim)];
}
