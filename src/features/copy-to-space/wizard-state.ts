// The wizard's state. The objects live in the URL (the hand-over link); everything else is kept in session
// storage under that URL, so a reload in the middle of the decisions loses nothing. Writes are debounced:
// a click in the grid costs one small object copy, not a serialisation of the whole wizard.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CopyMode, Decision, SpaceAnswer } from './copy-plan';
import type { RemapOutcome } from './copy-report';
import type { RecheckResult } from './recheck';

export type WizardPhase = 'setup' | 'copying' | 'decide' | 'resolving' | 'done';

export interface WizardState {
  spaces: string[];
  mode: CopyMode;
  includeReferences: boolean;
  phase: WizardPhase;
  /** When the last write went out (for re-checking a lost answer). */
  sentAt?: string;
  /**
   * Spaces (spaceKey) whose last request has no usable answer: lost (`unknown`: Kibana may have written) or
   * refused as a whole (`failed`: nothing written). Laid over the answers; the answer before it is kept so
   * the admin can send the same request again, on purpose.
   */
  pending: Record<string, PendingRequest>;
  copyAnswers: Record<string, SpaceAnswer>;
  lastAnswers: Record<string, SpaceAnswer>;
  decisions: Record<string, Decision>;
  remaps: Record<string, RemapOutcome>;
  rechecks: Record<string, RecheckResult>;
}

export interface PendingRequest {
  step: 'copy' | 'resolve';
  kind: 'unknown' | 'failed';
  message: string;
  /** Set on the spaces of the request now out (shown "Copying…"); its answer replaces the entry. */
  sending?: true;
}

export const initialWizardState = (): WizardState => ({
  spaces: [],
  mode: 'new-copies',
  includeReferences: true,
  phase: 'setup',
  pending: {},
  copyAnswers: {},
  lastAnswers: {},
  decisions: {},
  remaps: {},
  rechecks: {},
});

const PERSIST_DELAY_MS = 300;
const storageKey = (key: string) => `copy-wizard:${key}`;

// The copy answers are the big part of the state (1,000 conflicts are 1,000 error entries) and change only
// when an answer arrives: they are stored under their own keys and written only when they changed, so a
// decision costs the serialisation of the decisions, not of every answer.
const BIG_PARTS = ['copyAnswers', 'lastAnswers'] as const;
type BigPart = (typeof BIG_PARTS)[number];
const partKey = (key: string, part: BigPart) => `${storageKey(key)}:${part}`;

function load(key: string): WizardState {
  try {
    const text = window.sessionStorage.getItem(storageKey(key));
    if (!text) return initialWizardState();
    const saved = JSON.parse(text) as Partial<WizardState>;
    for (const part of BIG_PARTS) {
      const partText = window.sessionStorage.getItem(partKey(key, part));
      if (partText) saved[part] = JSON.parse(partText) as WizardState[BigPart];
    }
    // A reload during a request cannot know its answer: its spaces were saved as "unknown" before it went
    // out (see the runner's callers), so the wizard resumes at the decisions, never resending.
    const phase = saved.phase === 'copying' || saved.phase === 'resolving' ? 'decide' : saved.phase;
    // Nothing is out after a reload: the spaces of that request are plain "unknown" now.
    const pending = Object.fromEntries(Object.entries(saved.pending ?? {}).map(([key, { sending: _, ...entry }]) => [key, entry]));
    return { ...initialWizardState(), ...saved, pending, ...(phase ? { phase } : {}) };
  } catch {
    return initialWizardState();
  }
}

/** Writes the state; the big parts only when they are not the ones already written (`written`). */
function save(key: string, state: WizardState, written: Partial<Record<BigPart, unknown>>) {
  const rest: Partial<WizardState> = { ...state };
  for (const part of BIG_PARTS) {
    delete rest[part];
    if (written[part] === state[part]) continue;
    window.sessionStorage.setItem(partKey(key, part), JSON.stringify(state[part]));
    written[part] = state[part];
  }
  window.sessionStorage.setItem(storageKey(key), JSON.stringify(rest));
}

export function useWizardState(key: string) {
  const [state, setState] = useState<WizardState>(() => load(key));
  // The state as of the last update (the persistence timer and page-hide flush read it outside render).
  const latest = useRef(state);
  // The big parts as last written to storage (by reference): unchanged ones are not serialised again.
  const written = useRef<Partial<Record<BigPart, unknown>>>({});

  useEffect(() => {
    const timer = setTimeout(() => {
      try {
        save(key, latest.current, written.current);
      } catch {
        // Storage full or disabled: the wizard still works, only a reload would lose the decisions.
      }
    }, PERSIST_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key, state]);

  // Leaving the page before the debounce fires must not lose the last decision.
  useEffect(() => {
    const flush = () => save(key, latest.current, written.current);
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [key]);

  const update = useCallback((change: Partial<WizardState> | ((s: WizardState) => Partial<WizardState>), { now = false } = {}) => {
    const next = { ...latest.current, ...(typeof change === 'function' ? change(latest.current) : change) };
    latest.current = next;
    setState(next);
    // Before a write goes out, the state saying "answer pending = unknown" must be on disk at once.
    if (now) save(key, next, written.current);
  }, [key]);

  const reset = useCallback(() => {
    window.sessionStorage.removeItem(storageKey(key));
    for (const part of BIG_PARTS) window.sessionStorage.removeItem(partKey(key, part));
    written.current = {};
    latest.current = initialWizardState();
    setState(latest.current);
  }, [key]);

  return { state, update, reset };
}
