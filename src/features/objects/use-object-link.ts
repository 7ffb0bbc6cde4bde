// Links that open an object's flyout: same screen, same view, plus `?object=<key>` — real hrefs, so an
// object can be opened in a new tab or its link copied.
import { useCallback } from 'react';
import { useLocation } from 'react-router-dom';
import { useRouterLinks, type RouterLinkProps } from '../../components/use-router-links';

export function objectSearch(search: string, key: string | null): string {
  const params = new URLSearchParams(search);
  if (key === null) params.delete('object');
  else params.set('object', key);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function useObjectLink(): (key: string) => RouterLinkProps {
  const { pathname, search } = useLocation();
  const linkTo = useRouterLinks();
  return useCallback((key: string) => linkTo(`${pathname}${objectSearch(search, key)}`), [pathname, search, linkTo]);
}
