/**
 * Time helpers for the charts: instants are epoch seconds, local dates `YYYY-MM-DD`, and every local
 * reading is made with Intl in the user's zone (never the browser's), so daylight-saving days keep
 * their real length (23 or 25 hours).
 */

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock fields of an instant in a zone. */
export function localParts(seconds: number, timeZone: string) {
  const fields: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(new Date(seconds * 1000))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 1970,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/** The zone's offset from UTC at an instant, in seconds (Europe/Berlin in summer: 7200). */
export function offsetSeconds(seconds: number, timeZone: string): number {
  const p = localParts(Math.floor(seconds), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) / 1000;
  return asUtc - Math.floor(seconds);
}

/** The local date of an instant in a zone, `YYYY-MM-DD`. */
export function localDate(seconds: number, timeZone: string): string {
  const p = localParts(seconds, timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The instant (epoch seconds) at which a local date starts in a zone (its first local minute, usually 00:00). */
export function startOfDate(date: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const guess = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 1000;
  let t = guess - offsetSeconds(guess, timeZone);
  // A second pass settles the offset when the guess fell on the other side of a change of the clocks.
  t = guess - offsetSeconds(t, timeZone);
  // Midnight skipped by a change of the clocks (some zones): the day starts at the first instant on that date.
  if (localDate(t, timeZone) !== date) t += 3600;
  return t;
}

/** The start and end (exclusive) of a local date in a zone: 23, 24 or 25 hours. */
export function dayBounds(date: string, timeZone: string): [number, number] {
  return [startOfDate(date, timeZone), startOfDate(addDays(date, 1), timeZone)];
}

/** `YYYY-MM-DD` plus (or minus) whole days. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** An instant as ISO-8601 UTC without milliseconds when they are zero (what the API's `from`/`to` take). */
export function isoInstant(seconds: number): string {
  return new Date(Math.round(seconds * 1000)).toISOString().replace('.000Z', 'Z');
}

/** Date, time or both of an instant in the zone; `precision` picks the finest part shown. */
export function formatInstant(
  seconds: number,
  timeZone: string,
  precision: 'day' | 'minute' | 'second' = 'minute',
): string {
  const options: Intl.DateTimeFormatOptions =
    precision === 'day'
      ? { timeZone, dateStyle: 'medium' }
      : { timeZone, dateStyle: 'medium', timeStyle: precision === 'second' ? 'medium' : 'short' };
  return new Intl.DateTimeFormat(undefined, options).format(new Date(seconds * 1000));
}

/** The time of day of an instant in the zone, 24-hour `HH:mm` (or `HH:mm:ss`). */
export function formatClock(seconds: number, timeZone: string, withSeconds = false): string {
  const p = localParts(seconds, timeZone);
  const hm = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  return withSeconds ? `${hm}:${String(p.second).padStart(2, '0')}` : hm;
}

/** A calendar date (no zone: it is a date) in words, e.g. "29 Mar 2026". */
export function formatLocalDate(date: string, style: 'medium' | 'full' = 'medium'): string {
  return new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', dateStyle: style }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** A number with at most `digits` decimals, in the reader's locale. */
export function formatNumber(value: number, digits = 1): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: digits }).format(value);
}

/** A duration in minutes as words, e.g. 570 → "9 h 30 min". */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes);
  const h = Math.floor(rounded / 60);
  const m = rounded % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}
