// Test-only: a fresh in-memory simulator and two ways to talk to it — `call()` sends a Request straight
// through the handler array (fast, no global patching), `startMswServer()` intercepts fetch with msw/node
// so app code (api/client.ts) can be tested against the same handlers.
import { getResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createKibanaHandlers } from '../simulator/handlers';
import { Simulator } from '../simulator/simulator';
import type { StateDocument } from '../simulator/state/schema';
import { seedState } from '../simulator/state/seed';

export const TEST_ORIGIN = 'http://kibana.test';

export interface TestSimulator {
  sim: Simulator;
  /** Sends one request to the simulator. JSON bodies are encoded; `kbn-xsrf` is added unless `xsrf: false`. */
  call(method: string, path: string, options?: { body?: unknown; headers?: Record<string, string>; xsrf?: boolean }): Promise<Response>;
  /** `call` + parsed JSON body. */
  json<T = unknown>(method: string, path: string, options?: { body?: unknown; headers?: Record<string, string>; xsrf?: boolean }): Promise<{ status: number; body: T; headers: Headers }>;
}

export function createTestSimulator(state?: StateDocument | (() => StateDocument), opts: { apiKey?: string } = {}): TestSimulator {
  const initialState = typeof state === 'function' ? state : () => structuredClone(state ?? seedState());
  const sim = new Simulator({ initialState, apiKey: opts.apiKey });
  const handlers = createKibanaHandlers(sim);
  const call: TestSimulator['call'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...(options.xsrf === false ? {} : { 'kbn-xsrf': 'test' }), ...options.headers };
    let body: string | FormData | undefined;
    // A FormData body goes as multipart; fetch writes its content-type with the boundary.
    if (options.body instanceof FormData) body = options.body;
    else if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await getResponse(handlers, new Request(`${TEST_ORIGIN}${path}`, { method, headers, body }));
    if (!response) throw new Error(`no simulator handler for ${method} ${path}`);
    return response;
  };
  return {
    sim,
    call,
    async json(method, path, options) {
      const response = await call(method, path, options);
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : undefined) as never, headers: response.headers };
    },
  };
}

/** msw/node interception over a fresh simulator; call `.listen()` in beforeAll and `.close()` in afterAll. */
export function startMswServer(sim: Simulator): ReturnType<typeof setupServer> {
  return setupServer(...createKibanaHandlers(sim));
}
