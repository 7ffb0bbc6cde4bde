import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';
import { dropPropTypesPlugin } from './src/server/drop-prop-types-plugin';
import { readPort } from './src/server/kibana-config';
import { kibanaProxyPlugin } from './src/server/kibana-proxy-plugin';

const port = readPort(process.env);
// Components and api/ code run in the browser (window.location, fetch): jsdom. The rest — pure logic,
// the simulator and the app server — runs in Node.
const browserTests = ['src/**/*.test.tsx', 'src/api/**/*.test.ts'];

export default defineConfig({
  // Vitest runs its own Vite server: no proxy (and no embedded simulator) there.
  plugins: [react(), ...(process.env.VITEST ? [] : [kibanaProxyPlugin(process.env)]), dropPropTypesPlugin()],
  // Host checking (server/preview.allowedHosts) keeps Vite's default on purpose: the proxy adds
  // Kibana credentials, so a DNS-rebound page must not be able to reach it.
  resolve: {
    // EUI's theme package imports one helper from the CommonJS `lodash`, which bundles the whole library
    // (~25 KB gzip) into the first screen; the ES build is tree-shaken to what is used. EUI also imports
    // single CommonJS modules (`lodash/isEqual`, …): their ES twins in lodash-es are smaller once bundled.
    alias: [
      { find: /^lodash$/, replacement: 'lodash-es' },
      { find: /^lodash\/([\w.]+?)(\.js)?$/, replacement: 'lodash-es/$1.js' },
      // EUI's href check needs only a URL's protocol: the browser's parser (src/lib/url-parse-shim.ts).
      { find: /^url-parse$/, replacement: fileURLToPath(new URL('./src/lib/url-parse-shim.ts', import.meta.url)) },
    ],
  },
  // CORS off: the app is same-origin and needs none. Vite's default would let any page on another
  // localhost port send credentialed requests through the proxy and read the answers.
  // Warm-up: the dev server transforms the lazily loaded screens as it starts, so the first click to a
  // screen on a busy machine does not wait seconds for its modules to be compiled on demand.
  server: { port, cors: false, warmup: { clientFiles: ['./src/main.tsx', './src/features/*/route.tsx'] } },
  preview: { port, cors: false },
  build: {
    // The first screen is one ~1.2 MB chunk (below), most of it EUI, so the default 500 kB warning is noise.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically (the shell and the Objects screen) in one chunk. Left to
        // itself Rolldown cuts that code into ~20 chunks wherever a lazily loaded screen or icon shares a
        // piece of it; the page fetches all of them anyway, and separately compressed, with the imports
        // and exports between them, they were ~40 KB gzip more (400 → 358 KB). Lazy screens stay chunks.
        codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] },
      },
    },
  },
  optimizeDeps: {
    // Pre-bundled at startup rather than on first page load, so the first visit (and the first
    // e2e test) does not trigger an "optimized dependencies changed, reloading" round.
    include: [
      '@elastic/eui',
      '@elastic/eui-theme-borealis',
      '@emotion/cache',
      '@emotion/react',
      '@emotion/css',
      '@tanstack/react-query',
      'react-router-dom',
      'react-dom/client',
    ],
  },
  test: {
    // Timeouts sized for a busy 2-core machine (CI shares its cores): a test waits for what a user would see,
    // never for a fixed time, so a generous ceiling only matters when something is really stuck.
    // Testing Library's own wait (findBy…, waitFor) is set beside it in src/testing/setup.ts.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // CI also writes a JSON report, from which .ci/run counts every test that ran.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'ci-reports/vitest.json' },
    projects: [
      { extends: true, test: { name: 'dom', environment: 'jsdom', include: browserTests, setupFiles: ['src/testing/setup.ts'] } },
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['src/**/*.test.ts'], exclude: [...configDefaults.exclude, ...browserTests] },
      },
    ],
  },
});
