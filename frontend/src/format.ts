/** Display formatting: dates in the user's zone, and SI quantities in the user's units. */
import type { Units } from './api/me';

const METERS_PER_MILE = 1609.344;

/** Date and time of an instant (ISO-8601 or epoch milliseconds) in `timeZone`, e.g. "10 Mar 2026, 09:15". */
export function formatDateTime(instant: string | number, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(instant),
  );
}

/** The time of day of an instant in `timeZone`, e.g. "09:15". */
export function formatTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** The calendar date of an instant in `timeZone`, e.g. "10 Mar 2026". */
export function formatDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

/** How long ago (or ahead) an instant is, e.g. "5 minutes ago". */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size) {
      return format.format(Math.round(seconds / size), unit);
    }
  }
  return format.format(seconds, 'second');
}

/** Today's date in `timeZone` as `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats dates as ISO YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** `YYYY-MM-DD` plus (or minus) whole days. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from local date `from` to local date `to` (both `YYYY-MM-DD`); a daylight-saving change never counts. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

/** Every local date from `from` to `to`, both inclusive (at most 40,000). */
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

/** A local date `YYYY-MM-DD` in words ("29 Mar 2026"), without moving it through any zone (it is a date). */
export function formatLocalDate(date: string, style: 'medium' | 'full' = 'medium'): string {
  return new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', dateStyle: style }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** A number in the reader's locale with at most `maximumFractionDigits` decimals (and at least `minimumFractionDigits`). */
export function formatNumber(value: number, maximumFractionDigits = 0, minimumFractionDigits = 0): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits, minimumFractionDigits }).format(value);
}

/** A change with its sign ("+1.2", "−0.4", "0"). */
export function formatChange(value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits, signDisplay: 'exceptZero' }).format(value);
}

/** A duration in minutes as words, e.g. 570 → "9 h 30 min", 480 → "8 h", 45 → "45 min". */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes);
  const h = Math.floor(rounded / 60);
  const m = rounded % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** A distance in kilometres or miles, two decimals, e.g. "10.01 km" or "6.22 mi". */
export function formatDistance(meters: number, units: Units): string {
  const value = units === 'imperial' ? meters / METERS_PER_MILE : meters / 1000;
  const number = new Intl.NumberFormat(undefined, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
  return `${number} ${units === 'imperial' ? 'mi' : 'km'}`;
}

/** A duration as h:mm, e.g. 3000 s → "0:50". */
export function formatHoursMinutes(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A short duration for sync runs, e.g. "42 s" or "3 min 5 s". */
export function formatRunDuration(milliseconds: number): string {
  const seconds = Math.max(0, Math.round(milliseconds / 1000));
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** A sport enum value as a label, e.g. `TRAIL_RUN` → "Trail run". */
export function formatSport(sportType: string | null): string {
  if (!sportType) return 'Other';
  const words = sportType.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
