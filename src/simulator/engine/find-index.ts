// The indexes behind `_find` (kibana-api.md §7), so a request over 100,000 objects reads its candidates
// instead of every stored object: per type and space, per reference, per search word, and sorted orders.
// Kept current on every write through the store's observer hook (never rebuilt per write); built on first
// use and after a load, each part only once a request needs it.
import type { TypeRegistry } from '../state/registry';
import type { SimulatorStore, StoredObject, StoreObserver } from '../state/store';
import { SortedView, ValueKinds } from './find-sorted-view';
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
  /** The store generation last seen through the hook: a write that bypassed it shows as a difference. */
  private seenGeneration = -1;
  private registry?: TypeRegistry;
  private byKey = new Map<string, Entry>();
  private nextOrd = 0;
  private buckets = new Map<string, Map<string, EntryList>>();
  private wordIndex?: WordIndex;
  private refIndex?: Map<string, EntryList>;
  /** Per sort key: the kinds of value it holds, and its orders (per type for an attribute, else of all types). */
  private kinds = new Map<string, ValueKinds>();
  private views = new Map<string, Map<string, SortedView>>();
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
    this.seenGeneration = this.store.generation;
  }

  /** Up to date with the store: built on first use, and again after a load, a new type registry or a write the hook missed. */
  sync(): this {
    const store = this.store;
    if (this.built && this.seenGeneration === store.generation && this.registry === store.registry && this.byKey.size === store.size) return this;
    this.registry = this.store.registry;
    this.byKey = new Map();
    this.buckets = new Map();
    this.wordIndex = undefined;
    this.refIndex = undefined;
    this.kinds = new Map();
    this.views = new Map();
    this.nextOrd = 0;
    for (const o of this.store.all()) {
      const key = this.store.rawKey(o.type, o.id, o.namespaces[0]);
      const e: Entry = { key, o, ord: this.nextOrd++, alive: true, stamp: 0 };
      this.byKey.set(key, e);
      this.insert(e);
    }
    this.built = true;
    this.seenGeneration = store.generation;
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

  /** Does the sort key hold both numbers and strings (see ValueKinds)? */
  mixed(cacheKey: string, key: (o: StoredObject) => unknown): boolean {
    let kinds = this.kinds.get(cacheKey);
    if (!kinds) {
      this.kinds.set(cacheKey, (kinds = new ValueKinds(key)));
      for (const e of this.byKey.values()) kinds.count(e.o, 1);
    }
    return kinds.mixed;
  }

  /** The entries of `type` (or of every type) in the order of `cacheKey`, built on first use; only for a key that is not mixed. */
  view(cacheKey: string, key: (o: StoredObject) => unknown, type?: string): SortedView {
    let byType = this.views.get(cacheKey);
    if (!byType) this.views.set(cacheKey, (byType = new Map()));
    let view = byType.get(type ?? '');
    if (!view) {
      const entries = [...this.byKey.values()].filter((e) => type === undefined || e.o.type === type);
      byType.set(type ?? '', (view = new SortedView(key, entries)));
    }
    return view;
  }

  /** Feeds a change to the sort orders; a key that becomes mixed loses its orders (rebuilt once it is not). */
  private feedViews(e: Entry, by: 1 | -1): void {
    for (const [cacheKey, kinds] of this.kinds) {
      kinds.count(e.o, by);
      const byType = this.views.get(cacheKey);
      if (!byType) continue;
      if (kinds.mixed) {
        this.views.delete(cacheKey);
        continue;
      }
      for (const [type, view] of byType) {
        if (type !== '' && type !== e.o.type) continue;
        // A view nobody reads any more is dropped rather than fed forever; it is rebuilt if asked for again.
        if (view.pending > this.byKey.size) byType.delete(type);
        else if (by === 1) view.add(e);
        else view.drop(e);
      }
    }
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
    this.feedViews(e, 1);
  }

  private kill(e: Entry): void {
    e.alive = false;
    this.buckets.get(e.o.type)?.get(bucketOf(this.registry!, e.o))?.drop();
    this.wordIndex?.drop(e);
    if (this.refIndex) for (const k of uniqueRefKeys(e.o)) this.refIndex.get(k)?.drop();
    this.feedViews(e, -1);
  }
}

const indexes = new WeakMap<SimulatorStore, FindIndex>();

export function findIndexOf(store: SimulatorStore): FindIndex {
  let index = indexes.get(store);
  if (!index) indexes.set(store, (index = new FindIndex(store)));
  return index.sync();
}
