/** HRV recordings and the baselines insight (`GET /api/hrv/recordings[/{id}]`, `GET /api/insights/baselines`). */
import { apiFetch } from './client';
import type { Insight, SourceInfo } from './sleep';

export interface MeasuredAt {
  instant: string;
  localDate: string;
  offset: string;
  zoneId: string | null;
  zoneAssumed: boolean;
}

export interface HrvRecording {
  id: string;
  start: MeasuredAt;
  end: MeasuredAt | null;
  intervals: number | null;
  artifacts: number | null;
  artifactsPercent: number | null;
  tag: string | null;
  /** The report's own metrics, in its order and units; `null` for `N/A`. */
  metrics: { name: string; value: number | null }[];
  recomputed: { sdnn: number | null; rmssd: number | null; pnn50: number | null } | null;
  disagrees: boolean;
  disagreements: string[];
  source: SourceInfo | null;
}

export interface HrvRecordingDetail extends HrvRecording {
  /** Parallel arrays, one entry per beat. */
  rr: { n: number[]; timestampMs: number[]; rrMs: number[]; bpm: number[] };
}

export interface HrvRecordingPage {
  items: HrvRecording[];
  nextCursor: string | null;
}

export function fetchHrvRecordings(params: { limit?: number; cursor?: string; from?: string; to?: string } = {}): Promise<HrvRecordingPage> {
  const search = new URLSearchParams();
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  search.set('limit', String(params.limit ?? 20));
  if (params.cursor) search.set('cursor', params.cursor);
  return apiFetch<HrvRecordingPage>(`/api/hrv/recordings?${search.toString()}`);
}

export function fetchHrvRecording(id: string): Promise<HrvRecordingDetail> {
  return apiFetch<HrvRecordingDetail>(`/api/hrv/recordings/${encodeURIComponent(id)}`);
}

/** The RMSSD a recording shows: the report's own, else the recomputed one; `null` without either. */
export function rmssdOf(recording: HrvRecording): number | null {
  return recording.metrics.find((m) => m.name.toUpperCase() === 'RMSSD')?.value ?? recording.recomputed?.rmssd ?? null;
}

export interface NormalRange {
  mean: number;
  sd: number;
  low: number;
  high: number;
  days: number;
}

export interface BaselineMetric {
  /** `bpm`, or `ln(ms)` for RMSSD (the range is on ln RMSSD). */
  unit: string;
  status: string;
  rolling7: number | null;
  rollingDays: number;
  rolling7Raw: number | null;
  range: NormalRange | null;
  flag: 'above' | 'below' | 'within' | null;
  days: {
    date: string;
    raw: number | null;
    value: number | null;
    rolling7: number | null;
    rollingDays: number;
    baselineDays: number;
    range: NormalRange | null;
    flag: string | null;
  }[];
}

export interface BaselinesDetail {
  from: string;
  to: string;
  baselineFrom: string;
  baselineTo: string;
  restingHeartRate: BaselineMetric;
  rmssd: BaselineMetric;
  recovery: { flagged: boolean; minimumDays: number; from: string | null; to: string | null; days: number; ongoing: boolean };
}

export function fetchBaselines(): Promise<Insight<BaselinesDetail>> {
  return apiFetch<Insight<BaselinesDetail>>('/api/insights/baselines');
}
