/** Time series of every metric, in the user's zone and units (`GET /api/metrics/{metric}`; docs/read-api.md). */
import { apiFetch } from './client';

export type MetricName =
  | 'heart-rate'
  | 'steps'
  | 'distance'
  | 'active-energy'
  | 'calories-out'
  | 'resting-heart-rate'
  | 'calories-in'
  | 'protein'
  | 'carbohydrates'
  | 'fat'
  | 'sodium'
  | 'sugar'
  | 'water'
  | 'weight'
  | 'hrv-rmssd'
  | 'sleep-duration'
  | 'blood-pressure';

export type Resolution = 'raw' | '1min' | '5min' | '1h' | '1d' | '1w' | `${number}w`;

/** One bucket: `value` is its mean (or sum, per metric), `min`/`max` its extremes; a bucket without data has no point. */
export interface MetricPoint {
  /** The bucket's start instant (ISO-8601, UTC). */
  t: string;
  localDate: string;
  value: number;
  min: number;
  max: number;
  /** Blood pressure only. */
  systolic?: number;
  diastolic?: number;
  pulse?: number;
  /** Sleep duration only: minutes per stage. */
  stages?: Record<string, number>;
}

export interface MetricSeries {
  metric: MetricName;
  unit: string;
  zone: string;
  resolution: Resolution;
  /** `provider/channel`, comma-separated; `null` without points. */
  source: string | null;
  points: MetricPoint[];
}

export interface SeriesQuery {
  /** A local date `YYYY-MM-DD` (inclusive) or an ISO instant (inclusive). */
  from: string;
  /** A local date (inclusive) or an ISO instant (exclusive). */
  to: string;
  /** Exactly one of `resolution` and `maxPoints`. */
  resolution?: Resolution;
  /** 1–10000: the server picks the finest buckets that give at most this many points (downsampling to the pixels). */
  maxPoints?: number;
}

export function fetchSeries(metric: MetricName, query: SeriesQuery): Promise<MetricSeries> {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.resolution !== undefined) {
    params.set('resolution', query.resolution);
  } else {
    params.set('maxPoints', String(Math.max(1, Math.min(10000, Math.round(query.maxPoints ?? 1000)))));
  }
  return apiFetch<MetricSeries>(`/api/metrics/${metric}?${params.toString()}`);
}

export interface MetricInfo {
  metric: MetricName;
  unit: string;
  hasData: boolean;
}

/** `GET /api/metrics`: every metric with its unit and whether the user has any value. */
export function fetchCatalog(): Promise<{ metrics: MetricInfo[] }> {
  return apiFetch<{ metrics: MetricInfo[] }>('/api/metrics');
}
