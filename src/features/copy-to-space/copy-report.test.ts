import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CopySpaceResult } from '../../contract/kibana';
import { type Decision, type SpaceAnswer } from './copy-plan';
import { buildReport, countOutcomes, reportToCsv, type ReportInput } from './copy-report';
import { planRemap } from './remap';

const closure = [
  { type: 'index-pattern', id: 'dv', title: 'Logs' },
  { type: 'visualization', id: 'orphan', title: 'Orphan' },
  { type: 'dashboard', id: 'dash', title: '=HYPERLINK("x")' },
  { type: 'search', id: 'se', title: 'Search' },
];

const firstCopy: CopySpaceResult = {
  success: false,
  successCount: 1,
  successResults: [{ type: 'index-pattern', id: 'dv', meta: {} }],
  errors: [
    { type: 'visualization', id: 'orphan', meta: {}, error: { type: 'missing_references', references: [{ type: 'index-pattern', id: 'gone' }] } },
    { type: 'dashboard', id: 'dash', meta: {}, error: { type: 'conflict', destinationId: 'mk-dash' } },
  ],
};

function input(last: SpaceAnswer, decisions: [string, Decision][], remaps: ReportInput['remaps'] = new Map()): ReportInput {
  return {
    closures: new Map([['default', closure]]),
    copyAnswers: new Map([['default>marketing', { kind: 'answered', result: firstCopy }]]),
    lastAnswers: new Map([['default>marketing', last]]),
    decisions: new Map(decisions),
    remaps,
    newCopies: false,
  };
}

describe('the report', () => {
  it('says per object what happened: overwritten, remapped, skipped, already there', () => {
    const resolved: SpaceAnswer = {
      kind: 'answered',
      retries: [
        { type: 'index-pattern', id: 'dv', overwrite: false },
        { type: 'visualization', id: 'orphan', overwrite: false, ignoreMissingReferences: true },
        { type: 'dashboard', id: 'dash', overwrite: true, destinationId: 'mk-dash' },
      ],
      result: {
        success: true,
        successCount: 3,
        successResults: [
          { type: 'index-pattern', id: 'dv', meta: {} },
          { type: 'visualization', id: 'orphan', meta: {} },
          { type: 'dashboard', id: 'dash', meta: {}, overwrite: true, destinationId: 'mk-dash' },
        ],
      },
    };
    const rows = buildReport(
      input(
        resolved,
        [['default>marketing>visualization:orphan', { action: 'remap', to: { 'index-pattern:gone': 'mk-dv' } }]],
        new Map([['default>marketing>visualization:orphan', { ok: true, changes: [{ from: 'index-pattern:gone', to: 'index-pattern:mk-dv' }] }]]),
      ),
    );
    expect(rows.map((r) => [r.id, r.outcome, r.destinationId])).toEqual([
      ['dv', 'created', undefined],
      ['orphan', 'remapped', undefined],
      ['dash', 'overwritten', 'mk-dash'],
      ['se', 'already-there', undefined],
    ]);
    expect(rows[1].detail).toBe('Copied, then references repointed: index-pattern:gone → index-pattern:mk-dv.');
    expect(countOutcomes(rows)).toEqual({ created: 1, remapped: 1, overwritten: 1, 'already-there': 1 });
  });

  it('reports skipped conflicts, and a failed second remap step as a failure with its reason', () => {
    const resolved: SpaceAnswer = {
      kind: 'answered',
      retries: [{ type: 'index-pattern', id: 'dv', overwrite: false }, { type: 'visualization', id: 'orphan', overwrite: false, ignoreMissingReferences: true }],
      result: { success: true, successCount: 2, successResults: [{ type: 'index-pattern', id: 'dv', meta: {} }, { type: 'visualization', id: 'orphan', meta: {} }] },
    };
    const rows = buildReport(input(resolved, [], new Map([['default>marketing>visualization:orphan', { ok: false, message: 'Saved object [visualization/orphan] conflict' }]])));
    expect(rows.find((r) => r.id === 'dash')).toMatchObject({ outcome: 'skipped' });
    expect(rows.find((r) => r.id === 'orphan')).toMatchObject({ outcome: 'failed', detail: expect.stringContaining('repointing them failed: Saved object [visualization/orphan] conflict') });
  });

  it('marks every object of a space whose answer was lost as unknown, and keeps the other spaces', () => {
    const report = buildReport({
      ...input({ kind: 'unknown', message: 'The answer was lost' }, []),
      copyAnswers: new Map<string, SpaceAnswer>([
        ['default>marketing', { kind: 'answered', result: firstCopy }],
        ['default>sales', { kind: 'answered', result: { success: true, successCount: 1, successResults: [{ type: 'index-pattern', id: 'dv', meta: {} }] } }],
      ]),
    });
    expect(report.filter((r) => r.space === 'marketing').every((r) => r.outcome === 'unknown')).toBe(true);
    expect(report.find((r) => r.space === 'sales' && r.id === 'dv')).toMatchObject({ outcome: 'created' });
  });

  it('says nothing was written when conflicts are left undecided', () => {
    const rows = buildReport({ ...input({ kind: 'answered', result: firstCopy }, []), lastAnswers: new Map() });
    expect(rows.filter((r) => r.outcome === 'not-written').map((r) => r.id)).toEqual(['dv', 'orphan', 'dash']);
  });

  it('exports CSV with quoting and formula escaping done by papaparse', () => {
    const rows = buildReport({ ...input({ kind: 'answered', result: firstCopy }, []), lastAnswers: new Map() });
    const parsed = Papa.parse<Record<string, string>>(reportToCsv(rows), { header: true });
    expect(parsed.data.find((r) => r.id === 'dash')).toMatchObject({ title: `'=HYPERLINK("x")`, outcome: 'Not written', 'target space': 'marketing' });
  });
});

describe('remap plan', () => {
  const copied = {
    type: 'visualization',
    id: 'orphan',
    version: 'WzEsMV0=',
    attributes: { title: 'Orphan' },
    references: [
      { name: 'kibanaSavedObjectMeta.searchSourceJSON.index', type: 'index-pattern', id: 'gone' },
      { name: 'tag-0', type: 'tag', id: 't' },
    ],
  };

  it('repoints only the missing reference, keeps its name, and sends the version read', () => {
    expect(planRemap(copied, { 'index-pattern:gone': 'mk-dv' })).toEqual({
      update: {
        type: 'visualization',
        id: 'orphan',
        attributes: {},
        version: 'WzEsMV0=',
        references: [{ name: 'kibanaSavedObjectMeta.searchSourceJSON.index', type: 'index-pattern', id: 'mk-dv' }, copied.references[1]],
      },
      changes: [{ from: 'index-pattern:gone', to: 'index-pattern:mk-dv' }],
    });
  });

  it('plans nothing when no reference points at a remapped object', () => {
    expect(planRemap(copied, { 'search:other': 'x' })).toBeUndefined();
  });
});
