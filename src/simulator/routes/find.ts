import type { HttpHandler } from 'msw';
import { validationError } from '../engine/errors';
import { findObjects } from '../engine/find';
import { kibanaRoute } from '../http';
import type { Simulator } from '../simulator';
import { queryList, queryNumber, queryOperator, queryReferences, rejectUnknownQueryKeys } from './query';

const FIND_KEYS = [
  'per_page', 'page', 'type', 'search', 'default_search_operator', 'search_fields', 'sort_field', 'has_reference',
  'has_reference_operator', 'has_no_reference', 'has_no_reference_operator', 'fields', 'filter', 'aggs', 'namespaces',
] as const;

export function findRoutes(sim: Simulator): HttpHandler[] {
  return [
    kibanaRoute(
      sim,
      'get',
      '/api/saved_objects/_find',
      ({ query, space }) => {
        rejectUnknownQueryKeys(query, FIND_KEYS);
        const types = queryList(query, 'type');
        if (!types) throw validationError('query', 'type', 'expected at least one defined value but got [undefined]');
        if (query.has('filter') || query.has('aggs'))
          throw validationError('query', query.has('filter') ? 'filter' : 'aggs', 'not supported by the Kibana simulator');
        const body = findObjects(sim.store, space, {
          types,
          page: queryNumber(query, 'page', 1),
          perPage: queryNumber(query, 'per_page', 20),
          search: query.get('search') ?? undefined,
          defaultSearchOperator: queryOperator(query, 'default_search_operator'),
          searchFields: queryList(query, 'search_fields')?.map((f) => f.replace(/\^.*$/, '')),
          sortField: query.get('sort_field') ?? undefined,
          hasReference: queryReferences(query, 'has_reference'),
          hasReferenceOperator: queryOperator(query, 'has_reference_operator'),
          hasNoReference: queryReferences(query, 'has_no_reference'),
          hasNoReferenceOperator: queryOperator(query, 'has_no_reference_operator'),
          fields: queryList(query, 'fields'),
          namespaces: queryList(query, 'namespaces'),
        });
        return { body };
      },
      { deprecated: true },
    ),
  ];
}
