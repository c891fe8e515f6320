import { describe, expect, it } from 'vitest';
import type { Activity } from '../../api/activities';
import { isoMonday, startOfDate } from './time';
import { stackedColumns, weeklyVolume } from './weeks';

function activity(id: string, localDate: string, sportType: string, movingSeconds: number, meters: number | null): Activity {
  return {
    id,
    name: id,
    sportType,
    sportTypeRaw: null,
    startTime: `${localDate}T10:00:00Z`,
    localDate,
    zoneId: 'Europe/Berlin',
    elapsedSeconds: null,
    movingSeconds,
    distanceMeters: meters,
    elevationGainMeters: null,
    averageHeartRateBpm: null,
    maxHeartRateBpm: null,
    energyKcal: null,
  };
}

describe('weekly volume', () => {
  it('counts ISO weeks on local dates, Monday to Sunday, across the October change of the clocks', () => {
    const activities = [
      activity('monday', '2026-10-19', 'RUN', 3600, 10000),
      // 23:30 on Sunday the 25th, the 25-hour day in Berlin: still the week of the 19th.
      { ...activity('sunday-night', '2026-10-25', 'RUN', 1800, 5000), startTime: '2026-10-25T22:30:00Z' },
      activity('ride', '2026-10-25', 'RIDE', 7200, null),
      // 00:30 on Monday the 26th (23:30 UTC on the 25th): the next week.
      { ...activity('next-monday', '2026-10-26', 'RUN', 2700, 8000), startTime: '2026-10-25T23:30:00Z' },
    ];

    const volume = weeklyVolume(activities, '2026-10-14', '2026-10-28', 'time', 'metric');

    expect(volume.weeks).toEqual(['2026-10-12', '2026-10-19', '2026-10-26']);
    expect(volume.sports).toEqual(['RUN', 'RIDE']);
    expect(volume.values.RUN).toEqual([null, 1.5, 0.75]);
    expect(volume.values.RIDE).toEqual([null, 2, null]);
    expect(volume.unit).toBe('h');

    const [x, top, bottom] = stackedColumns(volume, 'Europe/Berlin');
    // Each Monday starts at its own midnight: summer time for the 12th and 19th, winter time for the 26th.
    expect(x).toEqual([
      Date.parse('2026-10-11T22:00:00Z') / 1000,
      Date.parse('2026-10-18T22:00:00Z') / 1000,
      Date.parse('2026-10-25T23:00:00Z') / 1000,
    ]);
    expect(bottom).toEqual([null, 1.5, 0.75]);
    expect(top).toEqual([null, 3.5, 0.75]);
  });

  it('sums distance in miles for imperial users and leaves a sport without distance unknown, not 0', () => {
    const activities = [
      activity('run', '2026-10-20', 'RUN', 3600, 16093.44),
      activity('gym', '2026-10-21', 'WORKOUT', 3600, null),
    ];

    const volume = weeklyVolume(activities, '2026-10-19', '2026-10-25', 'distance', 'imperial');

    expect(volume.unit).toBe('mi');
    expect(volume.sports).toEqual(['RUN']);
    expect(volume.values.RUN?.[0]).toBeCloseTo(10, 6);
    expect(volume.values.WORKOUT).toBeUndefined();
  });

  it('finds Mondays and the start of local dates in spring too', () => {
    expect(isoMonday('2026-03-29')).toBe('2026-03-23');
    expect(isoMonday('2026-03-30')).toBe('2026-03-30');
    expect(startOfDate('2026-03-29', 'Europe/Berlin')).toBe(Date.parse('2026-03-28T23:00:00Z') / 1000);
    expect(startOfDate('2026-03-30', 'Europe/Berlin')).toBe(Date.parse('2026-03-29T22:00:00Z') / 1000);
    expect(startOfDate('2026-11-01', 'America/New_York')).toBe(Date.parse('2026-11-01T04:00:00Z') / 1000);
  });
});
