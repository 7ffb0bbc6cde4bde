import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

// Separate from vite.config.ts on purpose: the app server's proxy plugin would start a
// simulator for every test run.
const browserTests = ['src/**/*.test.tsx', 'src/api/**/*.test.ts'];

export default defineConfig({
  plugins: [react()],
  test: {
    // CI also writes a JSON report, from which .ci/run counts every test that ran.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'ci-reports/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          // Components, and api/ code, which runs in the browser (window.location, fetch).
          name: 'dom',
          environment: 'jsdom',
          include: browserTests,
          setupFiles: ['src/testing/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Pure logic, the simulator and the app server.
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...browserTests],
        },
      },
    ],
  },
});
