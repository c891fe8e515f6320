/** Local dates of the API placed on the charts' time axis, in the user's zone. */

function offsetMinutes(epochMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - epochMs) / 60000);
}

/** The instant (epoch seconds) a local date `YYYY-MM-DD` starts at in `timeZone`, daylight saving included. */
export function startOfLocalDate(date: string, timeZone: string): number {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  let guess = midnightUtc - offsetMinutes(midnightUtc, timeZone) * 60000;
  // A second pass settles dates where the offset at the first guess differs from the one at midnight.
  guess = midnightUtc - offsetMinutes(guess, timeZone) * 60000;
  return guess / 1000;
}

/** A local date `YYYY-MM-DD` as people read it ("29 Mar 2026"), without moving it to another day. */
export function formatLocalDate(date: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** Whole days from local date `from` to local date `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}
