import { describe, expect, it } from 'vitest';
import type { SavedObject } from '../../contract/kibana';
import { livesIn, toObjectRow } from './object-row';

const object = (over: Partial<SavedObject>): SavedObject => ({ type: 'dashboard', id: 'd1', attributes: {}, references: [], ...over });

describe('object rows', () => {
  it('titles a named data view by its name, with its index pattern beside it', () => {
    const view = toObjectRow(object({ type: 'index-pattern', attributes: { title: 'logs-*', name: 'Logs' } }), 'default');
    expect(view).toMatchObject({ title: 'Logs', pattern: 'logs-*' });
    expect(toObjectRow(object({ type: 'index-pattern', attributes: { title: 'logs-*' } }), 'default')).not.toHaveProperty('pattern');
  });

  it('keys objects of the browsed space by type:id and others with their space', () => {
    expect(toObjectRow(object({ namespaces: ['default'] }), 'default').key).toBe('dashboard:d1');
    expect(toObjectRow(object({ namespaces: ['*'] }), 'sales').key).toBe('dashboard:d1');
    const elsewhere = toObjectRow(object({ type: 'config', id: '9.1.0', namespaces: ['marketing'] }), 'default');
    expect(elsewhere.key).toBe('config:9.1.0@marketing');
    expect(elsewhere.ref).toEqual({ type: 'config', id: '9.1.0', space: 'marketing' });
  });

  it('counts references and keeps the update time', () => {
    const row = toObjectRow(
      object({ references: [{ name: 'a', type: 'lens', id: 'l' }], updated_at: '2026-01-01T00:00:00.000Z', namespaces: ['default'] }),
      'default',
    );
    expect(row).toMatchObject({ referenceCount: 1, updatedAt: '2026-01-01T00:00:00.000Z', title: 'd1' });
  });

  it('knows where an object lives', () => {
    expect(livesIn(['marketing', 'sales'], 'sales')).toBe(true);
    expect(livesIn(['marketing'], 'sales')).toBe(false);
    expect(livesIn(undefined, 'sales')).toBe(true);
  });
});
