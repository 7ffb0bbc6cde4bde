import { describe, expect, it } from 'vitest';
import { MAX_IDS, parseIdList, type ParseOptions } from './parse-id-list';

const KNOWN = ['dashboard', 'visualization', 'index-pattern'];
const typed: ParseOptions = { format: 'typed', bareType: 'dashboard', knownTypes: KNOWN };
const bare: ParseOptions = { format: 'bare', bareType: 'visualization', knownTypes: KNOWN };

describe('parseIdList', () => {
  it('reads type:id lines, trimming blanks and spaces, splitting at the first colon', () => {
    const parsed = parseIdList('  dashboard:web-overview \n\n index-pattern : logs:*\r\nvisualization:a', typed);
    expect(parsed.objects).toEqual([
      { type: 'dashboard', id: 'web-overview' },
      { type: 'index-pattern', id: 'logs:*' },
      { type: 'visualization', id: 'a' },
    ]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.hasErrors).toBe(false);
  });

  it('names each unusable line by number and keeps going', () => {
    const parsed = parseIdList('dashboard:ok\nno-type-here\n:orphan\ndashboard:  \nvisualization:fine', typed);
    expect(parsed.objects).toEqual([
      { type: 'dashboard', id: 'ok' },
      { type: 'visualization', id: 'fine' },
    ]);
    expect(parsed.problems).toEqual([
      { line: 2, text: 'no-type-here', severity: 'error', message: 'No type: write it as type:id, e.g. dashboard:no-type-here.' },
      { line: 3, text: ':orphan', severity: 'error', message: 'The type before “:” is missing.' },
      { line: 4, text: 'dashboard:', severity: 'error', message: 'The id after “dashboard:” is missing.' },
    ]);
    expect(parsed.hasErrors).toBe(true);
  });

  it('warns about unknown types (with a suggestion for typos) but still resolves them', () => {
    const parsed = parseIdList('dashbaord:abc\nDashboard:x\ncustom-widget:w1', typed);
    expect(parsed.hasErrors).toBe(false);
    expect(parsed.objects).toHaveLength(3);
    expect(parsed.problems.map((p) => [p.line, p.severity])).toEqual([
      [1, 'warning'],
      [2, 'warning'],
      [3, 'warning'],
    ]);
    expect(parsed.problems[0].message).toMatch(/“dashbaord” is not a saved-object type this console knows\. Did you mean “dashboard”\?/);
    expect(parsed.problems[1].message).toMatch(/Did you mean “dashboard”\?/);
    expect(parsed.problems[2].message).not.toMatch(/Did you mean/);
  });

  it('resolves a repeated line once and says so', () => {
    const parsed = parseIdList('dashboard:a\ndashboard:b\ndashboard:a', typed);
    expect(parsed.objects).toEqual([
      { type: 'dashboard', id: 'a' },
      { type: 'dashboard', id: 'b' },
    ]);
    expect(parsed.problems).toEqual([{ line: 3, text: 'dashboard:a', severity: 'warning', message: 'Same as line 1; resolved once.' }]);
  });

  it('in bare format uses the picked type and the whole line as the id', () => {
    const parsed = parseIdList('web-vis-0\nweird:id\nvisualization:legacy', bare);
    expect(parsed.objects).toEqual([
      { type: 'visualization', id: 'web-vis-0' },
      { type: 'visualization', id: 'weird:id' },
      { type: 'visualization', id: 'visualization:legacy' },
    ]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ line: 3, severity: 'warning' });
    expect(parsed.problems[0].message).toMatch(/Looks like type:id/);
  });

  it('reads whole Kibana links in either format, and points out a link from another space', () => {
    const text = [
      'https://kibana.example.com/app/dashboards#/view/web-overview?_g=()',
      'https://kibana.example.com/s/marketing/app/lens#/edit/campaign-lens',
      'https://kibana.example.com/app/dashboards#/list',
    ].join('\n');
    for (const options of [typed, bare]) {
      const parsed = parseIdList(text, { ...options, currentSpace: 'default' });
      expect(parsed.objects).toEqual([
        { type: 'dashboard', id: 'web-overview' },
        { type: 'lens', id: 'campaign-lens' },
      ]);
      expect(parsed.problems.map(({ line, severity }) => [line, severity])).toEqual([
        [2, 'warning'],
        [3, 'error'],
      ]);
      expect(parsed.problems[0].message).toMatch(/from the space “marketing”; the id is resolved in this space \(“default”\)/);
      expect(parsed.problems[1].message).toMatch(/^This link opens no single saved object/);
    }
  });

  it('refuses more ids than it can show', () => {
    const text = Array.from({ length: MAX_IDS + 1 }, (_, i) => `dashboard:d${i}`).join('\n');
    const parsed = parseIdList(text, typed);
    expect(parsed.hasErrors).toBe(true);
    expect(parsed.problems.at(-1)?.message).toBe(`${MAX_IDS + 1} ids is too many at once: resolve at most ${MAX_IDS} at a time.`);
  });

  it('an empty list has nothing to resolve and no problems', () => {
    expect(parseIdList(' \n\n', typed)).toEqual({ objects: [], problems: [], hasErrors: false });
  });
});
