/** Sleep sessions (`GET /api/sleep/sessions[/{id}]`; docs/read-api.md); the sleep insight is in `./insights`. */
import { apiFetch } from './client';
import { fetchAllPages, listParams } from './lists';
import type { ListQuery, Page, SourceInfo } from './lists';

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

export type SleepSessionPage = Page<SleepSession>;

export type SleepQuery = ListQuery;

/** One page of sessions, newest first. */
export function fetchSleepSessions(params: SleepQuery = {}): Promise<SleepSessionPage> {
  return apiFetch<SleepSessionPage>(`/api/sleep/sessions${listParams(params)}`);
}

/** Every session of a range, following the cursor (at most `maxPages` pages of 500). */
export async function fetchAllSleepSessions(from: string, to: string, maxPages = 20): Promise<SleepSession[]> {
  const { items } = await fetchAllPages((cursor) => fetchSleepSessions({ from, to, limit: 500, cursor }), maxPages);
  return items;
}

export function fetchSleepSession(id: string): Promise<SleepSessionDetail> {
  return apiFetch<SleepSessionDetail>(`/api/sleep/sessions/${encodeURIComponent(id)}`);
}
