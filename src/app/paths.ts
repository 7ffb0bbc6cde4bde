// Typed URL builders and parsers. The URL is the state: the space and the screen live in it, so
// links can be shared and reloads land where the admin was.

export const SCREENS = ['objects', 'bulk-edit', 'copy', 'ml-sync', 'aliases'] as const;
export type Screen = (typeof SCREENS)[number];

export const DEFAULT_SPACE_ID = 'default';

export function isScreen(value: string | undefined): value is Screen {
  return (SCREENS as readonly string[]).includes(value ?? '');
}

export function screenPath(spaceId: string, screen: Screen): string {
  return `/s/${encodeURIComponent(spaceId)}/${screen}`;
}

export const homePath = (): string => screenPath(DEFAULT_SPACE_ID, 'objects');

export interface AppLocation {
  spaceId: string;
  screen: Screen | undefined;
}

/** `/s/marketing/copy?x=1` → `{ spaceId: 'marketing', screen: 'copy' }`; null outside `/s/…`. */
export function parseAppPath(pathname: string): AppLocation | null {
  const match = /^\/s\/([^/]+)(?:\/([^/]+))?/.exec(pathname);
  if (!match) return null;
  let spaceId: string;
  try {
    spaceId = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return { spaceId, screen: isScreen(match[2]) ? match[2] : undefined };
}

/**
 * Same screen, other space. Query parameters are dropped on purpose: they name objects and
 * filters of the space being left, which mean nothing (or something else) in the next one.
 */
export function switchSpacePath(pathname: string, spaceId: string): string {
  return screenPath(spaceId, parseAppPath(pathname)?.screen ?? 'objects');
}
