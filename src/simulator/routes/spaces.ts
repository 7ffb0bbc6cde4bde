// `GET /api/spaces/space` and `GET /api/spaces/space/{id}` (kibana-api.md §2).
import type { HttpHandler } from 'msw';
import type { Space } from '../../contract/kibana';
import { KibanaHttpError, validationError } from '../engine/errors';
import { kibanaRoute } from '../http';
import type { Simulator } from '../simulator';
import { queryBoolean, rejectUnknownQueryKeys } from './query';

const PURPOSES = ['any', 'copySavedObjectsIntoSpace', 'shareSavedObjectsIntoSpace'];

/** The space object as the API returns it: absent optional fields omitted. */
export function toSpaceResponse(space: Space): Space {
  const { id, name, description, color, initials, imageUrl, disabledFeatures, _reserved, solution } = space;
  return Object.fromEntries(
    Object.entries({ id, name: name ?? '', description, color, initials, imageUrl, disabledFeatures: disabledFeatures ?? [], _reserved, solution }).filter(
      ([, v]) => v !== undefined,
    ),
  ) as unknown as Space;
}

export function spacesRoutes(sim: Simulator): HttpHandler[] {
  return [
    kibanaRoute(
      sim,
      'get',
      '/api/spaces/space',
      ({ query }) => {
        rejectUnknownQueryKeys(query, ['purpose', 'include_authorized_purposes']);
        const purpose = query.get('purpose');
        if (purpose !== null && !PURPOSES.includes(purpose))
          throw validationError('query', 'purpose', `types that failed validation:\n${PURPOSES.map((p, i) => `- [purpose.${i}]: expected value to equal [${p}]`).join('\n')}`);
        const includePurposes = queryBoolean(query, 'include_authorized_purposes', false);
        if (purpose !== null && includePurposes)
          throw validationError('query', 'include_authorized_purposes', 'include_authorized_purposes can only be false when purpose is specified');
        const spaces = [...sim.store.spaces].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        return {
          body: spaces.map((s) => ({
            ...toSpaceResponse(s),
            ...(includePurposes
              ? { authorizedPurposes: { any: true, copySavedObjectsIntoSpace: true, findSavedObjects: true, shareSavedObjectsIntoSpace: true } }
              : {}),
          })),
        };
      },
      { versioned: true },
    ),
    kibanaRoute(
      sim,
      'get',
      '/api/spaces/space/:id',
      ({ params }) => {
        const space = sim.store.spaces.find((s) => s.id === params.id);
        if (!space) throw new KibanaHttpError(404, 'Not Found');
        return { body: toSpaceResponse(space) };
      },
      { versioned: true },
    ),
  ];
}
