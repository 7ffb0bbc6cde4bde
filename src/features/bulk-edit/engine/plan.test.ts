import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SavedObject } from '../../../contract/kibana';
import { chunkByCountAndBytes, jsonBytes, utf8Length } from './chunks';
import type { Edit } from './edits';
import { diffContent } from './diff';
import { planObject } from './plan';
import { attributesPatch, mergeForUpdate, storableAttributes } from './update-patch';

const object = (attributes: Record<string, unknown>, references: SavedObject['references'] = []): SavedObject => ({
  type: 'visualization',
  id: 'v1',
  version: 'WzEsMV0=',
  namespaces: ['default'],
  attributes,
  references,
});

describe('plan of one object', () => {
  it('sends only changed top-level attributes with the version read, and shows the diff inside JSON text', () => {
    const source = { type: 'visualization', id: 'v1', object: object({ title: 'T', visState: '{"params":{"field":"bytes"}}', other: 1 }) };
    const plan = planObject(source, 'default', [{ kind: 'replace', find: 'bytes', replaceWith: 'size', regex: false, caseSensitive: true }]);
    expect(plan.status).toBe('change');
    expect(plan.request).toEqual({ type: 'visualization', id: 'v1', version: 'WzEsMV0=', attributes: { visState: '{"params":{"field":"size"}}' } });
    expect(diffContent(plan.before, plan.after)).toEqual([{ path: 'attributes.visState › params.field', kind: 'changed', before: 'bytes', after: 'size' }]);
  });

  it('names the namespace of an object that lives in another space', () => {
    const source = { type: 'visualization', id: 'v1', space: 'marketing', object: object({ title: 'T' }) };
    const plan = planObject(source, 'default', [{ kind: 'set', path: 'title', valueType: 'string', text: 'U' }]);
    expect(plan.space).toBe('marketing');
    expect(plan.request?.namespace).toBe('marketing');
  });

  it('is unchanged when the edits change nothing', () => {
    const plan = planObject({ type: 'visualization', id: 'v1', object: object({ title: 'T' }) }, 'default', [{ kind: 'set', path: 'title', valueType: 'string', text: 'T' }]);
    expect(plan.status).toBe('unchanged');
    expect(plan.request).toBeUndefined();
  });

  it('refuses an object whose JSON text would no longer parse, with the reason', () => {
    const source = { type: 'visualization', id: 'v1', object: object({ visState: '{"a":"x"}' }) };
    const plan = planObject(source, 'default', [{ kind: 'replace', find: '{', replaceWith: '', regex: false, caseSensitive: true, path: 'visState' }]);
    // Inside JSON text only values are edited, so this replace cannot break it…
    expect(plan.status).toBe('unchanged');
    // …but setting the text itself can.
    const broken = planObject(source, 'default', [{ kind: 'set', path: 'visState', valueType: 'string', text: '{"a":' }]);
    expect(broken.status).toBe('refused');
    expect(broken.reason).toMatch(/^visState would no longer be valid JSON/);
  });

  it('repoints references and sends them whole; the diff names the reference', () => {
    const refs = [{ name: 'kibanaSavedObjectMeta.searchSourceJSON.index', type: 'index-pattern', id: 'a' }];
    const edit: Edit = { kind: 'repoint', from: { type: 'index-pattern', id: 'a' }, to: { type: 'index-pattern', id: 'b' } };
    const plan = planObject({ type: 'visualization', id: 'v1', object: object({ title: 'T' }, refs) }, 'default', [edit]);
    expect(plan.request).toMatchObject({ attributes: {}, references: [{ ...refs[0], id: 'b' }] });
    expect(diffContent(plan.before, plan.after)).toEqual([{ path: 'references[kibanaSavedObjectMeta.searchSourceJSON.index].id', kind: 'changed', before: 'a', after: 'b' }]);
  });

  it('a removed field is stored as null, because Kibana merges update attributes', () => {
    const plan = planObject({ type: 'visualization', id: 'v1', object: object({ title: 'T', meta: { a: 1, b: 2 } }) }, 'default', [{ kind: 'remove', path: 'meta.a' }]);
    expect(plan.request?.attributes).toEqual({ meta: { a: null, b: 2 } });
    expect(plan.after.attributes).toEqual({ title: 'T', meta: { a: null, b: 2 } });
  });
});

describe('update patch', () => {
  it('Kibana’s merge of the patch always stores exactly the previewed attributes', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.constantFrom(null, 1, 'x', true, [], {}), tie('object')),
      object: fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 }),
    }));
    fc.assert(
      fc.property(json.object, json.object, (before, after) => {
        const b = before as Record<string, unknown>;
        const storable = storableAttributes(b, after as Record<string, unknown>);
        expect(mergeForUpdate(b, attributesPatch(b, storable))).toEqual(storable);
      }),
      { numRuns: 300 },
    );
  });
});

describe('chunking', () => {
  it('bounds chunks by count and by bytes, and sets aside an entry too big for any request', () => {
    const small = (n: number) => ({ id: `s${n}`, attributes: { text: 'x'.repeat(100) } });
    expect(chunkByCountAndBytes(Array.from({ length: 250 }, (_, i) => small(i))).chunks.map((c) => c.length)).toEqual([100, 100, 50]);

    const big = (n: number) => ({ id: `b${n}`, attributes: { text: 'x'.repeat(400_000) } });
    const huge = { id: 'huge', attributes: { text: 'x'.repeat(1_100_000) } };
    const { chunks, oversized } = chunkByCountAndBytes([big(1), big(2), big(3), huge, small(1)]);
    expect(oversized).toEqual([huge]);
    expect(chunks.map((c) => c.map((e) => e.id))).toEqual([['b1', 'b2'], ['b3', 's1']]);
    for (const chunk of chunks) expect(jsonBytes(chunk)).toBeLessThanOrEqual(1_000_000);
  });

  it('counts UTF-8 bytes as the browser sends them', () => {
    const encoder = new TextEncoder();
    for (const text of ['', 'plain ascii', 'café – naïve', '日本語のタイトル', 'emoji 👩‍💻 and 🇫🇷', 'lone \ud800 surrogate', 'end \udc00', 'pair at end 😀']) {
      expect(utf8Length(text)).toBe(encoder.encode(text).length);
    }
  });
});
