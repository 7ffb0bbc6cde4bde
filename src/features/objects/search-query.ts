// The search box speaks Kibana's saved-objects search syntax: free text plus `type:(a or b)` clauses.
// Type clauses become the type filter; the rest is sent to `_find` as `search`, each word with a
// trailing `*` (prefix match) unless quoted, as Kibana's own management UI does.
import { IMPORTABLE_TYPES } from '../../contract/types-registry';

export interface ParsedSearch {
  /** Free text, tokens joined by one space; quoted phrases keep their quotes. */
  text: string;
  /** Known importable types named in `type:` clauses, in the order written, without duplicates. */
  types: string[];
  /** Names in `type:` clauses that are not types the console browses (shown as a hint). */
  unknownTypes: string[];
  /** What is wrong with the syntax, in the admin's words (e.g. an unclosed parenthesis); shown, not sent. */
  problems: string[];
}

// `field:(…)` with spaces inside the parentheses, a quoted phrase, or any other run of non-spaces.
const TOKEN = /(\S+?:\([^)]*\)?)|("[^"]*"?)|(\S+)/g;
const TYPE_CLAUSE = /^type:(.*)$/i;

function typeValues(raw: string): string[] {
  const inner = raw.startsWith('(') ? raw.slice(1, raw.endsWith(')') ? -1 : undefined) : raw;
  return inner
    .split(/[\s,]+/)
    .map((value) => value.replace(/^"|"$/g, '').trim())
    .filter((value) => value !== '' && value.toLowerCase() !== 'or');
}

export function parseSearchText(input: string): ParsedSearch {
  const words: string[] = [];
  const types: string[] = [];
  const unknownTypes: string[] = [];
  const problems: string[] = [];
  for (const match of input.matchAll(TOKEN)) {
    const token = match[0];
    const clause = TYPE_CLAUSE.exec(token);
    if (!clause) {
      if (/^"[^"]*$/.test(token)) problems.push(`The quote in ${token} is not closed.`);
      words.push(token);
      continue;
    }
    if (clause[1].startsWith('(') && !clause[1].endsWith(')')) problems.push(`${token} has no closing parenthesis: write type:(dashboard or lens).`);
    else if (typeValues(clause[1]).length === 0) problems.push(`${token} names no type: write type:(dashboard or lens).`);
    for (const value of typeValues(clause[1])) {
      const known = IMPORTABLE_TYPES.find((type) => type === value.toLowerCase());
      const list = known ? types : unknownTypes;
      const name = known ?? value;
      if (!list.includes(name)) list.push(name);
    }
  }
  return { text: words.join(' '), types, unknownTypes, problems };
}

/** The search-box text for a view: the type clause first, then the free text. */
export function formatSearchText({ text, types }: { text: string; types: readonly string[] }): string {
  const clause = types.length ? `type:(${types.join(' or ')})` : '';
  return [clause, text.trim()].filter(Boolean).join(' ');
}

/** Same search for Kibana, whatever the spelling (`type:dashboard` vs `type:(dashboard)`, spacing). */
export function isSameSearch(a: { text: string; types: readonly string[] }, b: { text: string; types: readonly string[] }): boolean {
  const normal = (text: string) => text.trim().split(/\s+/).filter(Boolean).join(' ');
  const sorted = (types: readonly string[]) => [...types].sort().join(',');
  return normal(a.text) === normal(b.text) && sorted(a.types) === sorted(b.types);
}

/**
 * `_find`'s `search` for the free text: `web logs` → `web* logs*`; `"web logs"` stays a phrase;
 * a word that already ends in `*` is left alone. Empty text → undefined (no `search` parameter).
 */
export function toKibanaSearch(text: string): string | undefined {
  const tokens = [...text.matchAll(/"[^"]*"?|\S+/g)].map((match) => match[0]);
  const terms = tokens
    .map((token) => {
      if (token.startsWith('"')) return token.endsWith('"') && token.length > 1 ? token : `${token}"`;
      return token.endsWith('*') ? token : `${token}*`;
    })
    .filter((term) => term !== '""');
  return terms.length ? terms.join(' ') : undefined;
}
