/** Weekly volume by sport, counted on the activities' local dates in ISO weeks (Monday to Sunday). */
import type { Activity } from '../../api/activities';
import type { Units } from '../../api/me';
import type { Columns } from '../../charts/columns';
import { isoMonday, startOfDate } from './time';

export type VolumeMeasure = 'time' | 'distance';

export interface WeeklyVolume {
  /** Mondays, oldest first, every week of the range (a week without activities has no values). */
  weeks: string[];
  /** Sports, the largest volume first. */
  sports: string[];
  /** `values[sport][week]`: hours, or km/mi; `null` when no activity of the sport that week reported it. */
  values: Record<string, (number | null)[]>;
  unit: string;
}

const METERS_PER_MILE = 1609.344;

function amount(activity: Activity, measure: VolumeMeasure, units: Units): number | null {
  if (measure === 'time') {
    const seconds = activity.movingSeconds ?? activity.elapsedSeconds;
    return seconds === null ? null : seconds / 3600;
  }
  if (activity.distanceMeters === null) return null;
  return units === 'imperial' ? activity.distanceMeters / METERS_PER_MILE : activity.distanceMeters / 1000;
}

/**
 * Sums each sport's hours (moving time, else elapsed) or distance per ISO week of the activity's local date
 * (`localDate`, the date where it happened), from the week of `from` to the week of `to`.
 */
export function weeklyVolume(
  activities: readonly Activity[],
  from: string,
  to: string,
  measure: VolumeMeasure,
  units: Units,
): WeeklyVolume {
  const weeks: string[] = [];
  for (let week = isoMonday(from); week <= isoMonday(to) && weeks.length < 2000; ) {
    weeks.push(week);
    const next = new Date(`${week}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 7);
    week = next.toISOString().slice(0, 10);
  }
  const index = new Map(weeks.map((week, i) => [week, i]));
  const values: Record<string, (number | null)[]> = {};
  const totals = new Map<string, number>();
  for (const activity of activities) {
    const i = index.get(isoMonday(activity.localDate));
    const value = amount(activity, measure, units);
    if (i === undefined || value === null) continue;
    const sport = activity.sportType ?? 'OTHER';
    const column = (values[sport] ??= weeks.map(() => null));
    column[i] = (column[i] ?? 0) + value;
    totals.set(sport, (totals.get(sport) ?? 0) + value);
  }
  const sports = [...totals.keys()].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b));
  return { weeks, sports, values, unit: measure === 'time' ? 'h' : units === 'imperial' ? 'mi' : 'km' };
}

/**
 * Stacked bars for the Chart: column k is the sum of the first k + 1 sports, listed tallest first so that each
 * sport's own segment shows in its colour on top of the ones below it. x is each Monday's start in `timeZone`.
 */
export function stackedColumns(volume: WeeklyVolume, timeZone: string): Columns {
  const x = volume.weeks.map((week) => startOfDate(week, timeZone));
  const stacks: (number | null)[][] = [];
  let below: (number | null)[] = volume.weeks.map(() => null);
  for (const sport of volume.sports) {
    const own = volume.values[sport] ?? [];
    below = below.map((sum, i) => {
      const value = own[i] ?? null;
      if (sum === null && value === null) return null;
      return Math.round(((sum ?? 0) + (value ?? 0)) * 100) / 100;
    });
    stacks.push(below);
  }
  return [x, ...stacks.reverse()] as Columns;
}
