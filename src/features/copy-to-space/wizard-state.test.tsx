import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SpaceAnswer } from './copy-plan';
import { useWizardState } from './wizard-state';

const answer: SpaceAnswer = {
  kind: 'answered',
  result: { success: false, successCount: 0, errors: [{ type: 'dashboard', id: 'd1', error: { type: 'conflict', destinationId: 'd1' } }] },
};

describe('wizard state in session storage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    window.sessionStorage.clear();
  });

  it('a reload gets back the answers and the decisions; a decision does not write the answers again', () => {
    const first = renderHook(() => useWizardState('default?objects=dashboard:d1'));
    act(() => first.result.current.update({ phase: 'decide', copyAnswers: { 'default>marketing': answer } }, { now: true }));
    const writes = vi.spyOn(Storage.prototype, 'setItem');
    act(() => first.result.current.update((s) => ({ decisions: { ...s.decisions, row: { action: 'overwrite', destinationId: 'd1' } } }), { now: true }));
    // One small write: the decisions, without the (unchanged) answers.
    expect(writes.mock.calls.map(([key]) => key)).toEqual(['copy-wizard:default?objects=dashboard:d1']);
    expect(writes.mock.calls[0][1]).toContain('overwrite');
    expect(writes.mock.calls[0][1]).not.toContain('conflict');
    first.unmount();

    const reloaded = renderHook(() => useWizardState('default?objects=dashboard:d1'));
    expect(reloaded.result.current.state.copyAnswers).toEqual({ 'default>marketing': answer });
    expect(reloaded.result.current.state.decisions).toEqual({ row: { action: 'overwrite', destinationId: 'd1' } });
    expect(reloaded.result.current.state.phase).toBe('decide');
  });

  it('a reload while a copy is out resumes at the decisions, its spaces unknown and no longer "sending"', () => {
    const first = renderHook(() => useWizardState('k2'));
    const sent = { step: 'copy', kind: 'unknown', message: 'No answer yet', sending: true } as const;
    act(() => first.result.current.update({ phase: 'copying', pending: { 'default>sales': sent } }, { now: true }));
    first.unmount();
    const { state } = renderHook(() => useWizardState('k2')).result.current;
    expect(state.phase).toBe('decide');
    expect(state.pending).toEqual({ 'default>sales': { step: 'copy', kind: 'unknown', message: 'No answer yet' } });
  });

  it('starting over forgets the answers too', () => {
    const first = renderHook(() => useWizardState('k'));
    act(() => first.result.current.update({ phase: 'decide', copyAnswers: { 'default>marketing': answer } }, { now: true }));
    act(() => first.result.current.reset());
    first.unmount();
    expect(renderHook(() => useWizardState('k')).result.current.state.copyAnswers).toEqual({});
  });
});
