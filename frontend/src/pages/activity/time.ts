/** Local dates and weeks: ISO weeks are counted on local dates, so a daylight-saving change never moves a day. */

/** The Monday of the ISO week that holds `isoDate` (`YYYY-MM-DD`). */
export function isoMonday(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - sinceMonday);
  return date.toISOString().slice(0, 10);
}

/** How far `timeZone`'s wall clock is ahead of UTC at `epochMs`, in milliseconds. */
function offsetMs(epochMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant (epoch seconds) a local date starts in `timeZone`: 2026-10-26 starts at 23:00 UTC the day before
 * in Europe/Berlin (winter time), 2026-10-19 at 22:00 UTC (summer time).
 */
export function startOfDate(isoDate: string, timeZone: string): number {
  const wall = Date.parse(`${isoDate}T00:00:00Z`);
  let instant = wall - offsetMs(wall, timeZone);
  instant = wall - offsetMs(instant, timeZone);
  return instant / 1000;
}

/** Every date from `from` to `to`, both inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  const day = new Date(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  while (day.getTime() <= end && dates.length < 40000) {
    dates.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return dates;
}

/** A local date as "Tue, 10 Mar 2026" without moving it through any zone. */
export function formatLocalDate(isoDate: string, style: 'medium' | 'full' = 'medium'): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
