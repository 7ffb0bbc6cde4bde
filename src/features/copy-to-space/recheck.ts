// Re-checking a space whose copy answer was lost (pure): which objects of the closure Kibana wrote there.
// A copy writes under the source id, an origin match or a new id; a new copy under a fresh id with the same
// title. What changed since the request went out was (most likely) written by it.
import type { SavedObject } from '../../contract/kibana';
import { objectLabel } from '../../lib/object-title';
import type { ClosureObject } from './closure';

export interface RecheckFinding {
  type: string;
  id: string;
  title?: string;
  /** Objects of the space that this copy may have written, newest first. */
  written: { id: string; title?: string; updatedAt?: string }[];
}

export interface RecheckResult {
  checkedAt: string;
  findings: RecheckFinding[];
}

// Kibana's clock and the browser's differ; an object changed shortly before the request counts as written.
const CLOCK_SLACK_MS = 60_000;

// As the closure titles its objects (closure.ts), so that a new copy is recognised by its title.
const titleOf = (o: SavedObject) => objectLabel(o);

export function summariseRecheck(closure: readonly ClosureObject[], inSpace: readonly SavedObject[], sentAt: string, checkedAt: string): RecheckResult {
  const since = Date.parse(sentAt) - CLOCK_SLACK_MS;
  const recent = inSpace.filter((o) => Date.parse(o.updated_at ?? '') >= since);
  const findings = closure.map((c) => {
    const written = recent
      .filter((o) => o.type === c.type && (o.id === c.id || o.originId === c.id || (c.title !== undefined && titleOf(o) === c.title)))
      .sort((a, b) => (b.updated_at ?? '').localeCompare(a.updated_at ?? ''))
      .map((o) => ({ id: o.id, title: titleOf(o), updatedAt: o.updated_at }));
    return { type: c.type, id: c.id, title: c.title, written };
  });
  return { checkedAt, findings };
}

export function recheckVerdict(result: RecheckResult): 'nothing-written' | 'all-written' | 'partly-written' {
  const written = result.findings.filter((f) => f.written.length).length;
  if (written === 0) return 'nothing-written';
  return written === result.findings.length ? 'all-written' : 'partly-written';
}
