import { describe, expect, it } from 'vitest';
import { highlightSegments, highlightTerms } from './search-highlight';

const marked = (text: string, search: string) =>
  highlightSegments(text, highlightTerms(search))
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('search highlight', () => {
  it('takes the words of the search, without prefix stars, quotes or exclusions', () => {
    expect(highlightTerms('Web* +logs "flight data" -old')).toEqual(['web', 'logs', 'flight data']);
    expect(highlightTerms('* "" -')).toEqual([]);
    expect(highlightTerms(undefined)).toEqual([]);
  });

  it('marks, case-insensitively, where a word starts with a term', () => {
    expect(marked('Web logs', 'web')).toBe('[Web] logs');
    expect(marked('logs-nginx.access-*', 'nginx')).toBe('logs-[nginx].access-*');
    expect(marked('eCommerce orders', 'comm')).toBe('eCommerce orders');
    expect(marked('Flight data · flights-*', 'flight')).toBe('[Flight] data · [flight]s-*');
  });

  it('marks phrases and merges overlapping matches', () => {
    expect(marked('Flight data', '"flight da"')).toBe('[Flight da]ta');
    expect(marked('checkout', 'check checkout')).toBe('[checkout]');
  });

  it('leaves the text whole when nothing matches', () => {
    expect(highlightSegments('metrics-*', ['web'])).toEqual([{ text: 'metrics-*', match: false }]);
    expect(highlightSegments('', ['web'])).toEqual([{ text: '', match: false }]);
  });
});
