/** The signed-in user's activities, as served by backend-server (from backend-data). Quantities are SI; unknown is `null`. */
import { apiFetch } from './client';
import { fetchAllPages, listParams } from './lists';
import type { ListQuery, Page } from './lists';

export interface Activity {
  id: string;
  name: string | null;
  /** Normalized: `RUN`, `RIDE`, `WALK`, `HIKE`, `SWIM`, `WORKOUT`, `OTHER`, … */
  sportType: string | null;
  /** The provider's own name, e.g. `TrailRun`. */
  sportTypeRaw: string | null;
  /** Start instant (ISO-8601, UTC). */
  startTime: string;
  /** The local date it started on, `YYYY-MM-DD`. */
  localDate: string;
  zoneId: string | null;
  elapsedSeconds: number | null;
  movingSeconds: number | null;
  distanceMeters: number | null;
  elevationGainMeters: number | null;
  averageHeartRateBpm: number | null;
  maxHeartRateBpm: number | null;
  energyKcal: number | null;
}

/**
 * Sums over every activity in the requested range, not only the returned items. Energy is
 * summed only over the `energyCount` activities that have it: `null` when none has it,
 * never 0 for unknown.
 */
export interface ActivityTotals {
  count: number;
  distanceMeters: number;
  movingSeconds: number;
  energyKcal: number | null;
  energyCount: number;
}

export interface ActivityPage extends Page<Activity> {
  totals: ActivityTotals;
}

/** `from` defaults to 90 days before `to` on the server, `to` to today. */
export interface ActivityQuery extends ListQuery {
  /** Only this normalized sport (`RUN`, `RIDE`, …); totals follow it. */
  sport?: string;
}

/** `GET /api/activities`: newest first; a 400 validation problem for bad dates or limits. */
export function fetchActivities(query: ActivityQuery = {}): Promise<ActivityPage> {
  return apiFetch<ActivityPage>(`/api/activities${listParams(query, { sport: query.sport })}`);
}

/** The most activities {@link fetchAllActivities} reads: 20 pages of 500. */
export const ALL_ACTIVITIES_LIMIT = 10000;

/**
 * Every activity of a range (for weekly volumes and the calendar), paging with `limit=500`; bounded at
 * {@link ALL_ACTIVITIES_LIMIT} activities, the newest ones, with `truncated` saying so.
 */
export async function fetchAllActivities(
  query: Omit<ActivityQuery, 'cursor' | 'limit'>,
): Promise<{ items: Activity[]; truncated: boolean }> {
  return fetchAllPages((cursor) => fetchActivities({ ...query, limit: 500, cursor }), ALL_ACTIVITIES_LIMIT / 500);
}
