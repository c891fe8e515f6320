/** The signed-in user's activities, as served by backend-server (from backend-data). Quantities are SI; unknown is `null`. */
import { apiFetch } from './client';

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

export interface ActivityPage {
  items: Activity[];
  totals: ActivityTotals;
  /** Pass as `cursor` for the next (older) page; `null` on the last page. */
  nextCursor: string | null;
}

export interface ActivityQuery {
  /** First local date, inclusive (`YYYY-MM-DD`); the server defaults to 90 days before `to`. */
  from?: string;
  /** Last local date, inclusive; the server defaults to today. */
  to?: string;
  /** 1–500; the server defaults to 50. */
  limit?: number;
  /** Only this normalized sport (`RUN`, `RIDE`, …); totals follow it. */
  sport?: string;
  /** The previous page's `nextCursor`. */
  cursor?: string;
}

/** `GET /api/activities`: newest first; a 400 validation problem for bad dates or limits. */
export function fetchActivities(query: ActivityQuery = {}): Promise<ActivityPage> {
  const params = new URLSearchParams();
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.sport) params.set('sport', query.sport);
  if (query.cursor) params.set('cursor', query.cursor);
  const search = params.toString();
  return apiFetch<ActivityPage>(search ? `/api/activities?${search}` : '/api/activities');
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
  const items: Activity[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchActivities({ ...query, limit: 500, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && items.length < ALL_ACTIVITIES_LIMIT);
  return { items, truncated: cursor !== undefined };
}
