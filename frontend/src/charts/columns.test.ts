import { describe, expect, it } from 'vitest';
import type { MetricPoint } from '../api/metrics';
import { gapThreshold, toColumns } from './columns';

function point(t: string, value: number, localDate = t.slice(0, 10)): MetricPoint {
  return { t, localDate, value, min: value - 5, max: value + 5 };
}

describe('toColumns', () => {
  it('turns a missing day into a gap, never a line across it or a 0', () => {
    const columns = toColumns(
      [point('2026-03-01T23:00:00Z', 60), point('2026-03-02T23:00:00Z', 61), point('2026-03-04T23:00:00Z', 62)],
      gapThreshold('1d'),
    );
    expect(columns[1]).toEqual([60, 61, null, 62]);
    expect(columns[0]).toHaveLength(4);
  });

  it('keeps the 25-hour day of 2026-10-25 in Europe/Berlin (and the 23-hour 2026-03-29) without a gap', () => {
    const autumn = toColumns(
      [point('2026-10-23T22:00:00Z', 60), point('2026-10-24T22:00:00Z', 61), point('2026-10-25T23:00:00Z', 62)],
      gapThreshold('1d'),
    );
    expect(autumn[1]).toEqual([60, 61, 62]);
    const spring = toColumns(
      [point('2026-03-27T23:00:00Z', 60), point('2026-03-28T23:00:00Z', 61), point('2026-03-29T22:00:00Z', 62)],
      gapThreshold('1d'),
    );
    expect(spring[1]).toEqual([60, 61, 62]);
  });

  it('breaks raw samples where the watch was off for more than five minutes', () => {
    const columns = toColumns(
      [
        point('2026-03-29T06:00:00Z', 60),
        point('2026-03-29T06:00:05Z', 61),
        point('2026-03-29T06:10:05Z', 70),
        point('2026-03-29T06:10:10Z', 71),
      ],
      gapThreshold('raw'),
    );
    expect(columns[1]).toEqual([60, 61, null, 70, 71]);
  });

  it('reads min and max for the band of a downsampled series', () => {
    const columns = toColumns([point('2026-03-29T06:00:00Z', 60)], gapThreshold('1min'), (p) => p.value, (p) => p.min, (p) => p.max);
    expect(columns.slice(1)).toEqual([[60], [55], [65]]);
  });

  it('knows the step of every resolution, weeks of any count included', () => {
    expect(gapThreshold('1h')).toBe(5400);
    expect(gapThreshold('4w')).toBe(4 * 604800 * 1.5);
  });
});
