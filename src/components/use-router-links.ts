// EUI links and buttons take `href` + `onClick`, not react-router's <Link>. This gives them
// client-side navigation while keeping real hrefs, so middle-click and "open in new tab" work.
import { useCallback, type MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';

export interface RouterLinkProps {
  href: string;
  onClick: (event: MouseEvent<HTMLElement>) => void;
}

function isPlainLeftClick(event: MouseEvent<HTMLElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;
}

/**
 * Returns a function that turns an app path (e.g. from paths.ts) into link props. The app is
 * served from `/` (no router basename), so the path is the href as-is.
 */
export function useRouterLinks(): (path: string) => RouterLinkProps {
  const navigate = useNavigate();
  // Stable while `navigate` is, so memoised tables built from these links do not render again for nothing.
  return useCallback(
    (path: string) => ({
      href: path,
      onClick: (event: MouseEvent<HTMLElement>) => {
        if (event.defaultPrevented || !isPlainLeftClick(event)) return;
        event.preventDefault();
        void navigate(path);
      },
    }),
    [navigate],
  );
}
