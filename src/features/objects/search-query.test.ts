import { describe, expect, it } from 'vitest';
import { formatSearchText, isSameSearch, parseSearchText, toKibanaSearch } from './search-query';

describe('parseSearchText', () => {
  it('splits type clauses from the free text', () => {
    expect(parseSearchText('type:(dashboard or visualization) web logs')).toEqual({
      text: 'web logs',
      types: ['dashboard', 'visualization'],
      unknownTypes: [],
      problems: [],
    });
  });

  it('accepts a single type, commas, quotes, upper case and clauses anywhere', () => {
    expect(parseSearchText('web type:lens')).toMatchObject({ text: 'web', types: ['lens'] });
    expect(parseSearchText('Type:(Dashboard OR "index-pattern") x')).toMatchObject({ text: 'x', types: ['dashboard', 'index-pattern'] });
    expect(parseSearchText('type:dashboard,map')).toMatchObject({ text: '', types: ['dashboard', 'map'] });
    expect(parseSearchText('type:(map) type:(map or tag)').types).toEqual(['map', 'tag']);
  });

  it('reports types the console does not browse instead of dropping them silently', () => {
    expect(parseSearchText('type:(ml-job or dashboard)')).toEqual({ text: '', types: ['dashboard'], unknownTypes: ['ml-job'], problems: [] });
  });

  it('keeps quoted phrases and unfinished clauses readable', () => {
    expect(parseSearchText('"web logs"   overview').text).toBe('"web logs" overview');
    expect(parseSearchText('type:(dashboard or').types).toEqual(['dashboard']);
    expect(parseSearchText('title:(foo) bar').text).toBe('title:(foo) bar');
    expect(parseSearchText('   ')).toEqual({ text: '', types: [], unknownTypes: [], problems: [] });
  });

  it('says what is wrong with a malformed query instead of ignoring it', () => {
    expect(parseSearchText('type:(').problems).toEqual(['type:( has no closing parenthesis: write type:(dashboard or lens).']);
    expect(parseSearchText('type:() web').problems).toEqual(['type:() names no type: write type:(dashboard or lens).']);
    expect(parseSearchText('"web logs').problems).toEqual(['The quote in "web logs is not closed.']);
    expect(parseSearchText('type:(dashboard) "web logs"').problems).toEqual([]);
  });
});

describe('formatSearchText', () => {
  it('writes the type clause first and round-trips through the parser', () => {
    const text = formatSearchText({ text: 'web', types: ['dashboard', 'lens'] });
    expect(text).toBe('type:(dashboard or lens) web');
    expect(parseSearchText(text)).toMatchObject({ text: 'web', types: ['dashboard', 'lens'] });
    expect(formatSearchText({ text: '', types: [] })).toBe('');
  });
});

describe('isSameSearch', () => {
  it('ignores spelling differences that do not change the search', () => {
    expect(isSameSearch(parseSearchText('type:dashboard  web'), { text: 'web', types: ['dashboard'] })).toBe(true);
    expect(isSameSearch({ text: 'a', types: ['map', 'lens'] }, { text: 'a ', types: ['lens', 'map'] })).toBe(true);
    expect(isSameSearch({ text: 'a', types: [] }, { text: 'ab', types: [] })).toBe(false);
    expect(isSameSearch({ text: 'a', types: ['map'] }, { text: 'a', types: [] })).toBe(false);
  });
});

describe('toKibanaSearch', () => {
  it('adds a trailing * to every word except quoted phrases', () => {
    expect(toKibanaSearch('web logs')).toBe('web* logs*');
    expect(toKibanaSearch('"web logs" over')).toBe('"web logs" over*');
    expect(toKibanaSearch('check*')).toBe('check*');
    expect(toKibanaSearch('"unfinished')).toBe('"unfinished"');
  });

  it('sends nothing for empty text', () => {
    expect(toKibanaSearch('')).toBeUndefined();
    expect(toKibanaSearch('  ')).toBeUndefined();
    expect(toKibanaSearch('""')).toBeUndefined();
  });
});
