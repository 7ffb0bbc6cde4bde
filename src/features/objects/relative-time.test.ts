import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

const NOW = Date.parse('2026-11-01T12:00:00.000Z');

describe('relativeTime', () => {
  it('says how long ago, in the largest whole unit', () => {
    expect(relativeTime('2026-11-01T11:59:58.000Z', NOW)).toBe('2 seconds ago');
    expect(relativeTime('2026-11-01T09:00:00.000Z', NOW)).toBe('3 hours ago');
    expect(relativeTime('2026-10-31T12:00:00.000Z', NOW)).toBe('yesterday');
    expect(relativeTime('2026-10-01T12:00:00.000Z', NOW)).toBe('last month');
    expect(relativeTime('2024-11-01T12:00:00.000Z', NOW)).toBe('2 years ago');
    expect(relativeTime('2026-11-01T12:00:00.000Z', NOW)).toBe('now');
  });

  it('handles times in the future and nonsense', () => {
    expect(relativeTime('2026-11-01T14:00:00.000Z', NOW)).toBe('in 2 hours');
    expect(relativeTime(undefined, NOW)).toBeUndefined();
    expect(relativeTime('yesterday-ish', NOW)).toBeUndefined();
  });
});
