/** Labels for the x axis and the tooltip (uPlot's live legend), in the user's zone. */
import { localDate, localParts } from './time';

const DAY = 86400;

function dayMonth(seconds: number, timeZone: string, withYear: boolean): string {
  return new Intl.DateTimeFormat(undefined, {
    timeZone,
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(new Date(seconds * 1000));
}

function clock(seconds: number, timeZone: string, withSeconds: boolean): string {
  const p = localParts(seconds, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(p.hour)}:${two(p.minute)}${withSeconds ? `:${two(p.second)}` : ''}`;
}

/**
 * The x axis' tick labels for uPlot's splits (epoch seconds) `incr` seconds apart: clock times (with
 * seconds below a minute) with the date under the first tick of each local date, dates under a day, months
 * from four weeks. Local wall-clock times, so 2026-03-29 in Europe/Berlin goes 01:00, 03:00 and
 * 2026-10-25 shows 02:00 twice.
 */
export function formatTicks(splits: readonly number[], incr: number, timeZone: string): string[] {
  let previousDate: string | undefined;
  let previousYear: number | undefined;
  return splits.map((seconds) => {
    if (incr >= 28 * DAY) {
      return new Intl.DateTimeFormat(undefined, { timeZone, month: 'short', year: 'numeric' }).format(
        new Date(seconds * 1000),
      );
    }
    if (incr >= DAY) {
      const year = localParts(seconds, timeZone).year;
      const label = dayMonth(seconds, timeZone, false) + (year !== previousYear ? `\n${year}` : '');
      previousYear = year;
      return label;
    }
    const date = localDate(seconds, timeZone);
    const label = clock(seconds, timeZone, incr < 60) + (date !== previousDate ? `\n${dayMonth(seconds, timeZone, false)}` : '');
    previousDate = date;
    return label;
  });
}

/**
 * An instant for the tooltip: date, local time and the zone's abbreviation or offset, so the two 02:30s of
 * 2026-10-25 in Europe/Berlin read "GMT+2" and "GMT+1". Daily data shows the date only.
 */
export function formatTooltipTime(seconds: number, timeZone: string, precision: 'day' | 'minute' | 'second'): string {
  if (precision === 'day') {
    return new Intl.DateTimeFormat(undefined, {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(new Date(seconds * 1000));
  }
  const date = dayMonth(seconds, timeZone, true);
  const zone =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(seconds * 1000))
      .find((part) => part.type === 'timeZoneName')?.value ?? '';
  return `${date}, ${clock(seconds, timeZone, precision === 'second')} ${zone}`.trim();
}

/** A value with its unit for the tooltip and the table; `null` (a gap) is a dash. */
export function formatValue(value: number | null | undefined, unit: string, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return `${new Intl.NumberFormat(undefined, { maximumFractionDigits: digits }).format(value)} ${unit}`;
}
