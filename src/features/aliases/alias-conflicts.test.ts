import { describe, expect, it } from 'vitest';
import type { LegacyUrlAlias } from '../../api/resolve';
import { aliasRows, conflictCheckObjects, findConflicts } from './alias-conflicts';

function alias(sourceId: string, targetId: string, extra: Partial<LegacyUrlAlias> = {}): LegacyUrlAlias {
  const targetType = extra.targetType ?? 'dashboard';
  return { id: `default:${targetType}:${sourceId}`, sourceId, targetNamespace: 'default', targetType, targetId, resolveCounter: 0, disabled: false, ...extra };
}

const notFound = (type: string, id: string) => ({ type, id, error: { statusCode: 404, error: 'Not Found', message: `Saved object [${type}/${id}] not found` } });
const found = (type: string, id: string) => ({ type, id, attributes: { title: id }, references: [] });

const moved = alias('old-web-overview', 'web-overview', { purpose: 'savedObjectConversion' });
const clash = alias('kpi-overview', 'kpi-overview-imported', { purpose: 'savedObjectImport' });
const disabled = alias('legacy-requests', 'web-vis-0', { targetType: 'visualization', disabled: true });

describe('conflict detection', () => {
  it('checks the old id of every enabled alias once, never disabled ones', () => {
    expect(conflictCheckObjects([moved, clash, disabled, clash])).toEqual([
      { type: 'dashboard', id: 'kpi-overview' },
      { type: 'dashboard', id: 'old-web-overview' },
    ]);
  });

  it('an alias conflicts when an object still has its old id; a 404 or other error is no conflict', () => {
    const other = alias('gone', 'x', { targetType: 'custom' });
    const answer = { saved_objects: [found('dashboard', 'kpi-overview'), notFound('dashboard', 'old-web-overview'), { ...notFound('custom', 'gone'), error: { statusCode: 400, error: 'Bad Request', message: 'Unsupported' } }] };
    expect(findConflicts([moved, clash, other], answer)).toEqual(new Set([clash.id]));
  });

  it('a disabled alias is never a conflict, even when the old id exists', () => {
    const answer = { saved_objects: [found('visualization', 'legacy-requests')] };
    expect(findConflicts([disabled], answer).size).toBe(0);
  });

  it('matches by type as well as id', () => {
    const answer = { saved_objects: [found('visualization', 'kpi-overview')] };
    expect(findConflicts([clash], answer).size).toBe(0);
  });

  it('orders conflicts first, then enabled, then disabled', () => {
    const zeta = alias('zeta', 'z2');
    const rows = aliasRows([disabled, zeta, moved, clash], new Set([clash.id]));
    expect(rows.map((row) => [row.sourceId, row.status])).toEqual([
      ['kpi-overview', 'conflict'],
      ['old-web-overview', 'enabled'],
      ['zeta', 'enabled'],
      ['legacy-requests', 'disabled'],
    ]);
  });
});
