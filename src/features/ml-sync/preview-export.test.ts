// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { KibanaError, ResultUnknownError, TimeoutError } from '../../api/client';
import { describeSyncError } from './describe-sync-error';
import { previewToCsv, previewToJson } from './preview-export';
import type { PreviewRow } from './sync-preview';

const rows: PreviewRow[] = [
  { key: 'savedObjectsCreated/anomaly-detector/=cmd', category: 'savedObjectsCreated', kind: 'anomaly-detector', id: '=cmd', reason: 'No saved object.', spaces: undefined, newObjectSpaces: ['*'] },
  { key: 'datafeedsAdded/anomaly-detector/j', category: 'datafeedsAdded', kind: 'anomaly-detector', id: 'j', reason: 'Stale, "quoted".', spaces: ['marketing', 'sales'], storedDatafeedId: null, runFrom: ['marketing', 'sales'] },
];
const context = { space: 'default', checkedAt: new Date('2026-12-06T12:00:00.000Z'), addToAllSpaces: true };

describe('preview files', () => {
  it('JSON keeps the space, the time, the choice and every item with its spaces', () => {
    const file = JSON.parse(previewToJson(rows, context));
    expect(file).toMatchObject({ space: 'default', checkedAt: '2026-12-06T12:00:00.000Z', addToAllSpaces: true });
    expect(file.items[0]).toEqual({ category: 'savedObjectsCreated', kind: 'anomaly-detector', id: '=cmd', reason: 'No saved object.', savedObjectSpaces: null, newObjectSpaces: ['*'] });
    expect(file.items[1]).toMatchObject({ storedDatafeedId: null, cannotRepairFromThisSpace: true, runFrom: ['marketing', 'sales'] });
  });

  it('CSV reads back with one row per item, quotes intact and formulas defused', () => {
    const parsed = Papa.parse<Record<string, string>>(previewToCsv(rows), { header: true });
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data[0]).toMatchObject({ section: 'Saved objects to create', kind: 'Anomaly detection job', id: "'=cmd", 'new object spaces': '*' });
    expect(parsed.data[1]).toMatchObject({ reason: 'Stale, "quoted".', 'saved object spaces': 'marketing sales', 'run from': 'marketing sales' });
  });
});

describe('describeSyncError', () => {
  it('tells a licence 403 from a privilege 403, and a bare 403 names both', () => {
    expect(describeSyncError(new KibanaError({ statusCode: 403, error: 'Forbidden', message: 'current license is non-compliant for [ml]' }), 'Sales').title).toBe('The licence does not include machine learning');
    const privilege = describeSyncError(new KibanaError({ statusCode: 403, error: 'Forbidden', message: 'API [GET /api/ml/saved_objects/sync] is unauthorized for user' }), 'Sales');
    expect(privilege.text).toContain('Machine Learning “All” privilege in the space Sales');
    expect(privilege.text).not.toContain('licence');
    expect(describeSyncError(new KibanaError({ statusCode: 403, error: 'Forbidden', message: 'Forbidden' }), 'Sales').text).toContain('Platinum, Enterprise or trial licence');
  });

  it('offers a retry for passing problems only', () => {
    expect(describeSyncError(new KibanaError({ statusCode: 503, error: 'Service Unavailable', message: 'x' }), 'D').retryable).toBe(true);
    expect(describeSyncError(new TimeoutError('Kibana did not answer'), 'D').retryable).toBe(true);
    expect(describeSyncError(new KibanaError({ statusCode: 404, error: 'Not Found', message: 'Not Found' }), 'D')).toMatchObject({ title: 'Machine learning is not available', retryable: false });
    expect(describeSyncError(new ResultUnknownError('lost'), 'D').title).toBe('The answer to the sync was lost');
  });
});
