// Answers a `_find` request from the indexes (find-index.ts): reads the candidates of its most selective
// filter (the type and space buckets, a reference, the search words) and judges only those, by the same
// filters as the full scan (find-query.ts), so results, order, ties and totals are exactly the scan's.
import type { SimulatorStore } from '../state/store';
import { AGNOSTIC, EVERY_SPACE, findIndexOf, SEVERAL_SPACES, type Entry, type EntryList, type FindIndex } from './find-index';
import { compareSorted } from './find-sorted-view';
import { collectHits, hasReferenceFilters, inScope, passesReferences, type FindHits, type FindQuery } from './find-query';
import { scoreSearch, type CompiledSearch } from './search';

/** Entries a filter lets through: `size` bounds their number (to pick the most selective), `lists` hold them. */
interface Source {
  size: number;
  lists: EntryList[];
  /** No entry is in two of the lists. */
  disjoint: boolean;
}

function sourceOf(lists: (EntryList | undefined)[], disjoint: boolean): Source {
  const present = lists.filter((l): l is EntryList => !!l && l.size > 0);
  return { size: present.reduce((n, l) => n + l.size, 0), lists: present, disjoint };
}

function union(sources: Source[]): Source {
  return sourceOf([...new Set(sources.flatMap((s) => s.lists))], false);
}

function smallest(sources: (Source | undefined)[]): Source | undefined {
  let best: Source | undefined;
  for (const s of sources) if (s && (!best || s.size < best.size)) best = s;
  return best;
}

function entriesOf(ix: FindIndex, source: Source): Entry[] {
  if (source.disjoint) return source.lists.flatMap((l) => l.read());
  const stamp = ix.nextStamp();
  const out: Entry[] = [];
  for (const list of source.lists)
    for (const e of list.read())
      if (e.stamp !== stamp) {
        e.stamp = stamp;
        out.push(e);
      }
  return out;
}

/** The type and space buckets; `exact` when every entry in them is in scope (no object in several spaces). */
function scopeSource(store: SimulatorStore, ix: FindIndex, q: FindQuery): { source: Source; exact: boolean } {
  const lists = new Set<EntryList | undefined>();
  let exact = true;
  for (const type of q.types) {
    if (store.registry.isAgnostic(type)) {
      lists.add(ix.bucket(type, AGNOSTIC));
      continue;
    }
    for (const space of q.spaceSet) lists.add(ix.bucket(type, space));
    if (store.registry.isSingleNamespace(type)) continue;
    lists.add(ix.bucket(type, EVERY_SPACE));
    const several = ix.bucket(type, SEVERAL_SPACES);
    if (several?.size) {
      lists.add(several);
      exact = false;
    }
  }
  return { source: sourceOf([...lists], true), exact };
}

function referenceSource(ix: FindIndex, q: FindQuery): Source | undefined {
  if (!q.hasReference?.length) return undefined;
  const parts = q.hasReference.map((r) => sourceOf([ix.referencing(r.type, r.id)], true));
  return q.hasReferenceOperator === 'AND' ? smallest(parts) : union(parts);
}

/** Entries holding every word of a clause (the last one as a prefix); undefined for `*`, which any word matches. */
function clauseSource(ix: FindIndex, words: string[], prefix: boolean): Source | undefined {
  const index = ix.words();
  return smallest(
    words.map((w, j) => (prefix && j === words.length - 1 ? sourceOf(index.withPrefix(w), false) : sourceOf([index.postings.get(w)], true))),
  );
}

/**
 * Entries that can match the search (see scoreSearch): with required clauses, those of the most selective
 * one; else those of any optional clause or of the phrase prefix; undefined when everything can match.
 */
function searchSource(ix: FindIndex, s: CompiledSearch): Source | undefined {
  const required = s.clauses.filter((c) => !c.not && (c.must || s.operator === 'AND'));
  if (required.length) return smallest(required.map((c) => clauseSource(ix, c.words, c.prefix)));
  const optional = s.clauses.filter((c) => !c.not);
  if (!optional.length) return undefined; // only exclusions: everything else matches
  const parts = optional.map((c) => clauseSource(ix, c.words, c.prefix));
  if (s.phrasePrefix) parts.push(clauseSource(ix, s.phrasePrefix, true));
  if (parts.some((p) => !p)) return undefined;
  return union(parts as Source[]);
}

/** Entries [from, end) of disjoint lists merged in storage order. */
function pageByOrd(lists: Entry[][], from: number, end: number): Entry[] {
  const heap = lists.filter((l) => l.length).map((list) => ({ list, at: 0 }));
  const ordOf = (i: number) => heap[i].list[heap[i].at].ord;
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < heap.length && ordOf(l) < ordOf(min)) min = l;
      if (r < heap.length && ordOf(r) < ordOf(min)) min = r;
      if (min === i) return;
      [heap[i], heap[min]] = [heap[min], heap[i]];
      i = min;
    }
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i);
  const out: Entry[] = [];
  for (let n = 0; n < end && heap.length; n++) {
    const top = heap[0];
    if (n >= from) out.push(top.list[top.at]);
    if (++top.at === top.list.length) {
      heap[0] = heap[heap.length - 1];
      heap.pop();
    }
    if (heap.length) siftDown(0);
  }
  return out;
}

/** Answers from the indexes; undefined when only the full scan can order exactly. */
export function findIndexed(store: SimulatorStore, q: FindQuery): FindHits | undefined {
  const ix = findIndexOf(store);
  if (q.sortBy && ix.mixed(q.sortBy.cacheKey, q.sortBy.key)) return undefined;
  // One type: its own order, so that walking it meets no object of another type.
  const view = q.sortBy && ix.view(q.sortBy.cacheKey, q.sortBy.key, q.types.length === 1 ? q.types[0] : undefined);
  const sorted = view?.read();
  // A final order pages as the scan does (positions from ≤ n < end); the score order is sliced.
  const from = Math.ceil(q.from);
  const end = Math.ceil(q.end);
  const scope = scopeSource(store, ix, q);

  if (scope.exact && !q.search && !hasReferenceFilters(q)) {
    // Scope alone decides: the total is the buckets' size, and only the page needs reading.
    const total = scope.source.size;
    if (end <= from || total === 0) return { total, hits: [] };
    const lists = scope.source.lists.map((l) => l.read());
    if (!view || !sorted) return { total, hits: pageByOrd(lists, from, end).map((e) => ({ o: e.o, score: 0 })) };
    // Walk the sorted order until the page is full, or sort the scope, whichever reads less.
    if ((end * sorted.length) / total <= total * Math.log2(total + 2)) {
      const hits: FindHits['hits'] = [];
      let n = 0;
      for (const { e } of sorted) {
        if (!inScope(store, q, e.o)) continue;
        if (n >= from) hits.push({ o: e.o, score: 0 });
        if (++n >= end) break;
      }
      return { total, hits };
    }
    const keyed = lists.flatMap((l) => l.map((e) => view.keyed(e))).sort(compareSorted);
    return { total, hits: keyed.slice(from, end).map(({ e }) => ({ o: e.o, score: 0 })) };
  }

  let best = scope.source;
  for (const source of [referenceSource(ix, q), q.search && searchSource(ix, q.search)])
    if (source && source.size < best.size) best = source;
  // Most objects are candidates: walking them all in order beats collecting and sorting them.
  if (best.size > ix.size / 4) return collectHits(store, q, sorted ? sorted.map((x) => x.e.o) : store.all());

  const matches: { e: Entry; score: number }[] = [];
  for (const e of entriesOf(ix, best)) {
    if (!inScope(store, q, e.o) || !passesReferences(q, e.o)) continue;
    const score = q.search ? scoreSearch(e.o, q.search) : 0;
    if (!q.search || score > 0) matches.push({ e, score });
  }
  const total = matches.length;
  if (view) {
    const keyed = matches.map(({ e }) => view.keyed(e)).sort(compareSorted);
    return { total, hits: keyed.slice(from, end).map(({ e }) => ({ o: e.o, score: 0 })) };
  }
  if (!q.search) matches.sort((a, b) => a.e.ord - b.e.ord);
  else matches.sort((a, b) => b.score - a.score || a.e.ord - b.e.ord);
  const page = q.search ? matches.slice(q.from, q.end) : matches.slice(from, end);
  return { total, hits: page.map(({ e, score }) => ({ o: e.o, score })) };
}
