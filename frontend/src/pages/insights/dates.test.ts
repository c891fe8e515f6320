import { describe, expect, it } from 'vitest';
import { daysBetween, formatLocalDate, startOfLocalDate } from './dates';

describe('startOfLocalDate', () => {
  it('starts a Berlin date at its midnight, before and after the spring change', () => {
    expect(new Date(startOfLocalDate('2026-03-29', 'Europe/Berlin') * 1000).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(new Date(startOfLocalDate('2026-03-30', 'Europe/Berlin') * 1000).toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('handles zones west of UTC and the autumn change', () => {
    expect(new Date(startOfLocalDate('2026-11-01', 'America/New_York') * 1000).toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(new Date(startOfLocalDate('2026-11-02', 'America/New_York') * 1000).toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });
});

describe('local dates', () => {
  it('formats a date as the same calendar day whatever the zone', () => {
    expect(formatLocalDate('2026-03-29')).toMatch(/29/);
  });

  it('counts days across a daylight-saving change as whole days', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});
