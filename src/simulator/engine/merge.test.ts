// @vitest-environment node
// The attribute merge of updates (kibana-api.md §6.2 step 6).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainObject, mergeForUpdate } from './merge';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

describe('mergeForUpdate', () => {
  it('recurses into non-empty plain objects and keeps what was not sent', () => {
    const target = { title: 'a', meta: { x: 1, y: { z: 2 } }, tags: ['t'] };
    expect(mergeForUpdate(target, { meta: { y: { w: 3 } } })).toEqual({ title: 'a', meta: { x: 1, y: { z: 2, w: 3 } }, tags: ['t'] });
  });

  it('replaces with arrays, null, empty objects and scalars', () => {
    const target = { a: { x: 1 }, b: { x: 1 }, c: { x: 1 }, d: [1, 2, 3] };
    expect(mergeForUpdate(target, { a: [], b: null, c: {}, d: [9] })).toEqual({ a: [], b: null, c: {}, d: [9] });
  });

  it('an empty update changes nothing', () => {
    const target = { a: 1 };
    expect(mergeForUpdate(target, {})).toBe(target);
  });

  it('writes through a non-object like lodash set: a missing parent becomes {} or, before an index, []', () => {
    expect(mergeForUpdate({ a: 'text' }, { a: { b: 1 } })).toEqual({ a: { b: 1 } });
    expect(mergeForUpdate({}, { list: { 0: 'first' } })).toEqual({ list: ['first'] });
    expect(mergeForUpdate({ list: ['a', 'b'] }, { list: { 1: 'B' } })).toEqual({ list: ['a', 'B'] });
  });

  it('never writes prototype paths', () => {
    const merged = mergeForUpdate({}, JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(merged)).toEqual([]);
  });

  const key = fc.constantFrom('a', 'b', 'c', 'title', 'meta');
  const leaf: fc.Arbitrary<Json> = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }), fc.constant({}));
  const { tree } = fc.letrec<{ tree: Json }>((tie) => ({
    tree: fc.oneof({ depthSize: 'small' }, leaf, fc.dictionary(key, tie('tree'), { maxKeys: 4 })),
  }));
  const attributes = fc.dictionary(key, tree, { maxKeys: 5 });

  /** Unsent keys are unchanged; sent leaves equal the sent values; non-empty plain objects recurse. */
  function assertLaw(before: Record<string, unknown>, update: Record<string, unknown>, after: Record<string, unknown>) {
    for (const k of Object.keys(before)) if (!(k in update)) expect(after[k]).toEqual(before[k]);
    for (const [k, sent] of Object.entries(update)) {
      if (isPlainObject(sent) && Object.keys(sent).length > 0) {
        const base = typeof before[k] === 'object' && before[k] !== null ? (before[k] as Record<string, unknown>) : {};
        assertLaw(base, sent, after[k] as Record<string, unknown>);
      } else expect(after[k]).toEqual(sent);
    }
  }

  it('obeys the deep-merge law and mutates neither input', () => {
    fc.assert(
      fc.property(attributes, attributes, (before, update) => {
        const beforeCopy = structuredClone(before);
        const updateCopy = structuredClone(update);
        const after = mergeForUpdate(before, update);
        assertLaw(before, update, after);
        expect(before).toEqual(beforeCopy);
        expect(update).toEqual(updateCopy);
      }),
      { numRuns: 300 },
    );
  });
});
