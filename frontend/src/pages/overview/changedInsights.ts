/**
 * Which insights changed this week, as seen from this browser.
 *
 * The browser keeps, per user and kind, the status and summary it last saw and the local date it first saw
 * them (`localStorage`, key `falcon.insights.seen.<sub>`). An insight changed this week when its status or summary
 * differs from the stored one (it is then stored with today's date) or when the stored change is at most 6 days old.
 * An insight this browser has never seen counts as changed when one of its inputs ends within the last 7 days
 * (it was computed from new data), so a first visit is not empty. `unavailable` answers are never stored or shown.
 */
import type { Insight } from '../../api/insights';
import { addDays } from '../../format';

interface Seen {
  status: string;
  summary: string;
  /** The local date the browser first saw this status and summary. */
  since: string;
  /** Whether it counts as a change (false for a first sighting without new inputs). */
  changed: boolean;
}

function storageKey(sub: string): string {
  return `falcon.insights.seen.${sub}`;
}

function read(storage: Storage, sub: string): Record<string, Seen> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey(sub)) ?? '{}');
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, Seen>) : {};
  } catch {
    return {};
  }
}

/** The insights that changed in the last 7 days (today included); updates what the browser remembers. */
export function changedThisWeek(insights: Insight[], today: string, sub: string, storage: Storage = localStorage): Insight[] {
  const seen = read(storage, sub);
  const weekStart = addDays(today, -6);
  const changed: Insight[] = [];
  for (const insight of insights) {
    if (insight.status === 'unavailable') {
      continue;
    }
    let entry = seen[insight.kind];
    if (entry === undefined) {
      const fresh = insight.inputs.some((input) => input.to !== null && input.to >= weekStart && input.to <= today);
      entry = { status: insight.status, summary: insight.summary, since: today, changed: fresh };
    } else if (entry.status !== insight.status || entry.summary !== insight.summary) {
      entry = { status: insight.status, summary: insight.summary, since: today, changed: true };
    }
    seen[insight.kind] = entry;
    if (entry.changed && entry.since >= weekStart) {
      changed.push(insight);
    }
  }
  try {
    storage.setItem(storageKey(sub), JSON.stringify(seen));
  } catch {
    // A full or blocked storage only costs the comparison next time.
  }
  return changed;
}
