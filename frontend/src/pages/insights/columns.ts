import type { Columns } from '../../charts/columns';
import { addDays } from '../../format';
import { daysBetween, startOfLocalDate } from './dates';

/**
 * Chart columns from rows of local dates: x is each date's start in the user's zone; a missing day between two rows
 * becomes a `null` row, so the chart shows a gap, never a line across it and never a 0.
 */
export function dailyColumns<T extends { date: string }>(
  rows: readonly T[],
  timeZone: string,
  ...pick: ((row: T) => number | null | undefined)[]
): Columns {
  const x: number[] = [];
  const ys: (number | null)[][] = pick.map(() => []);
  let previous: string | undefined;
  for (const row of rows) {
    if (previous !== undefined && daysBetween(previous, row.date) > 1) {
      x.push(startOfLocalDate(addDays(previous, 1), timeZone));
      ys.forEach((column) => column.push(null));
    }
    x.push(startOfLocalDate(row.date, timeZone));
    pick.forEach((read, i) => ys[i]?.push(read(row) ?? null));
    previous = row.date;
  }
  return [x, ...ys] as Columns;
}
