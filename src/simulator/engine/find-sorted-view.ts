// Sorted orders for `_find` (kibana-api.md §7.3), kept current write by write: the entries of one type (or
// of all types) ordered as the full scan orders them, by value ascending, missing last, ties in storage order.
import type { StoredObject } from '../state/store';
import type { Entry } from './find-index';

/** A value as the sort compares it: missing, a number, or its string form. */
type SortValue = number | string | undefined;
export type Keyed = { k: SortValue; e: Entry };

function sortValue(v: unknown): SortValue {
  if (v === undefined || v === null) return undefined;
  return typeof v === 'number' ? v : String(v);
}

export function compareSorted(a: Keyed, b: Keyed): number {
  if (a.k !== b.k) {
    if (a.k === undefined) return 1;
    if (b.k === undefined) return -1;
    return a.k < b.k ? -1 : 1;
  }
  return a.e.ord - b.e.ord;
}

/**
 * What kinds of value one sort field holds over every stored object. The scan compares two numbers as
 * numbers and anything else as text, which is no consistent order once a field holds both: such a field is
 * `mixed`, and only the scan can reproduce its order.
 */
export class ValueKinds {
  private numbers = 0;
  private others = 0;
  private nans = 0;

  constructor(readonly key: (o: StoredObject) => unknown) {}

  count(o: StoredObject, by: 1 | -1): void {
    const k = sortValue(this.key(o));
    if (typeof k === 'number') {
      if (Number.isNaN(k)) this.nans += by;
      else this.numbers += by;
    } else if (k !== undefined) this.others += by;
  }

  get mixed(): boolean {
    return (this.numbers > 0 && this.others > 0) || this.nans > 0;
  }
}

/** Up to this many changes are placed one by one (binary search); more are merged in one pass. */
const FEW_CHANGES = 64;

function lowerBound(sorted: Keyed[], x: Keyed): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareSorted(sorted[mid], x) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function merge(a: Keyed[], b: Keyed[]): Keyed[] {
  const out: Keyed[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) out[n++] = compareSorted(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[n++] = a[i++];
  while (j < b.length) out[n++] = b[j++];
  return out;
}

/** Entries in one sort order (never built or fed while the field is mixed); writes queue up until the next read. */
export class SortedView {
  private sorted: Keyed[];
  private added: Keyed[] = [];
  private removed: Entry[] = [];
  private manyRemoved = false;

  constructor(
    private readonly key: (o: StoredObject) => unknown,
    entries: Entry[],
  ) {
    this.sorted = entries.map((e) => this.keyed(e)).sort(compareSorted);
  }

  keyed(e: Entry): Keyed {
    return { k: sortValue(this.key(e.o)), e };
  }

  /** Writes waiting for a read: a view nobody reads any more is better dropped than fed forever. */
  get pending(): number {
    return this.added.length + this.removed.length;
  }

  add(e: Entry): void {
    this.added.push(this.keyed(e));
  }

  drop(e: Entry): void {
    if (this.removed.length < FEW_CHANGES) this.removed.push(e);
    else this.manyRemoved = true;
  }

  read(): Keyed[] {
    if (!this.added.length && !this.removed.length) return this.sorted;
    const fresh = this.added.filter((x) => x.e.alive);
    if (!this.manyRemoved && this.removed.length + fresh.length <= FEW_CHANGES) {
      for (const e of this.removed) {
        const i = lowerBound(this.sorted, this.keyed(e));
        if (this.sorted[i]?.e === e) this.sorted.splice(i, 1);
      }
      for (const x of fresh) this.sorted.splice(lowerBound(this.sorted, x), 0, x);
    } else {
      fresh.sort(compareSorted);
      this.sorted = merge(
        this.sorted.filter((x) => x.e.alive),
        fresh,
      );
    }
    this.added = [];
    this.removed = [];
    this.manyRemoved = false;
    return this.sorted;
  }
}
