/** Sleep sessions and the sleep insight (`GET /api/sleep/sessions[/{id}]`, `GET /api/insights/sleep`; docs/read-api.md, docs/insights.md). */
import { apiFetch } from './client';

export interface SourceInfo {
  provider: string;
  channel: string | null;
  file: string | null;
  format: string | null;
  receivedAt: string | null;
}

export interface SleepSession {
  id: string;
  start: string;
  end: string;
  offset: string;
  /** The wake-up date. */
  dateOfSleep: string;
  mainSleep: boolean;
  efficiency: number | null;
  minutesAsleep: number | null;
  minutesAwake: number | null;
  stageMinutes: Record<string, number>;
  source: SourceInfo | null;
}

export interface SleepStage {
  start: string;
  seconds: number;
  level: string;
}

export interface SleepSessionDetail extends SleepSession {
  stages: SleepStage[];
}

export interface SleepSessionPage {
  items: SleepSession[];
  nextCursor: string | null;
}

export interface SleepQuery {
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string;
}

function query(params: SleepQuery): string {
  const search = new URLSearchParams();
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  if (params.limit !== undefined) search.set('limit', String(params.limit));
  if (params.cursor) search.set('cursor', params.cursor);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** One page of sessions, newest first. */
export function fetchSleepSessions(params: SleepQuery = {}): Promise<SleepSessionPage> {
  return apiFetch<SleepSessionPage>(`/api/sleep/sessions${query(params)}`);
}

/** Every session of a range, following the cursor (at most `maxPages` pages of 500). */
export async function fetchAllSleepSessions(from: string, to: string, maxPages = 20): Promise<SleepSession[]> {
  const items: SleepSession[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const answer = await fetchSleepSessions({ from, to, limit: 500, cursor });
    items.push(...answer.items);
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return items;
}

export function fetchSleepSession(id: string): Promise<SleepSessionDetail> {
  return apiFetch<SleepSessionDetail>(`/api/sleep/sessions/${encodeURIComponent(id)}`);
}

export interface Means {
  last7: { mean: number | null; days: number };
  last30: { mean: number | null; days: number };
}

export interface SleepRegularity {
  nights: number;
  bedTimeMean: string;
  bedTimeSdMinutes: number | null;
  wakeTimeMean: string;
  wakeTimeSdMinutes: number | null;
}

export interface SleepNight {
  date: string;
  start: string;
  end: string;
  bedTime: string;
  wakeTime: string;
  minutesInBed: number;
  minutesAsleep: number | null;
  efficiency: number | null;
  sleepingHeartRate: number | null;
  eveningHeartRate: number | null;
  dipPercent: number | null;
  source: string | null;
}

export interface SleepInsightDetail {
  nights: SleepNight[];
  minutesAsleep: Means;
  efficiency: Means;
  regularity: SleepRegularity | null;
  sleepingHeartRate: Means;
  dipPercent: Means;
}

/** The insights envelope (docs/insights.md) with a kind's own `detail`. */
export interface Insight<D> {
  kind: string;
  title: string;
  status: 'ok' | 'insufficient-data' | 'unavailable';
  summary: string;
  formulas: string[];
  missing: string[];
  detail: D | null;
}

export function fetchSleepInsight(): Promise<Insight<SleepInsightDetail>> {
  return apiFetch<Insight<SleepInsightDetail>>('/api/insights/sleep');
}
