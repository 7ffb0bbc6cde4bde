import { describe, expect, it } from 'vitest';
import type { CopyResponse, CopyRetry, CopySpaceResult } from '../../contract/kibana';
import { createDemoState } from '../../simulator/state/demo';
import { pinnedSimulator } from '../../testing/copy-fixtures';
import {
  buildCopyRequest,
  buildResolveRequest,
  decideAll,
  decisionRows,
  groupBySource,
  isValidDecision,
  spaceKey,
  spaceRetries,
  summariseSpace,
  type Decision,
  type SpaceAnswer,
} from './copy-plan';

const answered = (result: CopySpaceResult, retries?: CopyRetry[]): SpaceAnswer => ({ kind: 'answered', result, retries });

const blocked: CopySpaceResult = {
  success: false,
  successCount: 2,
  successResults: [
    { type: 'index-pattern', id: 'dv', meta: { title: 'Logs' } },
    { type: 'visualization', id: 'vis', meta: { title: 'Vis' }, destinationId: 'vis-copy', createNewCopy: true },
  ],
  errors: [
    { type: 'dashboard', id: 'dash', meta: { title: 'Dash' }, error: { type: 'conflict', destinationId: 'mk-dash' } },
    { type: 'search', id: 'se', meta: { title: 'Search' }, error: { type: 'ambiguous_conflict', destinations: [{ id: 'a', title: 'A', updatedAt: '2026-02-01' }, { id: 'b', title: 'B', updatedAt: '2026-01-01' }] } },
    { type: 'visualization', id: 'orphan', meta: { title: 'Orphan' }, error: { type: 'missing_references', references: [{ type: 'index-pattern', id: 'gone' }] } },
    { type: 'widget', id: 'w', meta: {}, error: { type: 'unsupported_type' } },
  ],
};

describe('space status', () => {
  it('counts decisions and failures, and names a space-level failure', () => {
    expect(summariseSpace(answered(blocked))).toMatchObject({ status: 'needs-decisions', successCount: 2, decisions: 3, failures: 1 });
    expect(summariseSpace(answered({ success: true, successCount: 3 }))).toMatchObject({ status: 'copied', successCount: 3 });
    expect(
      summariseSpace(answered({ success: false, successCount: 0, errors: [{ statusCode: 403, error: 'Forbidden', message: 'Unable to bulk_create dashboard' }] })),
    ).toMatchObject({ status: 'failed', message: 'Unable to bulk_create dashboard' });
    expect(summariseSpace({ kind: 'unknown', message: 'lost' }).status).toBe('unknown');
  });
});

describe('decision grid', () => {
  const rows = decisionRows('default', 'marketing', answered(blocked));

  it('has one row per resolvable error; unsupported types are not decisions', () => {
    expect(rows.map((r) => [r.key, r.error.type])).toEqual([
      ['default>marketing>dashboard:dash', 'conflict'],
      ['default>marketing>search:se', 'ambiguous_conflict'],
      ['default>marketing>visualization:orphan', 'missing_references'],
    ]);
  });

  it('accepts only decisions that fit the kind of error', () => {
    const [conflict, ambiguous, missing] = rows;
    expect(isValidDecision(conflict, { action: 'overwrite' })).toBe(true);
    expect(isValidDecision(conflict, { action: 'ignore' })).toBe(false);
    expect(isValidDecision(ambiguous, { action: 'overwrite' })).toBe(false);
    expect(isValidDecision(ambiguous, { action: 'overwrite', destinationId: 'b' })).toBe(true);
    expect(isValidDecision(missing, { action: 'remap', to: {} })).toBe(false);
    expect(isValidDecision(missing, { action: 'remap', to: { 'index-pattern:gone': 'dv2' } })).toBe(true);
  });

  it('"overwrite all" overwrites conflicts (the newest destination of an ambiguous one) and leaves missing references alone', () => {
    const decisions = decideAll(rows, new Map([[rows[2].key, { action: 'skip' } as Decision]]), 'overwrite');
    expect(decisions.get(rows[0].key)).toEqual({ action: 'overwrite', destinationId: 'mk-dash' });
    expect(decisions.get(rows[1].key)).toEqual({ action: 'overwrite', destinationId: 'a' });
    expect(decisions.get(rows[2].key)).toEqual({ action: 'skip' });
    expect(decideAll(rows, decisions, 'skip').get(rows[1].key)).toEqual({ action: 'skip' });
  });
});

describe('retries', () => {
  it('carry every success, then the decided rows; skipped rows are left out', () => {
    const decisions = new Map<string, Decision>([
      ['default>marketing>dashboard:dash', { action: 'overwrite', destinationId: 'mk-dash' }],
      ['default>marketing>search:se', { action: 'skip' }],
      ['default>marketing>visualization:orphan', { action: 'remap', to: { 'index-pattern:gone': 'dv2' } }],
    ]);
    expect(spaceRetries('default', 'marketing', answered(blocked), decisions)).toEqual([
      { type: 'index-pattern', id: 'dv', overwrite: false },
      { type: 'visualization', id: 'vis', overwrite: false, destinationId: 'vis-copy', createNewCopy: true },
      { type: 'dashboard', id: 'dash', overwrite: true, destinationId: 'mk-dash' },
      { type: 'visualization', id: 'orphan', overwrite: false, ignoreMissingReferences: true },
    ]);
  });

  it('by default overwrite nothing and copy objects with missing references anyway', () => {
    expect(spaceRetries('default', 'marketing', answered(blocked), new Map())).toContainEqual({
      type: 'visualization',
      id: 'orphan',
      overwrite: false,
      ignoreMissingReferences: true,
    });
    expect(spaceRetries('default', 'marketing', answered(blocked), new Map()).some((r) => r.overwrite)).toBe(false);
  });

  it('one resolve request per source space, only for the spaces that need decisions', () => {
    const answers = new Map<string, SpaceAnswer>([
      [spaceKey('default', 'marketing'), answered(blocked)],
      [spaceKey('default', 'sales'), answered({ success: true, successCount: 3 })],
      [spaceKey('engineering', 'marketing'), answered(blocked)],
    ]);
    const request = buildResolveRequest({ source: 'default', objects: [{ type: 'dashboard', id: 'dash' }] }, answers, new Map(), { mode: 'ask', includeReferences: true });
    expect(Object.keys(request?.retries ?? {})).toEqual(['marketing']);
    expect(request).toMatchObject({ objects: [{ type: 'dashboard', id: 'dash' }], includeReferences: true, createNewCopies: false });
    expect(request).not.toHaveProperty('replaceReferences');
    expect(
      buildResolveRequest({ source: 'default', objects: [] }, new Map([[spaceKey('default', 'sales'), answered({ success: true, successCount: 1 })]]), new Map(), { mode: 'ask', includeReferences: true }),
    ).toBeUndefined();
  });
});

describe('copy requests', () => {
  it('never send overwrite with new copies, and never target the source space', () => {
    const group = { source: 'default', objects: [{ type: 'dashboard', id: 'd' }] };
    expect(buildCopyRequest(group, ['default', 'sales'], { mode: 'new-copies', includeReferences: true })).toMatchObject({ spaces: ['sales'], createNewCopies: true, overwrite: false });
    expect(buildCopyRequest(group, ['sales'], { mode: 'overwrite', includeReferences: false })).toMatchObject({ createNewCopies: false, overwrite: true, includeReferences: false });
    expect(buildCopyRequest(group, ['sales'], { mode: 'ask', includeReferences: true })).toMatchObject({ createNewCopies: false, overwrite: false });
  });

  it('group a selection by the space each object lives in', () => {
    expect(groupBySource([{ type: 'a', id: '1' }, { type: 'b', id: '2', space: 'sales' }, { type: 'c', id: '3' }], 'default')).toEqual([
      { source: 'default', objects: [{ type: 'a', id: '1' }, { type: 'c', id: '3' }] },
      { source: 'sales', objects: [{ type: 'b', id: '2' }] },
    ]);
  });
});

describe('against the simulator with the demo deployment', () => {
  it('the decisions resolve every planted conflict and nothing else is sent twice', async () => {
    const t = pinnedSimulator(createDemoState());
    const group = { source: 'default', objects: [{ type: 'dashboard', id: 'web-overview' }] };
    const options = { mode: 'ask', includeReferences: true } as const;
    const copy = await t.json<CopyResponse>('POST', '/api/spaces/_copy_saved_objects', { body: buildCopyRequest(group, ['marketing', 'engineering'], options) });
    expect(copy.status).toBe(200);
    const answers = new Map(Object.entries(copy.body).map(([space, result]) => [spaceKey('default', space), answered(result)]));
    const rows = [...answers].flatMap(([key, answer]) => decisionRows('default', key.split('>')[1], answer));
    expect(new Set(rows.map((r) => `${r.space}:${r.error.type}`))).toEqual(new Set(['marketing:conflict', 'engineering:ambiguous_conflict']));

    const ambiguous = rows.find((r) => r.error.type === 'ambiguous_conflict');
    const decisions = decideAll(rows, new Map(), 'overwrite');
    const request = buildResolveRequest(group, answers, decisions, options);
    const resolved = await t.json<CopyResponse>('POST', '/api/spaces/_resolve_copy_saved_objects_errors', { body: request });
    expect(resolved.status).toBe(200);
    expect(resolved.body.marketing).toMatchObject({ success: true });
    expect(resolved.body.engineering).toMatchObject({ success: true });
    const picked = ambiguous?.error.type === 'ambiguous_conflict' ? ambiguous.error.destinations[0].id : '';
    const found = await t.json<{ saved_objects: { attributes: { title: string }; originId?: string }[] }>('POST', '/s/engineering/api/saved_objects/_bulk_get', {
      body: [{ type: 'dashboard', id: picked }],
    });
    expect(found.body.saved_objects[0]).toMatchObject({ originId: 'web-overview', attributes: { title: '[Web logs] Overview' } });
  });
});
