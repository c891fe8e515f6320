import { addDays } from '../format';

export type RangePreset = '1d' | '7d' | '30d' | '90d' | '1y' | 'all';

export const RANGE_PRESETS: { preset: RangePreset; label: string }[] = [
  { preset: '1d', label: 'Day' },
  { preset: '7d', label: '7 days' },
  { preset: '30d', label: '30 days' },
  { preset: '90d', label: '90 days' },
  { preset: '1y', label: 'Year' },
  { preset: 'all', label: 'All time' },
];

/** The first date "all time" asks for; the API answers with what exists, in weeks as needed. */
export const ALL_TIME_FROM = '2000-01-01';

/** Local dates, both inclusive, in the user's zone. */
export interface DateRange {
  from: string;
  to: string;
}

/** The range that a preset means, ending with `today` (a local date in the user's zone). */
export function presetRange(preset: RangePreset, today: string): DateRange {
  const days: Record<Exclude<RangePreset, 'all'>, number> = { '1d': 1, '7d': 7, '30d': 30, '90d': 90, '1y': 365 };
  return preset === 'all' ? { from: ALL_TIME_FROM, to: today } : { from: addDays(today, 1 - days[preset]), to: today };
}
