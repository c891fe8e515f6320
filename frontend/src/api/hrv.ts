/** HRV recordings (`GET /api/hrv/recordings[/{id}]`); the baselines insight is in `./insights`. */
import { apiFetch } from './client';
import { listParams } from './lists';
import type { ListQuery, MeasuredAt, Page, SourceInfo } from './lists';

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

export type HrvRecordingPage = Page<HrvRecording>;

/** One page of recordings, newest first; 20 a page unless `limit` says otherwise. */
export function fetchHrvRecordings(params: ListQuery = {}): Promise<HrvRecordingPage> {
  return apiFetch<HrvRecordingPage>(`/api/hrv/recordings${listParams({ ...params, limit: params.limit ?? 20 })}`);
}

export function fetchHrvRecording(id: string): Promise<HrvRecordingDetail> {
  return apiFetch<HrvRecordingDetail>(`/api/hrv/recordings/${encodeURIComponent(id)}`);
}

/** The RMSSD a recording shows: the report's own, else the recomputed one; `null` without either. */
export function rmssdOf(recording: HrvRecording): number | null {
  return recording.metrics.find((m) => m.name.toUpperCase() === 'RMSSD')?.value ?? recording.recomputed?.rmssd ?? null;
}
