/** Activity quantities (SI from the API) in the user's units; unknown is "–", never 0. */
import type { Units } from '../../api/me';

export const UNKNOWN = '–';
const METERS_PER_MILE = 1609.344;
const FEET_PER_METER = 3.280839895;
const METERS_PER_YARD = 0.9144;

function number(value: number, digits = 0): string {
  return new Intl.NumberFormat(undefined, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  );
}

export function distanceUnit(units: Units): string {
  return units === 'imperial' ? 'mi' : 'km';
}

/** Metres in km or mi, two decimals. */
export function distance(meters: number | null, units: Units): string {
  if (meters === null) return UNKNOWN;
  const value = units === 'imperial' ? meters / METERS_PER_MILE : meters / 1000;
  return `${number(value, 2)} ${distanceUnit(units)}`;
}

/** Metres of climbing in m or ft. */
export function elevation(meters: number | null, units: Units): string {
  if (meters === null) return UNKNOWN;
  return units === 'imperial' ? `${number(meters * FEET_PER_METER)} ft` : `${number(meters)} m`;
}

/** Seconds as h:mm:ss (or m:ss under an hour). */
export function duration(seconds: number | null): string {
  if (seconds === null) return UNKNOWN;
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

export function bpm(value: number | null): string {
  return value === null ? UNKNOWN : `${number(value)} bpm`;
}

export function kcal(value: number | null): string {
  return value === null ? UNKNOWN : `${number(value)} kcal`;
}

const PACED = new Set(['RUN', 'WALK', 'HIKE']);

/**
 * Pace for running, walking and hiking (min/km, min/mi), per 100 m or 100 yd for swimming, speed (km/h, mph)
 * for everything else; from the moving time (the elapsed time when unknown).
 */
export function paceOrSpeed(
  sportType: string | null,
  meters: number | null,
  movingSeconds: number | null,
  elapsedSeconds: number | null,
  units: Units,
): string {
  const seconds = movingSeconds ?? elapsedSeconds;
  if (meters === null || seconds === null || meters <= 0 || seconds <= 0) return UNKNOWN;
  if (sportType === 'SWIM') {
    const per = units === 'imperial' ? 100 * METERS_PER_YARD : 100;
    return `${duration((seconds / meters) * per)} /100 ${units === 'imperial' ? 'yd' : 'm'}`;
  }
  const unitMeters = units === 'imperial' ? METERS_PER_MILE : 1000;
  if (sportType !== null && PACED.has(sportType)) {
    return `${duration((seconds / meters) * unitMeters)} /${distanceUnit(units)}`;
  }
  const speed = meters / unitMeters / (seconds / 3600);
  return `${number(speed, 1)} ${units === 'imperial' ? 'mph' : 'km/h'}`;
}

/** The normalized sports (fitness-service's `SportType`). */
export const SPORTS = ['RUN', 'RIDE', 'WALK', 'HIKE', 'SWIM', 'WORKOUT', 'YOGA', 'OTHER'] as const;
