// Reads the saved object out of a Kibana link an admin copied from the address bar:
//   [origin][/basePath][/s/<space>]/app/<app><path or #hash>
// Only the apps whose URL names one saved object are read; the id is percent-decoded (Kibana encodes it).
// Routes as Kibana 8.x and 9.x write them (dashboard, discover, lens, visualize, maps, canvas, data views,
// saved objects management).

export interface KibanaUrlObject {
  type: string;
  id: string;
  /** The space of the link (`/s/<space>/`); absent for the default space. */
  space?: string;
}

const ROUTES: { pattern: RegExp; type?: string }[] = [
  { pattern: /^dashboards?#\/view\/([^/?#]+)/, type: 'dashboard' },
  { pattern: /^discover#\/view\/([^/?#]+)/, type: 'search' },
  { pattern: /^lens#\/edit\/([^/?#]+)/, type: 'lens' },
  { pattern: /^visualize#\/edit\/([^/?#]+)/, type: 'visualization' },
  { pattern: /^maps\/map\/([^/?#]+)/, type: 'map' },
  { pattern: /^canvas#\/workpad\/([^/?#]+)/, type: 'canvas-workpad' },
  { pattern: /^management\/kibana\/(?:dataViews\/dataView|indexPatterns\/patterns)\/([^/?#]+)/, type: 'index-pattern' },
  // Saved objects management: the type is in the path.
  { pattern: /^management\/kibana\/objects\/(?:savedObjects\/)?([a-z0-9_.-]+)\/([^/?#]+)/ },
];

/** Does the line look like a link rather than an id? */
export function looksLikeKibanaUrl(text: string): boolean {
  return /^https?:\/\//i.test(text) || /^\/(?:.*\/)?app\//.test(text);
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** The object a Kibana link opens, or null when the link names none this console can read. */
export function parseKibanaUrl(text: string): KibanaUrlObject | null {
  const match = /(?:^|\/)(?:s\/([^/]+)\/)?app\/(.+)$/.exec(text.trim().replace(/^https?:\/\/[^/]+/i, ''));
  if (!match) return null;
  const [, rawSpace, rest] = match;
  const space = rawSpace === undefined ? undefined : decode(rawSpace);
  if (space === null) return null;
  for (const { pattern, type } of ROUTES) {
    const found = pattern.exec(rest);
    if (!found) continue;
    const objectType = type ?? found[1];
    const id = decode(type ? found[1] : found[2]);
    if (!id) return null;
    return { type: objectType, id, ...(space && space !== 'default' ? { space } : {}) };
  }
  return null;
}
