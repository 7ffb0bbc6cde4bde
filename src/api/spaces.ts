// Kibana spaces (kibana-api.md §2): fetchers and the `spaceQueries` factory.
import { queryOptions } from '@tanstack/react-query';
import type { Space } from '../contract/kibana';
import { kibanaRequest } from './client';
import {
  answer,
  arrayOf,
  expectBoolean,
  expectString,
  objectOf,
  optional,
  withDefault,
  type Validator,
} from './validate';

const SOLUTIONS: readonly NonNullable<Space['solution']>[] = ['es', 'oblt', 'security', 'classic'];

// A solution this console does not know yet is dropped rather than reported: it only tints the
// UI, and a newer Kibana must not make the whole space list unreadable.
const knownSolution: Validator<Space['solution']> = (value) =>
  SOLUTIONS.find((solution) => solution === value);

export const spaceValidator = objectOf<Space>({
  id: expectString,
  name: withDefault(expectString, () => ''),
  description: optional(expectString),
  color: optional(expectString),
  initials: optional(expectString),
  imageUrl: optional(expectString),
  disabledFeatures: withDefault(arrayOf(expectString), () => []),
  _reserved: optional(expectBoolean),
  solution: knownSolution,
});

export function getSpaces(signal?: AbortSignal): Promise<Space[]> {
  return kibanaRequest({ path: '/api/spaces/space', signal, validate: answer(arrayOf(spaceValidator)) });
}

export function getSpace(spaceId: string, signal?: AbortSignal): Promise<Space> {
  return kibanaRequest({
    path: `/api/spaces/space/${encodeURIComponent(spaceId)}`,
    signal,
    validate: answer(spaceValidator),
  });
}

// Spaces change rarely and every screen needs them: keep them fresh for a few minutes.
const SPACES_STALE_MS = 5 * 60_000;

export const spaceQueries = {
  all: () => ['spaces'] as const,
  list: () =>
    queryOptions({
      queryKey: [...spaceQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => getSpaces(signal),
      staleTime: SPACES_STALE_MS,
    }),
  detail: (spaceId: string) =>
    queryOptions({
      queryKey: [...spaceQueries.all(), 'detail', spaceId] as const,
      queryFn: ({ signal }) => getSpace(spaceId, signal),
      staleTime: SPACES_STALE_MS,
    }),
};
