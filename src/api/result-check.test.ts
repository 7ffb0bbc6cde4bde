import { describe, expect, it, vi } from 'vitest';
import { KibanaError, ResultUnknownError } from './client';
import { writeThenCheck } from './result-check';

const lost = () => new ResultUnknownError('The answer to DELETE /api/x was lost (socket hang up) — the result is unknown');

describe('writeThenCheck', () => {
  it('returns the answer when there is one, without re-reading', async () => {
    const recheck = vi.fn();
    await expect(writeThenCheck({ write: async () => 'ok', recheck })).resolves.toEqual({ status: 'answered', result: 'ok' });
    expect(recheck).not.toHaveBeenCalled();
  });

  it('says the result is unknown, re-reads once, and reports what Kibana has now — never writing again', async () => {
    const write = vi.fn().mockRejectedValue(lost());
    const onLost = vi.fn();
    const recheck = vi.fn().mockResolvedValue('deleted');
    const outcome = await writeThenCheck({ write, recheck, onLost });
    expect(outcome).toMatchObject({ status: 'checked', found: 'deleted' });
    expect(onLost).toHaveBeenCalledWith(expect.any(ResultUnknownError));
    expect(write).toHaveBeenCalledTimes(1);
    expect(recheck).toHaveBeenCalledTimes(1);
  });

  it('stays unknown when the re-read fails too, and can check again later', async () => {
    const recheck = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('still-there');
    const outcome = await writeThenCheck({ write: () => Promise.reject(lost()), recheck });
    expect(outcome).toMatchObject({ status: 'unknown', checkError: new Error('offline') });
    if (outcome.status !== 'unknown') throw new Error('expected unknown');
    await expect(outcome.recheck()).resolves.toBe('still-there');
  });

  it('lets an answered failure through: its result is known', async () => {
    const failure = new KibanaError({ statusCode: 403, error: 'Forbidden', message: 'no' });
    const recheck = vi.fn();
    await expect(writeThenCheck({ write: () => Promise.reject(failure), recheck })).rejects.toBe(failure);
    expect(recheck).not.toHaveBeenCalled();
  });
});
