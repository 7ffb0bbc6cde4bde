// One simulated Kibana: its saved objects and ML state (store), how they are kept (persistence), fault
// rules and credentials. Everything HTTP-facing receives this object.
import { FaultRules } from './faults';
import type { Persistence } from './state/persistence';
import { memoryPersistence } from './state/persistence';
import { findStateProblem, type StateDocument } from './state/schema';
import { SimulatorStore } from './state/store';

export const SIMULATED_KIBANA_VERSION = '9.1.0';

export interface SimulatorOptions {
  /** The state to start from when persistence holds none (and for reset). */
  initialState: () => StateDocument;
  persistence?: Persistence;
  /** When set, every Kibana path requires `Authorization: ApiKey <apiKey>`. */
  apiKey?: string;
}

export class Simulator {
  readonly store = new SimulatorStore();
  readonly faults = new FaultRules();
  readonly persistence: Persistence;
  readonly apiKey?: string;
  private readonly initialState: () => StateDocument;

  constructor(options: SimulatorOptions) {
    this.persistence = options.persistence ?? memoryPersistence();
    this.apiKey = options.apiKey;
    this.initialState = options.initialState;
    const saved = this.persistence.load();
    if (saved) {
      this.store.load(saved.document);
      for (const batch of saved.journal) this.store.applyChanges(batch);
    } else {
      this.store.load(this.initialState());
      this.persistence.saveSnapshot(this.store.toDocument());
    }
  }

  /**
   * Persists what the last request wrote. Called before a write is acknowledged; when the journal refuses
   * the batch, it is undone in memory and the error reaches the route (500), so nobody ever reads it.
   */
  flush(): void {
    this.store.commitChanges((changes) => this.persistence.append(changes, () => this.store.toDocument()));
  }

  /** Replaces the whole state; returns a problem description (and keeps the old state) when invalid. */
  replaceState(doc: unknown): string | undefined {
    const problem = findStateProblem(doc);
    if (problem) return problem;
    this.replaceStore(doc as StateDocument);
    return undefined;
  }

  reset(document: StateDocument): void {
    this.replaceStore(document);
    this.faults.clear();
  }

  /** Loads `document`; if it cannot be saved, the previous state stays (in memory as on disk). */
  private replaceStore(document: StateDocument): void {
    const previous = this.store.toDocument();
    this.store.load(document);
    try {
      this.persistence.saveSnapshot(this.store.toDocument());
    } catch (error) {
      this.store.load(previous);
      throw error;
    }
  }

  resetToInitial(): void {
    this.reset(this.initialState());
  }
}
