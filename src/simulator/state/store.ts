// The simulated Elasticsearch index of saved objects, keyed the way Kibana keys raw documents
// (kibana-api.md §0.1): single-namespace types per space, multi-namespace and agnostic types globally.
import type { SavedObjectReference, Space } from '../../contract/kibana';
import { decodeVersion, encodeVersion } from '../engine/versions';
import { TypeRegistry } from './registry';
import type { StateDocument, StateMlJob, StateObject, StateTrainedModel, StateTypeOverride } from './schema';

export interface StoredObject {
  type: string;
  id: string;
  /** Single: exactly one space; multi: the spaces it is shared to (`*` = all); agnostic: []. */
  namespaces: string[];
  originId?: string;
  attributes: Record<string, unknown>;
  references: SavedObjectReference[];
  updated_at: string;
  created_at?: string;
  updated_by?: string;
  created_by?: string;
  version: string;
  managed: boolean;
}

/** A change waiting to be persisted: the object written, or null for a removal. */
export type PendingChange = { key: string; object: StoredObject | null };

/** Told of every write (the object now under `key`, or null once removed) and of every load, so derived indexes stay current. */
export interface StoreObserver {
  changed(key: string, object: StoredObject | null): void;
  reset(): void;
}

export class SimulatorStore {
  registry = new TypeRegistry();
  spaces: Space[] = [];
  mlJobs: StateMlJob[] = [];
  trainedModels: StateTrainedModel[] = [];
  typeOverrides: Record<string, StateTypeOverride> = {};
  private objects = new Map<string, StoredObject>();
  private seqNo = 0;
  private pending = new Map<string, StoredObject | null>();
  /** What each pending key held before this batch (undefined: absent), so a batch the journal refused can be undone. */
  private before = new Map<string, StoredObject | undefined>();
  /** Bumped on every change, so derived indexes (e.g. find's sort orders) know when to rebuild. */
  generation = 0;
  /** The time source; tests pin it. */
  now: () => Date = () => new Date();
  /** The UUIDv4 source for ids Kibana generates (new copies, regenerated ids); tests pin it. */
  ids: () => string = () => crypto.randomUUID();
  private observers: StoreObserver[] = [];

  constructor(doc?: StateDocument) {
    if (doc) this.load(doc);
  }

  load(doc: StateDocument): void {
    this.typeOverrides = doc.types ?? {};
    this.registry = new TypeRegistry(this.typeOverrides);
    this.spaces = doc.spaces.map((s) => ({ ...s, disabledFeatures: s.disabledFeatures ?? [] }));
    this.mlJobs = doc.ml?.jobs?.map((j) => ({ ...j })) ?? [];
    this.trainedModels = doc.ml?.trainedModels?.map((m) => ({ ...m })) ?? [];
    this.objects = new Map();
    this.pending.clear();
    this.before.clear();
    this.generation++;
    this.seqNo = 0;
    const loadedAt = this.now().toISOString();
    const unversioned: StoredObject[] = [];
    for (const o of doc.objects) {
      const stored = this.fromState(o, loadedAt);
      if (o.version) {
        try {
          this.seqNo = Math.max(this.seqNo, decodeVersion(o.version)[0]);
        } catch {
          stored.version = '';
          unversioned.push(stored);
        }
      } else unversioned.push(stored);
      this.objects.set(this.keyOf(stored), stored);
    }
    for (const stored of unversioned) stored.version = encodeVersion(++this.seqNo);
    for (const observer of this.observers) observer.reset();
  }

  private fromState(o: StateObject, loadedAt: string): StoredObject {
    const agnostic = this.registry.isAgnostic(o.type);
    return {
      type: o.type,
      id: o.id,
      namespaces: agnostic ? [] : o.namespaces?.length ? [...o.namespaces] : ['default'],
      ...(o.originId ? { originId: o.originId } : {}),
      attributes: o.attributes,
      references: o.references ?? [],
      updated_at: o.updated_at ?? loadedAt,
      ...(o.created_at ? { created_at: o.created_at } : {}),
      ...(o.updated_by ? { updated_by: o.updated_by } : {}),
      ...(o.created_by ? { created_by: o.created_by } : {}),
      version: o.version ?? '',
      managed: o.managed ?? false,
    };
  }

  toDocument(): StateDocument {
    return {
      spaces: this.spaces.map((s) => ({ ...s })),
      objects: [...this.objects.values()].map((o) => ({ ...o })),
      ml: { jobs: this.mlJobs, trainedModels: this.trainedModels },
      ...(Object.keys(this.typeOverrides).length ? { types: this.typeOverrides } : {}),
    };
  }

  /** Raw document id: `<ns>:<type>:<id>` for single-namespace types outside default, else `<type>:<id>`. */
  rawKey(type: string, id: string, namespace = 'default'): string {
    return this.registry.isSingleNamespace(type) && namespace !== 'default' ? `${namespace}:${type}:${id}` : `${type}:${id}`;
  }

  private keyOf(o: StoredObject): string {
    return this.rawKey(o.type, o.id, o.namespaces[0]);
  }

  /** The stored object behind `type:id` as seen from `namespace` (for multi-namespace types, wherever it lives). */
  get(type: string, id: string, namespace = 'default'): StoredObject | undefined {
    return this.objects.get(this.rawKey(type, id, namespace));
  }

  /** Does the object exist in that space (§0.1)? */
  existsIn(o: StoredObject, namespace: string): boolean {
    if (this.registry.isAgnostic(o.type)) return true;
    if (this.registry.isSingleNamespace(o.type)) return o.namespaces[0] === namespace;
    return o.namespaces.includes(namespace) || o.namespaces.includes('*');
  }

  /** `get` restricted to objects present in `namespace`. */
  getIn(type: string, id: string, namespace: string): StoredObject | undefined {
    const o = this.get(type, id, namespace);
    return o && this.existsIn(o, namespace) ? o : undefined;
  }

  /** Writes an object under a fresh version; returns the stored copy. */
  put(o: Omit<StoredObject, 'version'> & { version?: string }): StoredObject {
    const stored: StoredObject = { ...o, version: encodeVersion(++this.seqNo) };
    const key = this.keyOf(stored);
    this.remember(key);
    this.objects.set(key, stored);
    this.pending.set(key, stored);
    this.generation++;
    this.notify(key, stored);
    return stored;
  }

  remove(o: StoredObject): void {
    const key = this.keyOf(o);
    this.remember(key);
    if (this.objects.delete(key)) {
      this.pending.set(key, null);
      this.generation++;
      this.notify(key, null);
    }
  }

  observe(observer: StoreObserver): void {
    this.observers.push(observer);
  }

  private notify(key: string, object: StoredObject | null): void {
    for (const observer of this.observers) observer.changed(key, object);
  }

  /** Every stored object, in storage (insertion) order. */
  all(): IterableIterator<StoredObject> {
    return this.objects.values();
  }

  get size(): number {
    return this.objects.size;
  }

  spaceExists(id: string): boolean {
    return this.spaces.some((s) => s.id === id);
  }

  private remember(key: string): void {
    if (!this.before.has(key)) this.before.set(key, this.objects.get(key));
  }

  /** Changes since the last call, for persistence. */
  takeChanges(): PendingChange[] {
    const changes = [...this.pending].map(([key, object]) => ({ key, object }));
    this.pending.clear();
    this.before.clear();
    return changes;
  }

  /**
   * Persists the pending batch through `persist`; when that throws (the journal refused it), the batch is
   * undone before the error goes on, so a write that was not saved is never visible.
   */
  commitChanges(persist: (changes: PendingChange[]) => void): void {
    const before = new Map(this.before);
    const changes = this.takeChanges();
    if (!changes.length) return;
    try {
      persist(changes);
    } catch (error) {
      for (const [key, object] of before) {
        if (object) this.objects.set(key, object);
        else this.objects.delete(key);
      }
      this.generation++;
      throw error;
    }
  }

  /** Replays persisted changes (journal) without marking them pending. */
  applyChanges(changes: PendingChange[]): void {
    this.generation++;
    for (const { key, object } of changes) {
      if (object) {
        this.objects.set(key, object);
        this.seqNo = Math.max(this.seqNo, decodeVersion(object.version)[0]);
      } else this.objects.delete(key);
      this.notify(key, object);
    }
  }
}
