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

  /** Persists what the last request wrote. Called before a write is acknowledged. */
  flush(): void {
    const changes = this.store.takeChanges();
    if (changes.length) this.persistence.append(changes, () => this.store.toDocument());
  }

  /** Replaces the whole state; returns a problem description (and keeps the old state) when invalid. */
  replaceState(doc: unknown): string | undefined {
    const problem = findStateProblem(doc);
    if (problem) return problem;
    this.store.load(doc as StateDocument);
    this.persistence.saveSnapshot(this.store.toDocument());
    return undefined;
  }

  reset(document: StateDocument): void {
    this.store.load(document);
    this.faults.clear();
    this.persistence.saveSnapshot(this.store.toDocument());
  }

  resetToInitial(): void {
    this.reset(this.initialState());
  }
}
