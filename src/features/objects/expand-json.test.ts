import { describe, expect, it } from 'vitest';
import { expandJsonStrings } from './expand-json';

describe('expandJsonStrings', () => {
  it('parses the JSON strings Kibana stores in dashboards, visualizations and maps', () => {
    const attributes = {
      title: 'Web',
      panelsJSON: '[{"panelRefName":"panel_0","gridData":{"x":0}}]',
      visState: '{"type":"line","params":{"addLegend":true}}',
      kibanaSavedObjectMeta: { searchSourceJSON: '{"query":{"query":"","language":"kuery"}}' },
      layerListJSON: '[{"id":"layer_0"}]',
    };
    const { value, expandedPaths } = expandJsonStrings(attributes);
    expect(value).toEqual({
      title: 'Web',
      panelsJSON: [{ panelRefName: 'panel_0', gridData: { x: 0 } }],
      visState: { type: 'line', params: { addLegend: true } },
      kibanaSavedObjectMeta: { searchSourceJSON: { query: { query: '', language: 'kuery' } } },
      layerListJSON: [{ id: 'layer_0' }],
    });
    expect(expandedPaths).toEqual(['panelsJSON', 'visState', 'kibanaSavedObjectMeta.searchSourceJSON', 'layerListJSON']);
  });

  it('parses JSON nested in parsed JSON and inside arrays', () => {
    const { value, expandedPaths } = expandJsonStrings({ list: ['{"inner":"{\\"deep\\":1}"}'] });
    expect(value).toEqual({ list: [{ inner: { deep: 1 } }] });
    expect(expandedPaths).toEqual(['list[0]', 'list[0].inner']);
  });

  it('leaves everything else alone', () => {
    const attributes = { count: '42', flag: 'true', broken: '{not json', text: 'hello {x}', empty: '', n: 3, none: null, list: [] };
    expect(expandJsonStrings(attributes)).toEqual({ value: attributes, expandedPaths: [] });
  });

  it('does not change the object it was given', () => {
    const attributes = { visState: '{"a":1}' };
    expandJsonStrings(attributes);
    expect(attributes).toEqual({ visState: '{"a":1}' });
  });

  it('stops at a sane depth', () => {
    const text = `${'['.repeat(500)}"{\\"deep\\":1}"${']'.repeat(500)}`;
    const { value } = expandJsonStrings({ text });
    // Parsed at the top; below the depth limit the JSON is kept as stored.
    expect(value).toEqual({ text: JSON.parse(text) });
  });
});
