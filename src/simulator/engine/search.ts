// A faithful-enough subset of Elasticsearch's simple_query_string as Kibana's `_find` uses it (§7.2):
// words are lower-cased and split on non-alphanumerics; `term*` is a prefix, `"a b"` a phrase, `-term`
// excludes, `+term` is required; the default operator joins the rest. A search ending in `*` also
// matches as a phrase prefix on the search fields.
import type { StoredObject } from '../state/store';

interface Clause {
  words: string[];
  prefix: boolean;
  must: boolean;
  not: boolean;
}

export interface CompiledSearch {
  clauses: Clause[];
  /** Words of a search ending in `*`, matched as a phrase prefix. */
  phrasePrefix?: string[];
  operator: 'OR' | 'AND';
  fields?: string[];
}

export function analyze(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function compileSearch(search: string, operator: 'OR' | 'AND', fields?: string[]): CompiledSearch {
  const clauses: Clause[] = [];
  const re = /([+-]?)(?:"([^"]*)"|(\S+))/g;
  for (const m of search.matchAll(re)) {
    const raw = m[2] ?? m[3] ?? '';
    const prefix = m[2] === undefined && raw.endsWith('*');
    const words = analyze(prefix ? raw.slice(0, -1) : raw);
    if (words.length === 0) {
      if (raw === '*') clauses.push({ words: [], prefix: true, must: m[1] === '+', not: m[1] === '-' });
      continue;
    }
    clauses.push({ words, prefix, must: m[1] === '+', not: m[1] === '-' });
  }
  const trimmed = search.trim();
  const phrasePrefix = trimmed.endsWith('*') ? analyze(trimmed.slice(0, -1)) : undefined;
  return { clauses, operator, fields, phrasePrefix: phrasePrefix?.length ? phrasePrefix : undefined };
}

const fieldCache = new WeakMap<StoredObject, Map<string, string[]>>();

/**
 * Types mapped with `dynamic: false` whose every attribute the simulator could otherwise search: Kibana's `*`
 * reaches only their mapped fields. A data view maps `title` (the index pattern), `name` and `type`; its
 * `timeFieldName`, `fields` and the rest are stored but not searchable.
 */
const SEARCHABLE_ATTRIBUTES: Record<string, string[]> = { 'index-pattern': ['title', 'name', 'type'] };

/** Cache key of the searchable words; and a token no search produces, so a phrase never spans two fields. */
const SEARCHABLE_KEY = '\u0000searchable';
const FIELD_GAP = '\u0000';

/** `management.defaultSearchField`, where a phrase prefix is matched without `search_fields` (data views: the name). */
const DEFAULT_SEARCH_FIELD: Record<string, string> = { 'index-pattern': 'name' };

function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => collectStrings(v, out));
}

/**
 * Analyzed words of one attribute (dot path), or of every attribute when `field` is `*` (a superset of what
 * a search reaches: the indexes draw candidates from it); cached per version.
 */
export function wordsOf(o: StoredObject, field: string): string[] {
  let cache = fieldCache.get(o);
  if (!cache) fieldCache.set(o, (cache = new Map()));
  let words = cache.get(field);
  if (!words) {
    const strings: string[] = [];
    if (field === '*') collectStrings(o.attributes, strings);
    else {
      let value: unknown = o.attributes;
      for (const part of field.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
      collectStrings(value, strings);
    }
    words = analyze(strings.join(' \u0000 '));
    cache.set(field, words);
  }
  return words;
}

/** What a search without `search_fields` reaches: the mapped attributes; all of them for types without a list. */
function searchableWordsOf(o: StoredObject): string[] {
  const searchable = SEARCHABLE_ATTRIBUTES[o.type];
  if (!searchable) return wordsOf(o, '*');
  let cache = fieldCache.get(o);
  if (!cache) fieldCache.set(o, (cache = new Map()));
  let words = cache.get(SEARCHABLE_KEY);
  if (!words) {
    words = searchable.flatMap((field) => wordsOf(o, field).concat(FIELD_GAP));
    cache.set(SEARCHABLE_KEY, words);
  }
  return words;
}

function clauseMatches(words: string[], clause: Clause): boolean {
  const { words: q, prefix } = clause;
  if (q.length === 0) return words.length > 0;
  outer: for (let i = 0; i + q.length <= words.length; i++) {
    for (let j = 0; j < q.length; j++) {
      const last = j === q.length - 1;
      const w = words[i + j];
      if (last && prefix ? !w.startsWith(q[j]) : w !== q[j]) continue outer;
    }
    return true;
  }
  return false;
}

/** Returns the score (>0) when the object matches, else 0. */
export function scoreSearch(o: StoredObject, s: CompiledSearch): number {
  const fields = s.fields?.length ? s.fields : ['*'];
  const fieldWords = fields.map((f) => (f === '*' ? searchableWordsOf(o) : wordsOf(o, f)));
  const hits = (clause: Clause) => fieldWords.filter((w) => clauseMatches(w, clause)).length;
  let score = 0;
  let optionalMatched = false;
  let hasOptional = false;
  for (const clause of s.clauses) {
    const n = hits(clause);
    if (clause.not) {
      if (n > 0) return 0;
      continue;
    }
    if (clause.must || s.operator === 'AND') {
      if (n === 0) return 0;
    } else {
      hasOptional = true;
      if (n > 0) optionalMatched = true;
    }
    score += n;
  }
  const required = s.clauses.some((c) => !c.not && (c.must || s.operator === 'AND'));
  let matched = hasOptional ? optionalMatched || required : required || s.clauses.every((c) => c.not);
  if (!matched && s.phrasePrefix) {
    const prefixFields = s.fields?.length ? s.fields : [DEFAULT_SEARCH_FIELD[o.type] ?? 'title'];
    const clause: Clause = { words: s.phrasePrefix, prefix: true, must: false, not: false };
    if (prefixFields.some((f) => clauseMatches(wordsOf(o, f), clause))) {
      matched = true;
      score += 1;
    }
  }
  return matched ? Math.max(score, 1) : 0;
}
