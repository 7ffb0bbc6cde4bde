import { describe, expect, it } from 'vitest';
import { fullTime, relativeTime } from './relative-time';

describe('relative time', () => {
  const now = new Date('2026-11-01T12:00:00.000Z');
  it('says how long ago, in the largest fitting unit', () => {
    expect(relativeTime('2026-11-01T11:59:30.000Z', now)).toBe('just now');
    expect(relativeTime('2026-11-01T11:55:00.000Z', now)).toBe('5 minutes ago');
    expect(relativeTime('2026-11-01T09:00:00.000Z', now)).toBe('3 hours ago');
    expect(relativeTime('2026-10-31T12:00:00.000Z', now)).toBe('yesterday');
    expect(relativeTime('2026-10-28T16:02:11.000Z', now)).toBe('4 days ago');
    expect(relativeTime('2025-10-01T00:00:00.000Z', now)).toBe('last year');
  });

  it('passes text that is not a date through', () => {
    expect(relativeTime('soon', now)).toBe('soon');
    expect(fullTime('soon')).toBe('soon');
    expect(fullTime('2026-10-28T16:02:11.000Z')).toMatch(/2026/);
  });
});
