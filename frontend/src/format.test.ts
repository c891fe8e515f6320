import { describe, expect, it } from 'vitest';
import { startOfDate } from './charts/time';
import { datesBetween, daysBetween, formatLocalDate, formatMinutes } from './format';

describe('startOfDate', () => {
  it('starts a Berlin date at its midnight, before and after the spring change', () => {
    expect(new Date(startOfDate('2026-03-29', 'Europe/Berlin') * 1000).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(new Date(startOfDate('2026-03-30', 'Europe/Berlin') * 1000).toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('handles zones west of UTC and the autumn change', () => {
    expect(new Date(startOfDate('2026-11-01', 'America/New_York') * 1000).toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(new Date(startOfDate('2026-11-02', 'America/New_York') * 1000).toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });
});

describe('local dates', () => {
  it('formats a date as the same calendar day whatever the zone', () => {
    expect(formatLocalDate('2026-03-29')).toMatch(/29/);
  });

  it('counts days across a daylight-saving change as whole days', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(datesBetween('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
  });
});

describe('formatMinutes', () => {
  it('writes hours and minutes, leaving out a zero part', () => {
    expect(formatMinutes(570)).toBe('9 h 30 min');
    expect(formatMinutes(480)).toBe('8 h');
    expect(formatMinutes(45)).toBe('45 min');
  });
});
