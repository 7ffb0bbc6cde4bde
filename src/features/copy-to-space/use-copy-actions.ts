// The wizard's actions: copy, resolve (then remap), re-check and explicit resend. Before a write goes out,
// its spaces are saved as "unknown" at once, so a reload or a lost answer can never lead to a silent resend.
import { useQueryClient } from '@tanstack/react-query';
import { startTransition, useRef, useState } from 'react';
import { savedObjectQueries } from '../../api/saved-objects';
import type { ClosureObject } from './closure';
import { buildCopyRequest, spaceKey, summariseSpace, type CopyOptions, type SourceGroup, type SpaceAnswer } from './copy-plan';
import { recheckSpace, runCopy, runRemaps, runResolve } from './copy-runner';
import type { PendingRequest, WizardPhase, WizardState } from './wizard-state';

type Update = (change: Partial<WizardState> | ((s: WizardState) => Partial<WizardState>), opts?: { now?: boolean }) => void;

const NO_ANSWER = 'No answer yet: the console was closed or reloaded while Kibana was working on it. It may or may not have written.';

/** Answers that are not plain answers become pending entries; the rest replace what was there. */
function split(answers: Record<string, SpaceAnswer>, step: PendingRequest['step']) {
  const answered: Record<string, SpaceAnswer> = {};
  const pending: Record<string, PendingRequest> = {};
  for (const [key, answer] of Object.entries(answers)) {
    if (answer.kind === 'answered') answered[key] = answer;
    else pending[key] = { step, kind: answer.kind, message: answer.message };
  }
  return { answered, pending };
}

function without<T>(record: Record<string, T>, keys: Iterable<string>): Record<string, T> {
  const next = { ...record };
  for (const key of keys) delete next[key];
  return next;
}

export function nextPhase(s: Pick<WizardState, 'copyAnswers' | 'lastAnswers' | 'pending'>): WizardPhase {
  if (Object.keys(s.pending).length) return 'decide';
  const latest = { ...s.copyAnswers, ...s.lastAnswers };
  return Object.values(latest).some((a) => summariseSpace(a).status === 'needs-decisions') ? 'decide' : 'done';
}

export function useCopyActions(state: WizardState, update: Update, groups: SourceGroup[], closures: ReadonlyMap<string, readonly ClosureObject[]>) {
  const queryClient = useQueryClient();
  const [rechecking, setRechecking] = useState(false);
  const options: CopyOptions = { mode: state.mode, includeReferences: state.includeReferences };
  // Other screens read fresh data when they open; refetching this screen's closure now would only compete
  // with the report for the main thread (it is the same closure: copying does not change the source).
  const refresh = () => void queryClient.invalidateQueries({ queryKey: savedObjectQueries.all(), refetchType: 'none' });
  // After a copy, this screen shows only the source space (closure, matching objects), which a copy does not
  // change: marking those stale would re-render the whole wizard a second time while the answer is drawn.
  const refreshUnwatched = () =>
    void queryClient.invalidateQueries({ queryKey: savedObjectQueries.all(), refetchType: 'none', predicate: (query) => query.getObserversCount() === 0 });

  // One copy at a time. The "Copying…" state is rendered as a transition (so the click's task stays short:
  // the setup steps fold into summaries and the status table mounts in later tasks), so the Copy button can
  // still be on screen for a moment after the click: a second click then must not send a second copy.
  const copyInFlight = useRef(false);

  async function copy(only?: { groups: SourceGroup[]; spaces: string[] }) {
    if (copyInFlight.current) return;
    copyInFlight.current = true;
    try {
      await sendCopy(only);
    } finally {
      copyInFlight.current = false;
    }
  }

  async function sendCopy(only?: { groups: SourceGroup[]; spaces: string[] }) {
    const targetGroups = only?.groups ?? groups;
    const spaces = only?.spaces ?? state.spaces;
    const keys = targetGroups.flatMap((g) => buildCopyRequest(g, spaces, options).spaces.map((s) => spaceKey(g.source, s)));
    const marked = Object.fromEntries(keys.map((k) => [k, { step: 'copy', kind: 'unknown', message: NO_ANSWER, sending: true } as PendingRequest]));
    // Saved at once (`now`), before the request goes out; only its rendering waits.
    startTransition(() =>
      update(
        (s) => ({
          phase: 'copying',
          sentAt: new Date().toISOString(),
          pending: { ...(only ? s.pending : {}), ...marked },
          ...(only ? { rechecks: without(s.rechecks, keys) } : { copyAnswers: {}, lastAnswers: {}, remaps: {}, rechecks: {}, decisions: s.decisions }),
        }),
        { now: true },
      ),
    );
    const { answered, pending } = split(await runCopy(targetGroups, spaces, options), 'copy');
    // The answer can bring 1,000 decisions or a report built from thousands of results: rendered as a
    // transition, React builds it in slices and the page stays responsive (the state itself is updated at once).
    startTransition(() =>
      update((s) => {
        const next = {
          copyAnswers: { ...s.copyAnswers, ...answered },
          lastAnswers: without(s.lastAnswers, Object.keys(answered)),
          pending: { ...without(s.pending, keys), ...pending },
        };
        return { ...next, phase: nextPhase(next) };
      }),
    );
    refreshUnwatched();
  }

  async function resolve(only?: string[]) {
    const latest = { ...state.copyAnswers, ...state.lastAnswers };
    // Spaces waiting on another request are left out, unless the admin resends exactly those.
    const eligible = Object.entries(latest).filter(([key]) => (only ? only.includes(key) : !state.pending[key]));
    const answers = new Map(eligible);
    const decisions = new Map(Object.entries(state.decisions));
    const keys = eligible.filter(([, a]) => summariseSpace(a).status === 'needs-decisions').map(([k]) => k);
    const marked = Object.fromEntries(keys.map((k) => [k, { step: 'resolve', kind: 'unknown', message: NO_ANSWER } as PendingRequest]));
    update((s) => ({ phase: 'resolving', sentAt: new Date().toISOString(), pending: { ...s.pending, ...marked }, rechecks: without(s.rechecks, keys) }), { now: true });
    const { answered, pending } = split(await runResolve(groups, answers, decisions, options), 'resolve');
    const copyAnswers = new Map(Object.entries(state.copyAnswers));
    const remaps = await runRemaps(copyAnswers, new Map(Object.entries(answered)), decisions);
    update((s) => {
      const next = {
        lastAnswers: { ...s.lastAnswers, ...answered },
        copyAnswers: s.copyAnswers,
        pending: { ...without(s.pending, keys), ...pending },
        remaps: { ...s.remaps, ...remaps },
      };
      return { ...next, phase: nextPhase(next) };
    });
    refresh();
  }

  async function recheck(keys: string[]) {
    setRechecking(true);
    try {
      const sentAt = state.sentAt ?? new Date(0).toISOString();
      const results = await Promise.all(
        keys.map(async (key) => {
          const [source, space] = key.split('>');
          try {
            return [key, await recheckSpace(space, closures.get(source) ?? [], sentAt)] as const;
          } catch {
            return undefined;
          }
        }),
      );
      update((s) => ({ rechecks: { ...s.rechecks, ...Object.fromEntries(results.filter((r) => r !== undefined)) } }));
    } finally {
      setRechecking(false);
    }
  }

  /** The admin's explicit resend of the request whose answer was lost or refused, for these spaces. */
  async function resend(keys: string[]) {
    const step = state.pending[keys[0]]?.step;
    if (step === 'copy') {
      const sources = new Set(keys.map((k) => k.split('>')[0]));
      const spaces = [...new Set(keys.map((k) => k.split('>')[1]))];
      await copy({ groups: groups.filter((g) => sources.has(g.source)), spaces });
    } else {
      await resolve(keys);
    }
  }

  return { copy, resolve, recheck, resend, rechecking };
}
