import type { ChartBand } from '../../charts/Chart';

/**
 * The systolic ACC/AHA categories as bands behind the readings: light fills (the series stay readable on them),
 * ordered from green to purple, and always named in the legend and the table, never by colour alone.
 */
export const SYSTOLIC_BANDS: ChartBand[] = [
  { label: 'Normal (below 120)', from: 60, to: 120, color: 'rgba(0, 158, 115, 0.14)' },
  { label: 'Elevated (120–129)', from: 120, to: 130, color: 'rgba(240, 228, 66, 0.28)' },
  { label: 'Stage 1 (130–139)', from: 130, to: 140, color: 'rgba(230, 159, 0, 0.22)' },
  { label: 'Stage 2 (140–180)', from: 140, to: 180, color: 'rgba(213, 94, 0, 0.2)' },
  { label: 'Crisis (above 180)', from: 180, to: 240, color: 'rgba(120, 40, 140, 0.2)' },
];

/** Okabe–Ito blue and vermillion: both keep 3:1 against white, the dark surface and the light bands. */
export const SYSTOLIC_COLOR = '#0072B2';
export const DIASTOLIC_COLOR = '#D55E00';

/** The number of points to ask the API for: about the chart's width in pixels. */
export function chartMaxPoints(width: number = typeof window === 'undefined' ? 1000 : window.innerWidth): number {
  return Math.max(100, Math.min(4000, Math.round(width)));
}

/** Readings are asked for one by one up to this many days, in daily or weekly buckets beyond. */
export const RAW_MAX_DAYS = 92;
