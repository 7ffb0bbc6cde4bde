import { describe, expect, it } from 'vitest';
import { answer, arrayOf, expectNumber, expectString, objectOf, optional, withDefault } from './validate';

interface Row {
  id: string;
  size?: number;
  tags: string[];
}

const rows = answer(arrayOf(objectOf<Row>({ id: expectString, size: optional(expectNumber), tags: withDefault(arrayOf(expectString), () => []) })));

describe('validators', () => {
  it('returns typed data, fills documented defaults and keeps fields it does not know', () => {
    expect(rows([{ id: 'a', extra: true }])).toEqual([{ id: 'a', tags: [], extra: true }]);
  });

  it('names the path of the first odd value', () => {
    expect(() => rows([{ id: 'a' }, { id: 'b', tags: ['x', 3] }])).toThrow('Unexpected answer from Kibana: [1].tags[1] is not a string');
    expect(() => rows([{ size: 1 }])).toThrow('Unexpected answer from Kibana: [0].id is missing');
    expect(() => rows({})).toThrow('Unexpected answer from Kibana: the answer is not a list');
  });
});
