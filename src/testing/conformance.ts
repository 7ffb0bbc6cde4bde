// Test-only: table-driven conformance cases against the simulator. Each case names the kibana-api.md
// section it checks, sends one request to a fresh simulator (the demo unless the case brings a state) and
// compares status, body and headers with what Kibana answers.
import { expect } from 'vitest';
import type { Simulator } from '../simulator/simulator';
import type { StateDocument } from '../simulator/state/schema';
import { createTestSimulator, type TestSimulator } from './simulator';

/** Every conformance simulator runs at this instant, so timestamps can be asserted. */
export const PINNED_NOW = '2026-12-01T10:00:00.000Z';

export interface ConformanceCase {
  /** The contract section checked, e.g. `5.3`. */
  section: string;
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Send `kbn-xsrf` (default true). */
  xsrf?: boolean;
  state?: () => StateDocument;
  /** Runs before the request (e.g. to plant a situation). */
  before?: (t: TestSimulator) => Promise<void> | void;
  status: number;
  /** Compared with `toEqual` when `exact`, else `toMatchObject`. */
  expectBody?: unknown;
  exact?: boolean;
  /** Extra assertions on the answer and the simulator afterwards. */
  check?: (answer: { status: number; body: never; headers: Headers }, sim: Simulator) => void;
}

export function caseTitle(c: ConformanceCase): string {
  return `§${c.section} ${c.method} ${c.path.length > 70 ? `${c.path.slice(0, 67)}...` : c.path} — ${c.name}`;
}

export async function runCase(c: ConformanceCase): Promise<void> {
  const t = createTestSimulator(c.state);
  t.sim.store.now = () => new Date(PINNED_NOW);
  await c.before?.(t);
  const answer = await t.json(c.method, c.path, { body: c.body, headers: c.headers, xsrf: c.xsrf });
  expect(answer.status, JSON.stringify(answer.body)).toBe(c.status);
  if (c.expectBody !== undefined) {
    if (c.exact) expect(answer.body).toEqual(c.expectBody);
    else expect(answer.body).toMatchObject(c.expectBody as object);
  }
  c.check?.(answer as never, t.sim);
}

/** Kibana's error body. */
export const errorOf = (statusCode: number, error: string, message: string) => ({ statusCode, error, message });
export const badRequest = (message: string) => errorOf(400, 'Bad Request', message);
export const notFoundError = (type: string, id: string) => errorOf(404, 'Not Found', `Saved object [${type}/${id}] not found`);

/** A small deployment for cases the demo does not cover: a hidden type and a few objects. */
export function smallState(objects: StateDocument['objects'] = [], ml?: StateDocument['ml']): StateDocument {
  return {
    spaces: [
      { id: 'default', name: 'Default', disabledFeatures: [], _reserved: true },
      { id: 'marketing', name: 'Marketing', disabledFeatures: [] },
      { id: 'sales', name: 'Sales', disabledFeatures: [] },
    ],
    objects: [
      { type: 'secret', id: 'hidden-1', namespaces: ['default'], attributes: { title: 'Hidden' } },
      ...objects,
    ],
    ml: ml ?? { jobs: [], trainedModels: [] },
    types: { secret: { namespaceType: 'multiple', hidden: true } },
  };
}
