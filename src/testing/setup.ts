// Setup for the jsdom test project.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy…/waitFor wait for what the admin would see; on a busy 2-core machine EUI in jsdom can take
// seconds to render a table, so the 1 s default fails on speed alone. The test timeout is in vite.config.ts.
configure({ asyncUtilTimeout: 20_000 });

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

// jsdom has no matchMedia; EUI's responsive helpers and color-mode detection call it.
if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}

// Browsers' own style sheet makes <mark> inline; jsdom's does not, so accessible names (computed with
// spaces around non-inline elements) read "metrics -*" for a highlighted "metrics-*". Restore the browser's rule.
const browserDefaults = document.createElement('style');
browserDefaults.textContent = 'mark { display: inline; }';
document.head.append(browserDefaults);
