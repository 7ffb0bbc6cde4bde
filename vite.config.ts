import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { readPort } from './src/server/kibana-config';
import { kibanaProxyPlugin } from './src/server/kibana-proxy-plugin';

const port = readPort(process.env);

export default defineConfig({
  plugins: [react(), kibanaProxyPlugin(process.env)],
  // Host checking (server/preview.allowedHosts) keeps Vite's default on purpose: the proxy adds
  // Kibana credentials, so a DNS-rebound page must not be able to reach it.
  server: { port },
  preview: { port },
  build: {
    // EUI alone is ~1 MB minified; it is cached separately (below), so the default 500 kB warning is noise.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Libraries change less often than the app: separate chunks stay cached across deploys.
          // EUI's icon files are excluded so they stay lazily loaded, one small chunk per icon.
          groups: [
            { name: 'eui', test: /node_modules[\\/]@elastic[\\/](?!eui[\\/]es[\\/]components[\\/]icon[\\/]assets)/ },
            { name: 'vendor', test: /node_modules[\\/](?!@elastic[\\/])/ },
          ],
        },
      },
    },
  },
  optimizeDeps: {
    // Pre-bundled at startup rather than on first page load, so the first visit (and the first
    // e2e test) does not trigger an "optimized dependencies changed, reloading" round.
    include: [
      '@elastic/eui',
      '@elastic/eui-theme-borealis',
      '@emotion/react',
      '@emotion/css',
      '@tanstack/react-query',
      'react-router-dom',
      'react-dom/client',
    ],
  },
});
