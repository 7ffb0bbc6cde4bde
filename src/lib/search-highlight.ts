// Where the objects search visibly matches a title. The search box sends each word to Kibana as a prefix
// (`web` → `web*`) and Kibana matches words, so a term is highlighted where a word starts with it; a quoted
// phrase where the phrase starts a word. Excluded terms (`-word`) are not highlighted.

export interface TextSegment {
  text: string;
  match: boolean;
}

/** The terms of the free search text worth highlighting, lower-cased. */
export function highlightTerms(search: string | undefined): string[] {
  if (!search) return [];
  const terms: string[] = [];
  for (const [token] of search.matchAll(/[+-]?"[^"]*"?|\S+/g)) {
    if (token.startsWith('-')) continue;
    const term = token.replace(/^\+/, '').replace(/^"|"$/g, '').replace(/\*+$/, '').trim().toLowerCase();
    if (/[\p{L}\p{N}]/u.test(term)) terms.push(term);
  }
  return terms;
}

const isWordChar = (char: string | undefined) => !!char && /[\p{L}\p{N}]/u.test(char);

/** `text` cut into matching and non-matching runs (overlapping matches merged); one run when nothing matches. */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  // Lower-cased unit by unit, so that indexes in `lower` are indexes in `text` (`İ` lower-cases to two units).
  const lower = text.split('').map((unit) => (unit.toLowerCase().length === 1 ? unit.toLowerCase() : unit)).join('');
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
      // A match counts where a word starts: the term's first character begins a word in the text.
      if (isWordChar(lower[at]) && isWordChar(lower[at - 1])) continue;
      marked.fill(true, at, at + term.length);
    }
  }
  const segments: TextSegment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments[segments.length - 1];
    if (last && last.match === marked[i]) last.text += text[i];
    else segments.push({ text: text[i], match: marked[i] });
  }
  return segments.length ? segments : [{ text, match: false }];
}
