// Test-only: small deployments for copy-to-space, resolve-copy-errors and export tests, plus pinned time and
// ids so answers are reproducible.
import type { StateDocument, StateObject, StateTypeOverride } from '../simulator/state/schema';
import { createTestSimulator, type TestSimulator } from './simulator';

export const FIXED_NOW = '2026-06-01T12:00:00.000Z';

export interface ObjectSpec {
  /** Spaces; default `['default']`. */
  ns?: string[];
  title?: string;
  /** For types titled by `name` (tag, canvas-workpad). */
  name?: string;
  /** `[type, id]` pairs. */
  refs?: [string, string][];
  originId?: string;
  updatedAt?: string;
  managed?: boolean;
}

export function so(type: string, id: string, spec: ObjectSpec = {}): StateObject {
  return {
    type,
    id,
    namespaces: spec.ns ?? ['default'],
    ...(spec.originId ? { originId: spec.originId } : {}),
    attributes: {
      ...(spec.title !== undefined ? { title: spec.title } : {}),
      ...(spec.name !== undefined ? { name: spec.name } : {}),
    },
    references: (spec.refs ?? []).map(([t, i], n) => ({ name: `ref_${n}`, type: t, id: i })),
    updated_at: spec.updatedAt ?? '2026-01-01T00:00:00.000Z',
    managed: spec.managed ?? false,
  };
}

export function deployment(
  objects: StateObject[],
  spaces: string[] = ['default', 'marketing', 'sales'],
  types?: Record<string, StateTypeOverride>,
): StateDocument {
  return {
    spaces: spaces.map((id) => ({ id, name: id === 'default' ? 'Default' : id, disabledFeatures: [], ...(id === 'default' ? { _reserved: true } : {}) })),
    objects,
    ...(types ? { types } : {}),
  };
}

/** Deterministic UUIDv4-shaped ids: `00000000-0000-4000-8000-000000000001`, … */
export function sequentialIds(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

/** A simulator over `state` with time pinned to FIXED_NOW and ids from `ids` (default: sequential). */
export function pinnedSimulator(state: StateDocument, ids: () => string = sequentialIds()): TestSimulator {
  const t = createTestSimulator(state);
  t.sim.store.now = () => new Date(FIXED_NOW);
  t.sim.store.ids = ids;
  return t;
}

/** Ids handed out in the given order, then sequential ones. */
export function queuedIds(...queue: string[]): () => string {
  const rest = sequentialIds();
  return () => queue.shift() ?? rest();
}

/** Every stored object of the simulator, for before/after comparisons. */
export function snapshot(t: TestSimulator) {
  return structuredClone([...t.sim.store.all()]);
}
