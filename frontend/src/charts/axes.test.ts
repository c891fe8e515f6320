import { describe, expect, it } from 'vitest';
import { formatTicks, formatTooltipTime, formatValue } from './axes';
import { dayBounds, startOfDate } from './time';

const at = (iso: string) => Date.parse(iso) / 1000;

describe('axis and tooltip formatting in the user zone', () => {
  it('labels the hours of 2026-03-29 in Europe/Berlin with the skipped hour left out', () => {
    const splits = [at('2026-03-28T23:00:00Z'), at('2026-03-29T00:00:00Z'), at('2026-03-29T01:00:00Z')];
    const labels = formatTicks(splits, 3600, 'Europe/Berlin');
    expect(labels[0]).toMatch(/^00:00\n/);
    expect(labels.slice(1)).toEqual(['01:00', '03:00']);
  });

  it('shows 02:00 twice on 2026-10-25 in Europe/Berlin and tells them apart in the tooltip', () => {
    const first = at('2026-10-25T00:00:00Z');
    const second = at('2026-10-25T01:00:00Z');
    expect(formatTicks([first, second], 3600, 'Europe/Berlin').map((l) => l.split('\n')[0])).toEqual(['02:00', '02:00']);
    expect(formatTooltipTime(first + 1800, 'Europe/Berlin', 'minute')).toMatch(/02:30 GMT\+2$/);
    expect(formatTooltipTime(second + 1800, 'Europe/Berlin', 'minute')).toMatch(/02:30 GMT\+1$/);
  });

  it('shows seconds for raw samples, and the date under the first tick of each new day', () => {
    const labels = formatTicks([at('2026-11-01T03:59:50Z'), at('2026-11-01T04:00:20Z')], 30, 'America/New_York');
    expect(labels[0]).toMatch(/^23:59:50\n/);
    expect(labels[1]).toMatch(/^00:00:20\n/);
    expect(formatTooltipTime(at('2026-11-01T05:30:15Z'), 'America/New_York', 'second')).toMatch(/01:30:15 EDT$/);
    expect(formatTooltipTime(at('2026-11-01T06:30:15Z'), 'America/New_York', 'second')).toMatch(/01:30:15 EST$/);
  });

  it('shows dates for daily data, with the year where it changes', () => {
    const labels = formatTicks([at('2026-12-30T23:00:00Z'), at('2026-12-31T23:00:00Z')], 86400, 'Europe/Berlin');
    expect(labels[0]).toMatch(/\n2026$/);
    expect(labels[1]).toMatch(/\n2027$/);
    expect(formatTooltipTime(at('2026-10-24T22:00:00Z'), 'Europe/Berlin', 'day')).toMatch(/25/);
  });

  it('formats values with their unit and gaps as a dash', () => {
    expect(formatValue(61.25, 'bpm')).toBe('61.3 bpm');
    expect(formatValue(null, 'bpm')).toBe('–');
  });

  it('finds the real length of daylight-saving days', () => {
    const [springStart, springEnd] = dayBounds('2026-03-29', 'Europe/Berlin');
    expect(springEnd - springStart).toBe(23 * 3600);
    const [autumnStart, autumnEnd] = dayBounds('2026-10-25', 'Europe/Berlin');
    expect(autumnEnd - autumnStart).toBe(25 * 3600);
    expect(startOfDate('2026-10-25', 'Europe/Berlin')).toBe(at('2026-10-24T22:00:00Z'));
    expect(startOfDate('2026-11-01', 'America/New_York')).toBe(at('2026-11-01T04:00:00Z'));
    expect(startOfDate('2026-03-08', 'America/New_York')).toBe(at('2026-03-08T05:00:00Z'));
  });
});
