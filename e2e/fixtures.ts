// Every test starts from the demo deployment with no faults, through the app server's
// /__simulator/* pass-through (only present when no KIBANA_URL is set).
import { test as base, expect, type APIRequestContext } from '@playwright/test';
import type { FaultRule } from '../src/simulator/faults';

export type { FaultRule };

export interface Simulator {
  reset(body?: { demo: true } | { empty: true }): Promise<void>;
  setFaults(rules: FaultRule[]): Promise<void>;
  clearFaults(): Promise<void>;
}

/** What the simulator's control endpoints require on writes (kibana-api.md §14.2): kbn-xsrf and JSON. */
export const CONTROL_HEADERS = { 'kbn-xsrf': 'e2e', 'content-type': 'application/json' } as const;

function simulatorControl(request: APIRequestContext): Simulator {
  const ok = async (call: Promise<{ ok(): boolean; status(): number; text(): Promise<string> }>, what: string) => {
    const response = await call;
    if (!response.ok()) throw new Error(`${what} failed: ${response.status()} ${await response.text()}`);
  };
  return {
    reset: (body = { demo: true }) => ok(request.post('/__simulator/reset', { data: body, headers: CONTROL_HEADERS }), 'Simulator reset'),
    setFaults: (rules) => ok(request.put('/__simulator/faults', { data: rules, headers: CONTROL_HEADERS }), 'Setting simulator faults'),
    clearFaults: () => ok(request.delete('/__simulator/faults', { headers: CONTROL_HEADERS }), 'Clearing simulator faults'),
  };
}

export const test = base.extend<{ simulator: Simulator }>({
  simulator: [
    async ({ request }, use) => {
      const simulator = simulatorControl(request);
      await simulator.clearFaults();
      await simulator.reset({ demo: true });
      await use(simulator);
    },
    { auto: true },
  ],
});

export { expect };
