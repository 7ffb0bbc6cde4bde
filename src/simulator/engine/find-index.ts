// The indexes behind `_find` (kibana-api.md §7), so a request over 100,000 objects reads its candidates
// instead of every stored object: per type and space, per reference, per search word, and sorted orders.
// Kept current on every write through the store's observer hook (never rebuilt per write); built on first
// use and after a load, each part only once a request needs it.
import type { TypeRegistry } from '../state/registry';
import type { SimulatorStore, StoredObject, StoreObserver } from '../state/store';
import { wordsOf } from './search';

/** One stored object version, with its place in storage order (an update keeps it, a re-creation does not). */
export interface Entry {
  key: string;
  o: StoredObject;
  ord: number;
  alive: boolean;
  /** Marks an entry as already collected by the current request. */
  stamp: number;
}

const byOrd = (a: Entry, b: Entry) => a.ord - b.ord;

/** Entries in storage order; removals are counted at once and swept out on the next read. */
export class EntryList {
  private items: Entry[] = [];
  private dead = 0;
  private unsorted = false;

  add(e: Entry): void {
    const last = this.items[this.items.length - 1];
    if (last && last.ord > e.ord) this.unsorted = true;
    this.items.push(e);
  }

  drop(): void {
    this.dead++;
  }

  get size(): number {
    return this.items.length - this.dead;
  }

  read(): Entry[] {
    if (this.dead) {
      this.items = this.items.filter((e) => e.alive);
      this.dead = 0;
    }
    if (this.unsorted) {
      this.items.sort(byOrd); // an update re-enters at its old place: nearly sorted, cheap to sort
      this.unsorted = false;
    }
    return this.items;
  }
}

/** Buckets of one type's objects: agnostic ones, ones shared to every space, ones to filter one by one. */
export const AGNOSTIC = '\u0000agnostic';
export const EVERY_SPACE = '\u0000every-space';
export const SEVERAL_SPACES = '\u0000several-spaces';

function bucketOf(registry: TypeRegistry, o: StoredObject): string {
  if (registry.isAgnostic(o.type)) return AGNOSTIC;
  if (registry.isSingleNamespace(o.type)) return o.namespaces[0] ?? SEVERAL_SPACES;
  if (o.namespaces.includes('*')) return EVERY_SPACE;
  return o.namespaces.length === 1 ? o.namespaces[0] : SEVERAL_SPACES;
}

const refKey = (type: string, id: string) => `${type}\u0000${id}`;

function uniqueRefKeys(o: StoredObject): Set<string> {
  return new Set(o.references.map((r) => refKey(r.type, r.id)));
}

/** A value as the sort compares it: missing, a number, or its string form. */
type SortValue = number | string | undefined;

function sortValue(v: unknown): SortValue {
  if (v === undefined || v === null) return undefined;
  return typeof v === 'number' ? v : String(v);
}

/** Ascending by value, missing last, ties in storage order: the stable sort of the full scan. */
export function compareSorted(a: { k: SortValue; e: Entry }, b: { k: SortValue; e: Entry }): number {
  if (a.k !== b.k) {
    if (a.k === undefined) return 1;
    if (b.k === undefined) return -1;
    return a.k < b.k ? -1 : 1;
  }
  return a.e.ord - b.e.ord;
}

/**
 * Every entry in one sort order. Writes queue up and are merged in on the next read. Numbers and strings
 * in one field have no consistent order (the scan compares pairs either way), so such a field is `mixed`
 * and left to the scan.
 */
export class SortedView {
  private sorted: { k: SortValue; e: Entry }[];
  private added: Entry[] = [];
  private removals = false;
  private numbers = 0;
  private others = 0;
  private nans = 0;

  constructor(
    readonly key: (o: StoredObject) => unknown,
    entries: Iterable<Entry>,
  ) {
    this.sorted = [...entries].map((e) => this.keyed(e));
    this.sorted.sort(compareSorted);
  }

  keyed(e: Entry): { k: SortValue; e: Entry } {
    return { k: sortValue(this.key(e.o)), e };
  }

  private count(k: SortValue, by: number): void {
    if (typeof k === 'number') {
      if (Number.isNaN(k)) this.nans += by;
      else this.numbers += by;
    } else if (k !== undefined) this.others += by;
  }

  get mixed(): boolean {
    return (this.numbers > 0 && this.others > 0) || this.nans > 0;
  }

  get pending(): number {
    return this.added.length;
  }

  add(e: Entry): void {
    this.added.push(e);
  }

  drop(): void {
    this.removals = true;
  }

  read(): { k: SortValue; e: Entry }[] {
    if (!this.added.length && !this.removals) return this.sorted;
    const kept: { k: SortValue; e: Entry }[] = [];
    for (const x of this.sorted) {
      if (x.e.alive) kept.push(x);
      else this.count(x.k, -1);
    }
    const fresh = this.added.filter((e) => e.alive).map((e) => this.keyed(e));
    fresh.sort(compareSorted);
    for (const x of fresh) this.count(x.k, 1);
    this.sorted = fresh.length ? merge(kept, fresh) : kept;
    this.added = [];
    this.removals = false;
    return this.sorted;
  }

  countAll(): this {
    for (const x of this.sorted) this.count(x.k, 1);
    return this;
  }
}

function merge(a: { k: SortValue; e: Entry }[], b: { k: SortValue; e: Entry }[]) {
  const out: { k: SortValue; e: Entry }[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) out[n++] = compareSorted(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[n++] = a[i++];
  while (j < b.length) out[n++] = b[j++];
  return out;
}

function mergeWords(a: string[], b: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i] < b[j] ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** Search words (every attribute, as `search.ts` analyses them) → the entries holding them. */
class WordIndex {
  readonly postings = new Map<string, EntryList>();
  private dictionary: string[] = [];
  private newWords: string[] = [];

  add(e: Entry): void {
    for (const w of new Set(wordsOf(e.o, '*'))) {
      let list = this.postings.get(w);
      if (!list) {
        this.postings.set(w, (list = new EntryList()));
        this.newWords.push(w);
      }
      list.add(e);
    }
  }

  drop(e: Entry): void {
    for (const w of new Set(wordsOf(e.o, '*'))) this.postings.get(w)?.drop();
  }

  /** Postings of every word starting with `prefix`. */
  withPrefix(prefix: string): EntryList[] {
    if (this.newWords.length) {
      this.dictionary = mergeWords(this.dictionary, this.newWords.sort());
      this.newWords = [];
    }
    let lo = 0;
    let hi = this.dictionary.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.dictionary[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const lists: EntryList[] = [];
    for (let i = lo; i < this.dictionary.length && this.dictionary[i].startsWith(prefix); i++) lists.push(this.postings.get(this.dictionary[i])!);
    return lists;
  }
}

export class FindIndex implements StoreObserver {
  private built = false;
  private registry?: TypeRegistry;
  private byKey = new Map<string, Entry>();
  private nextOrd = 0;
  private buckets = new Map<string, Map<string, EntryList>>();
  private wordIndex?: WordIndex;
  private refIndex?: Map<string, EntryList>;
  private views = new Map<string, SortedView>();
  private stampCounter = 0;

  constructor(private readonly store: SimulatorStore) {
    store.observe(this);
  }

  reset(): void {
    this.built = false;
  }

  changed(key: string, object: StoredObject | null): void {
    if (!this.built) return;
    const old = this.byKey.get(key);
    if (old) this.kill(old);
    if (object) {
      const e: Entry = { key, o: object, ord: old ? old.ord : this.nextOrd++, alive: true, stamp: 0 };
      this.byKey.set(key, e); // a Map keeps an updated key in its place, like the store
      this.insert(e);
    } else if (old) this.byKey.delete(key);
  }

  /** Up to date with the store: built on first use, again after a load or a new type registry. */
  sync(): this {
    if (this.built && this.registry === this.store.registry && this.byKey.size === this.store.size) return this;
    this.registry = this.store.registry;
    this.byKey = new Map();
    this.buckets = new Map();
    this.wordIndex = undefined;
    this.refIndex = undefined;
    this.views = new Map();
    this.nextOrd = 0;
    for (const o of this.store.all()) {
      const key = this.store.rawKey(o.type, o.id, o.namespaces[0]);
      const e: Entry = { key, o, ord: this.nextOrd++, alive: true, stamp: 0 };
      this.byKey.set(key, e);
      this.insert(e);
    }
    this.built = true;
    return this;
  }

  get size(): number {
    return this.byKey.size;
  }

  /** A fresh mark for collecting entries without duplicates. */
  nextStamp(): number {
    return ++this.stampCounter;
  }

  bucket(type: string, bucket: string): EntryList | undefined {
    return this.buckets.get(type)?.get(bucket);
  }

  words(): WordIndex {
    if (!this.wordIndex) {
      this.wordIndex = new WordIndex();
      for (const e of this.byKey.values()) this.wordIndex.add(e);
    }
    return this.wordIndex;
  }

  referencing(type: string, id: string): EntryList | undefined {
    if (!this.refIndex) {
      this.refIndex = new Map();
      for (const e of this.byKey.values()) this.addReferences(e);
    }
    return this.refIndex.get(refKey(type, id));
  }

  /** Every entry in the order of `cacheKey`, built on first use. */
  view(cacheKey: string, key: (o: StoredObject) => unknown): SortedView {
    let view = this.views.get(cacheKey);
    if (!view) this.views.set(cacheKey, (view = new SortedView(key, this.byKey.values()).countAll()));
    return view;
  }

  private addReferences(e: Entry): void {
    for (const k of uniqueRefKeys(e.o)) {
      let list = this.refIndex!.get(k);
      if (!list) this.refIndex!.set(k, (list = new EntryList()));
      list.add(e);
    }
  }

  private insert(e: Entry): void {
    let byBucket = this.buckets.get(e.o.type);
    if (!byBucket) this.buckets.set(e.o.type, (byBucket = new Map()));
    const bucket = bucketOf(this.registry!, e.o);
    let list = byBucket.get(bucket);
    if (!list) byBucket.set(bucket, (list = new EntryList()));
    list.add(e);
    this.wordIndex?.add(e);
    if (this.refIndex) this.addReferences(e);
    for (const [cacheKey, view] of this.views) {
      // A view nobody reads any more is dropped rather than fed forever; it is rebuilt if asked for again.
      if (view.pending > this.byKey.size) this.views.delete(cacheKey);
      else view.add(e);
    }
  }

  private kill(e: Entry): void {
    e.alive = false;
    this.buckets.get(e.o.type)?.get(bucketOf(this.registry!, e.o))?.drop();
    this.wordIndex?.drop(e);
    if (this.refIndex) for (const k of uniqueRefKeys(e.o)) this.refIndex.get(k)?.drop();
    for (const view of this.views.values()) view.drop();
  }
}

const indexes = new WeakMap<SimulatorStore, FindIndex>();

export function findIndexOf(store: SimulatorStore): FindIndex {
  let index = indexes.get(store);
  if (!index) indexes.set(store, (index = new FindIndex(store)));
  return index.sync();
}
