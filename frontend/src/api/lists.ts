/** What every cursor-paged list of the read API shares (docs/read-api.md, "Lists"): the query, the page and the records' parts. */

/** The parameters of every cursor-paged list. */
export interface ListQuery {
  /** First local date, inclusive (`YYYY-MM-DD`). */
  from?: string;
  /** Last local date, inclusive. */
  to?: string;
  /** 1–500; the server defaults to 50. */
  limit?: number;
  /** The previous page's `nextCursor`. */
  cursor?: string;
}

/** One page of a list, newest first. */
export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next (older) page; `null` on the last page. */
  nextCursor: string | null;
}

/**
 * The query string of a list request, `''` without parameters: `from`, `to`, `limit`, then a list's own
 * filters (`filters`, left out when empty), then `cursor`.
 */
export function listParams(query: ListQuery, filters: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  for (const [name, value] of Object.entries(filters)) {
    if (value) params.set(name, value);
  }
  if (query.cursor) params.set('cursor', query.cursor);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * Every item of a list, following `nextCursor` for at most `maxPages` pages; `truncated` when the last page
 * read still had a next one.
 */
export async function fetchAllPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  maxPages: number,
): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const answer = await fetchPage(cursor);
    items.push(...answer.items);
    cursor = answer.nextCursor ?? undefined;
    if (cursor === undefined) break;
  }
  return { items, truncated: cursor !== undefined };
}

/** Where a record came from; `channel` is e.g. `diary` or `export` for MyFitnessPal. */
export interface SourceInfo {
  provider: string;
  channel: string | null;
  file: string | null;
  format: string | null;
  receivedAt: string | null;
}

/** When a reading was measured: the instant, its local date and offset there, and the zone if known. */
export interface MeasuredAt {
  instant: string;
  localDate: string;
  offset: string;
  zoneId: string | null;
  zoneAssumed: boolean;
}
