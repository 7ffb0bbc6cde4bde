import { describe, expect, it } from 'vitest';
import { fullTime, relativeTime } from './relative-time';

const NOW = Date.parse('2026-11-01T12:00:00.000Z');

describe('relativeTime', () => {
  it('says how long ago, in the largest fitting unit', () => {
    expect(relativeTime('2026-11-01T11:59:30.000Z', NOW)).toBe('just now');
    expect(relativeTime('2026-11-01T11:55:00.000Z', NOW)).toBe('5 minutes ago');
    expect(relativeTime('2026-11-01T09:00:00.000Z', NOW)).toBe('3 hours ago');
    expect(relativeTime('2026-10-31T12:00:00.000Z', new Date(NOW))).toBe('yesterday');
    expect(relativeTime('2026-10-28T16:02:11.000Z', NOW)).toBe('4 days ago');
    expect(relativeTime('2026-10-01T12:00:00.000Z', NOW)).toBe('last month');
    expect(relativeTime('2024-11-01T12:00:00.000Z', NOW)).toBe('2 years ago');
  });

  it('handles times in the future, missing times and nonsense', () => {
    expect(relativeTime('2026-11-01T14:00:00.000Z', NOW)).toBe('in 2 hours');
    expect(relativeTime(undefined, NOW)).toBeUndefined();
    expect(relativeTime('yesterday-ish', NOW)).toBeUndefined();
  });
});

describe('fullTime', () => {
  it('gives the full date, or the text when it is not a date', () => {
    expect(fullTime('2026-10-28T16:02:11.000Z')).toMatch(/2026/);
    expect(fullTime('soon')).toBe('soon');
  });
});
