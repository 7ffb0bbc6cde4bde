// Writes the screen's view into the URL, always starting from the URL as it is now.
//
// The router moves the address bar first and renders the new location later, as a transition; on a busy
// machine the screen can show a view one or two steps behind the URL for hundreds of milliseconds. A
// change computed from the rendered search parameters then silently undoes the step before it ("All
// spaces", then Enter in the search box, came back without `scope=all`). So every change here is applied
// to the router's current location, and a change that leaves the URL as it is adds no history entry.
import { useCallback, useContext, useMemo } from 'react';
import { UNSAFE_DataRouterContext, useNavigate } from 'react-router-dom';

export interface UrlWriteOptions {
  /** Replace the current history entry instead of adding one. */
  replace?: boolean;
  /** Kept with the history entry (e.g. to know an entry came from typing). */
  state?: unknown;
}

export interface UrlWriter {
  /** Applies `change` to the current search parameters; returns whether the URL changed. */
  write: (change: (current: URLSearchParams) => URLSearchParams, options?: UrlWriteOptions) => boolean;
  /** The current history entry: its key (changes on every navigation, back/forward too) and state. */
  current: () => { key: string; state: unknown };
}

export function useUrlWriter(): UrlWriter {
  const router = useContext(UNSAFE_DataRouterContext)?.router;
  if (!router) throw new Error('useUrlWriter needs a data router (createBrowserRouter / createMemoryRouter).');
  const navigate = useNavigate();

  const write = useCallback<UrlWriter['write']>(
    (change, options) => {
      // A navigation still being completed is where the URL is going: build on it.
      const location = router.state.navigation.location ?? router.state.location;
      const current = new URLSearchParams(location.search);
      const next = change(new URLSearchParams(current));
      if (next.toString() === current.toString()) return false;
      const search = next.toString();
      // Rendered at once rather than as a transition: what the admin just did is on screen (loading)
      // as soon as it is in the URL, and no control acts on a view the URL has already left.
      void navigate({ pathname: location.pathname, search: search ? `?${search}` : '' }, { ...options, flushSync: true });
      return true;
    },
    [router, navigate],
  );
  const current = useCallback(() => ({ key: router.state.location.key, state: router.state.location.state as unknown }), [router]);
  return useMemo(() => ({ write, current }), [write, current]);
}
