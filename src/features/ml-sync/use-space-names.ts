import { useQuery } from '@tanstack/react-query';
import { spaceQueries } from '../../api/spaces';
import type { Space } from '../../contract/kibana';

export interface SpaceNames {
  spaces: Space[] | undefined;
  /** A space's name, or its id until the spaces are known; `*` is "all spaces". */
  nameOf: (id: string) => string;
}

export function useSpaceNames(): SpaceNames {
  const { data: spaces } = useQuery(spaceQueries.list());
  return {
    spaces,
    nameOf: (id) => (id === '*' ? 'all spaces' : id === '?' ? 'a space you cannot see' : spaces?.find((s) => s.id === id)?.name ?? id),
  };
}
