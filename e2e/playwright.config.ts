import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Playwright evaluates this file in the runner and again in each worker. The port is chosen once,
// in the runner, and handed to the workers through the environment they inherit.
function freePort(): string {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}
process.env.E2E_PORT ??= freePort();
process.env.E2E_DEV_PORT ??= freePort();
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const devPort = Number(process.env.E2E_DEV_PORT);

// The system Chromium when there is one (CI images, this machine); Playwright's own otherwise.
const executablePath =
  process.env.CHROMIUM_PATH || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// This file lives in e2e/ (the repository's top level holds only what the design names); paths below
// are anchored to the repository root.
const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: path.join(root, 'test-results', 'e2e'),
  // One worker: every test drives the same simulator through /__simulator/*, and the machine is small.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  // What a user waits for on a busy 2-core machine (a screen's first load in the dev server included).
  expect: { timeout: 20_000 },
  // CI also writes a JSON report, from which .ci/run counts every test that ran.
  reporter: process.env.CI ? [['list'], ['json', { outputFile: path.join(root, 'ci-reports', 'playwright.json') }]] : 'list',
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-gpu',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // The suite runs against the production build, served as `npm run preview` serves it (what ships, and
  // pages load in a fraction of the dev server's time on this small machine); dev-server.spec.ts checks the
  // dev server that `npm start` runs.
  projects: [
    { name: 'build', testIgnore: 'dev-server.spec.ts' },
    { name: 'dev-server', testMatch: 'dev-server.spec.ts', use: { baseURL: `http://127.0.0.1:${devPort}` } },
  ],
  webServer: [
    {
      // The real app server: Vite plus the proxy plugin, which starts the embedded simulator.
      command: `npx vite build --logLevel error && npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
      url: `${baseURL}/api/spaces/space`,
      timeout: 300_000,
      ...serverOptions(),
    },
    {
      command: `npx vite --port ${devPort} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${devPort}/api/spaces/space`,
      timeout: 120_000,
      ...serverOptions(),
    },
  ],
});

function serverOptions() {
  return {
    cwd: root,
    // Never reuse: a developer's server keeps state on disk, and the fixtures reset it.
    reuseExistingServer: false,
    stdout: 'pipe' as const,
    env: {
      SIMULATOR_EPHEMERAL: '1',
      // The config graph (incl. the simulator) uses extensionless imports; that future-Vite notice
      // is noise in test output.
      VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
    },
  };
}
