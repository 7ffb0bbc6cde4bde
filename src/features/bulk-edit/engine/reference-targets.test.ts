import { describe, expect, it } from 'vitest';
import type { SavedObject } from '../../../contract/kibana';
import type { Edit } from './edits';
import { planKey, planObject } from './plan';
import { addedReferences, refuseUnreachable, targetsToCheck } from './reference-targets';

const vis = (id: string, dataView: string): SavedObject => ({
  type: 'visualization',
  id,
  version: 'WzEsMV0=',
  attributes: { title: id },
  references: [{ type: 'index-pattern', id: dataView, name: 'kibanaSavedObjectMeta.searchSourceJSON.index' }],
});
const repoint: Edit = { kind: 'repoint', from: { type: 'index-pattern', id: 'logs' }, to: { type: 'index-pattern', id: 'metrics' } };

describe('new references and the spaces that must have their targets', () => {
  const here = planObject({ type: 'visualization', id: 'a', object: vis('a', 'logs') }, 'default', [repoint]);
  const there = planObject({ type: 'visualization', id: 'b', space: 'sales', object: vis('b', 'logs') }, 'default', [repoint]);
  const untouched = planObject({ type: 'visualization', id: 'c', object: vis('c', 'other') }, 'default', [repoint]);

  it('lists, per space, each target an edit adds once, and nothing for objects the edits leave alone', () => {
    expect(addedReferences(here)).toEqual([{ type: 'index-pattern', id: 'metrics', name: 'kibanaSavedObjectMeta.searchSourceJSON.index' }]);
    expect(addedReferences(untouched)).toEqual([]);
    expect(targetsToCheck([here, there, untouched, here])).toEqual(
      new Map([
        ['default', [{ type: 'index-pattern', id: 'metrics' }]],
        ['sales', [{ type: 'index-pattern', id: 'metrics' }]],
      ]),
    );
  });

  it('refuses only the object whose space lacks the target, saying which target and which space', () => {
    const visible = new Map([
      [planKey('index-pattern', 'metrics', 'default'), true],
      [planKey('index-pattern', 'metrics', 'sales'), false],
    ]);
    expect(refuseUnreachable(here, visible)).toBe(here);
    const refused = refuseUnreachable(there, visible);
    expect(refused.status).toBe('refused');
    expect(refused.request).toBeUndefined();
    expect(refused.reason).toBe('index-pattern metrics is not in the space “sales”, where this object lives: the new reference would be broken');
  });

  it('does not refuse when the lookup could not tell (no answer for that space)', () => {
    expect(refuseUnreachable(there, new Map()).status).toBe('change');
  });
});
