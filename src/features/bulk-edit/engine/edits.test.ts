import { describe, expect, it } from 'vitest';
import { applyEdits, EditError, validateEdit, type Edit, type ObjectContent } from './edits';

const vis = (): ObjectContent => ({
  attributes: {
    title: 'Bytes by host',
    description: 'Bytes per host',
    visState: JSON.stringify({ title: 'Bytes by host', params: { field: 'bytes', label: 'Bytes' } }),
    kibanaSavedObjectMeta: { searchSourceJSON: '{"query":{"query":"host:web*","language":"kuery"},"indexRefName":"kibanaSavedObjectMeta.searchSourceJSON.index"}' },
    uiStateJSON: 'not json at all: bytes',
  },
  references: [
    { name: 'kibanaSavedObjectMeta.searchSourceJSON.index', type: 'index-pattern', id: 'logs-a' },
    { name: 'control_0_index_pattern', type: 'index-pattern', id: 'logs-a' },
    { name: 'tag-ref-prod', type: 'tag', id: 'prod' },
  ],
});

const replace = (find: string, replaceWith: string, more: Partial<Extract<Edit, { kind: 'replace' }>> = {}): Edit => ({ kind: 'replace', find, replaceWith, regex: false, caseSensitive: true, ...more });

describe('edit engine', () => {
  it('sets a typed value by dot path, creating missing objects', () => {
    const after = applyEdits(vis(), [
      { kind: 'set', path: 'description', valueType: 'string', text: 'New' },
      { kind: 'set', path: 'options.rank', valueType: 'number', text: '3' },
      { kind: 'set', path: 'options.hidden', valueType: 'boolean', text: 'true' },
      { kind: 'set', path: 'options.owner', valueType: 'null', text: '' },
      { kind: 'set', path: 'options.list', valueType: 'json', text: '[1,{"a":2}]' },
    ]);
    expect(after.attributes.description).toBe('New');
    expect(after.attributes.options).toEqual({ rank: 3, hidden: true, owner: null, list: [1, { a: 2 }] });
  });

  it('sets a value inside JSON stored as text and writes the text back as JSON', () => {
    const after = applyEdits(vis(), [{ kind: 'set', path: 'kibanaSavedObjectMeta.searchSourceJSON.query.query', valueType: 'string', text: 'host:db*' }]);
    const text = (after.attributes.kibanaSavedObjectMeta as Record<string, string>).searchSourceJSON;
    expect(JSON.parse(text)).toEqual({ query: { query: 'host:db*', language: 'kuery' }, indexRefName: 'kibanaSavedObjectMeta.searchSourceJSON.index' });
  });

  it('refuses to reach inside text that is not JSON, with the reason', () => {
    expect(() => applyEdits(vis(), [{ kind: 'set', path: 'uiStateJSON.vis', valueType: 'string', text: 'x' }])).toThrow(
      new EditError('uiStateJSON holds text that is not JSON, so uiStateJSON.vis cannot be reached inside it'),
    );
  });

  it('finds and replaces literally in every string field, inside JSON text too, keeping keys', () => {
    const after = applyEdits(vis(), [replace('bytes', 'bytes_total')]);
    expect(JSON.parse(after.attributes.visState as string)).toEqual({ title: 'Bytes by host', params: { field: 'bytes_total', label: 'Bytes' } });
    expect(after.attributes.uiStateJSON).toBe('not json at all: bytes_total');
    expect(after.attributes.description).toBe('Bytes per host'); // case-sensitive
  });

  it('ignores case when asked, and limits itself to one field', () => {
    const after = applyEdits(vis(), [replace('BYTES', 'Octets', { caseSensitive: false, path: 'description' })]);
    expect(after.attributes.description).toBe('Octets per host');
    expect(after.attributes.title).toBe('Bytes by host');
  });

  it('replaces with a regular expression and capture groups', () => {
    const after = applyEdits(vis(), [replace('host:(\\w+)\\*', 'host.name:$1*', { regex: true })]);
    const search = JSON.parse((after.attributes.kibanaSavedObjectMeta as Record<string, string>).searchSourceJSON) as { query: { query: string } };
    expect(search.query.query).toBe('host.name:web*');
  });

  it('says why an invalid regular expression cannot be used', () => {
    expect(validateEdit(replace('(unclosed', 'x', { regex: true }))).toEqual([expect.stringMatching(/^Not a valid regular expression: /)]);
    expect(validateEdit(replace('(unclosed', 'x'))).toEqual([]); // literal text is fine
  });

  it('removes a field, also inside JSON text; a missing field changes nothing', () => {
    const content = vis();
    const after = applyEdits(content, [{ kind: 'remove', path: 'description' }, { kind: 'remove', path: 'visState.params.label' }]);
    expect(after.attributes).not.toHaveProperty('description');
    expect(JSON.parse(after.attributes.visState as string)).toEqual({ title: 'Bytes by host', params: { field: 'bytes' } });
    expect(applyEdits(content, [{ kind: 'remove', path: 'nothing.here' }])).toBe(content);
  });

  it('repoints every reference to one object, or only the references with a given name', () => {
    const repoint = (name?: string): Edit => ({ kind: 'repoint', from: { type: 'index-pattern', id: 'logs-a' }, to: { type: 'index-pattern', id: 'logs-b' }, name });
    expect(applyEdits(vis(), [repoint()]).references.map((r) => r.id)).toEqual(['logs-b', 'logs-b', 'prod']);
    expect(applyEdits(vis(), [repoint('control_0_index_pattern')]).references.map((r) => r.id)).toEqual(['logs-a', 'logs-b', 'prod']);
  });

  it('adds and removes tags as tag references, once each', () => {
    const after = applyEdits(vis(), [{ kind: 'tags', add: ['prod', 'team-a'], remove: [] }, { kind: 'tags', add: [], remove: ['prod'] }]);
    expect(after.references.filter((r) => r.type === 'tag')).toEqual([{ type: 'tag', id: 'team-a', name: 'tag-ref-team-a' }]);
  });

  it('validates typed values', () => {
    expect(validateEdit({ kind: 'set', path: 'a', valueType: 'number', text: 'ten' })).toEqual(['"ten" is not a number']);
    expect(validateEdit({ kind: 'set', path: 'a..b', valueType: 'string', text: '' })[0]).toMatch(/is not a field path/);
    expect(validateEdit({ kind: 'set', path: 'a', valueType: 'json', text: '{' })[0]).toMatch(/^Not valid JSON/);
  });
});
