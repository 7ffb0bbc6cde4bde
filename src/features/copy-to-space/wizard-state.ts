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

function load(key: string): WizardState {
  try {
    const text = window.sessionStorage.getItem(storageKey(key));
    if (!text) return initialWizardState();
    const saved = JSON.parse(text) as Partial<WizardState>;
    // A reload during a request cannot know its answer: its spaces were saved as "unknown" before it went
    // out (see the runner's callers), so the wizard resumes at the decisions, never resending.
    const phase = saved.phase === 'copying' || saved.phase === 'resolving' ? 'decide' : saved.phase;
    return { ...initialWizardState(), ...saved, ...(phase ? { phase } : {}) };
  } catch {
    return initialWizardState();
  }
}

export function useWizardState(key: string) {
  const [state, setState] = useState<WizardState>(() => load(key));
  // The state as of the last update (the persistence timer and page-hide flush read it outside render).
  const latest = useRef(state);

  useEffect(() => {
    const timer = setTimeout(() => {
      try {
        window.sessionStorage.setItem(storageKey(key), JSON.stringify(latest.current));
      } catch {
        // Storage full or disabled: the wizard still works, only a reload would lose the decisions.
      }
    }, PERSIST_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key, state]);

  // Leaving the page before the debounce fires must not lose the last decision.
  useEffect(() => {
    const flush = () => window.sessionStorage.setItem(storageKey(key), JSON.stringify(latest.current));
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [key]);

  const update = useCallback((change: Partial<WizardState> | ((s: WizardState) => Partial<WizardState>), { now = false } = {}) => {
    const next = { ...latest.current, ...(typeof change === 'function' ? change(latest.current) : change) };
    latest.current = next;
    setState(next);
    // Before a write goes out, the state saying "answer pending = unknown" must be on disk at once.
    if (now) window.sessionStorage.setItem(storageKey(key), JSON.stringify(next));
  }, [key]);

  const reset = useCallback(() => {
    window.sessionStorage.removeItem(storageKey(key));
    latest.current = initialWizardState();
    setState(latest.current);
  }, [key]);

  return { state, update, reset };
}
