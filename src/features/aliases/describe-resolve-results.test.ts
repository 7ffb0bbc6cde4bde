import { describe, expect, it } from 'vitest';
import type { ResolveAnswer } from '../../api/resolve';
import { describeResolveResults, summarizeResolveResults } from './describe-resolve-results';

const object = (id: string, title?: string) => ({ id, type: 'dashboard', attributes: title ? { title } : {}, references: [] });
const error = (type: string, id: string, statusCode: number, message: string): ResolveAnswer => ({
  saved_object: { type, id, error: { statusCode, error: statusCode === 404 ? 'Not Found' : 'Bad Request', message } },
  outcome: 'exactMatch',
});

describe('describeResolveResults', () => {
  it('pairs answers with requests by position and names every outcome', () => {
    const requested = [
      { type: 'dashboard', id: 'web-overview' },
      { type: 'dashboard', id: 'old-web-overview' },
      { type: 'dashboard', id: 'kpi-overview' },
      { type: 'visualization', id: 'legacy-requests' },
      { type: 'widget', id: 'w' },
      { type: 'dashboard', id: 'broken' },
    ];
    const answers: ResolveAnswer[] = [
      { saved_object: object('web-overview'), outcome: 'exactMatch' },
      { saved_object: object('web-overview'), outcome: 'aliasMatch', alias_target_id: 'web-overview', alias_purpose: 'savedObjectConversion' },
      { saved_object: object('kpi-overview'), outcome: 'conflict', alias_target_id: 'kpi-overview-imported', alias_purpose: 'savedObjectImport' },
      error('visualization', 'legacy-requests', 404, 'Saved object [visualization/legacy-requests] not found'),
      error('widget', 'w', 400, "Unsupported saved object type: 'widget': Bad Request"),
      error('dashboard', 'broken', 500, 'Failed to migrate document to the latest version.'),
    ];
    const results = describeResolveResults(requested, answers);
    expect(results.map((r) => r.kind)).toEqual(['exactMatch', 'aliasMatch', 'conflict', 'notFound', 'unsupportedType', 'error']);
    expect(results[1]).toMatchObject({ requested: { id: 'old-web-overview' }, aliasTargetId: 'web-overview', purpose: 'savedObjectConversion' });
    expect(results[2]).toMatchObject({ object: { id: 'kpi-overview' }, aliasTargetId: 'kpi-overview-imported' });
    expect(summarizeResolveResults(results)).toBe('6 ids: 1 conflict, 1 moved, 1 exact match, 1 not found, 1 unsupported type, 1 failed');
  });

  it('summarises plurals and the empty case', () => {
    const exact = { kind: 'exactMatch' as const, requested: { type: 'dashboard', id: 'a' }, object: object('a') };
    expect(summarizeResolveResults([exact, exact])).toBe('2 ids: 2 exact matches');
    expect(summarizeResolveResults([])).toBe('0 ids');
  });
});
