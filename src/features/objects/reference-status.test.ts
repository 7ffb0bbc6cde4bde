import { describe, expect, it } from 'vitest';
import { checkReferences } from './reference-status';

const refs = [
  { name: 'panel_0', type: 'visualization', id: 'v1' },
  { name: 'panel_1', type: 'visualization', id: 'v1' },
  { name: 'index', type: 'index-pattern', id: 'gone' },
  { name: 'odd', type: 'mystery', id: 'm' },
];

describe('checkReferences', () => {
  it('asks once per distinct reference, in the space the object lives in', () => {
    expect(checkReferences(refs, 'default', 'default').lookups).toEqual([
      { type: 'visualization', id: 'v1', fields: ['title', 'name'] },
      { type: 'index-pattern', id: 'gone', fields: ['title', 'name'] },
      { type: 'mystery', id: 'm', fields: ['title', 'name'] },
    ]);
    const elsewhere = checkReferences([...refs, { name: 'alias', type: 'legacy-url-alias', id: 'a' }], 'default', 'sales').lookups;
    expect(elsewhere.map((lookup) => lookup.namespaces)).toEqual([['sales'], ['sales'], ['sales'], undefined]);
  });

  it('flags 404s as missing, other errors as not checked, and links found objects', () => {
    const check = checkReferences(refs, 'default', 'default');
    expect(check.statuses(undefined).map((s) => s.state)).toEqual(['checking', 'checking', 'checking', 'checking']);
    const statuses = check.statuses([
      { type: 'visualization', id: 'v1', namespaces: ['default'], attributes: { title: 'Requests' }, references: [] },
      { type: 'index-pattern', id: 'gone', error: { statusCode: 404, error: 'Not Found', message: 'Saved object [index-pattern/gone] not found' } },
      { type: 'mystery', id: 'm', error: { statusCode: 400, error: 'Bad Request', message: "Unsupported saved object type: 'mystery'" } },
    ]);
    expect(statuses).toEqual([
      { key: 'visualization:v1', name: 'panel_0', type: 'visualization', id: 'v1', title: 'Requests', state: 'found' },
      { key: 'visualization:v1', name: 'panel_1', type: 'visualization', id: 'v1', title: 'Requests', state: 'found' },
      { key: 'index-pattern:gone', name: 'index', type: 'index-pattern', id: 'gone', state: 'missing' },
      { key: 'mystery:m', name: 'odd', type: 'mystery', id: 'm', state: 'unknown', problem: "Unsupported saved object type: 'mystery'" },
    ]);
  });
});
