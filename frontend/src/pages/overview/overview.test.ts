import { afterEach, describe, expect, it } from 'vitest';
import type { SourceFreshness } from '../../api/dashboard';
import type { Insight } from '../../api/insights';
import { changedThisWeek } from './changedInsights';
import { staleReason } from './freshness';

const NOW = new Date('2026-03-29T12:00:00Z');

function source(overrides: Partial<SourceFreshness>): SourceFreshness {
  return {
    provider: 'fitbit',
    status: 'ACTIVE',
    statusReason: null,
    lastSuccessfulSyncAt: '2026-03-29T06:00:00Z',
    lastRunStatus: 'SUCCEEDED',
    data: [],
    ...overrides,
  };
}

describe('staleReason', () => {
  it('passes an active source that synced today', () => {
    expect(staleReason(source({}), NOW)).toBeNull();
    expect(staleReason(source({ status: 'SYNCING' }), NOW)).toBeNull();
  });

  it('warns about a connection that needs reconnecting, with its reason', () => {
    expect(staleReason(source({ status: 'NEEDS_RECONNECT', statusReason: 'token revoked' }), NOW)).toBe(
      'The connection is needs reconnect (token revoked); reconnect it on Connections.',
    );
  });

  it('warns about a failed last run and a sync older than two days', () => {
    expect(staleReason(source({ lastRunStatus: 'FAILED' }), NOW)).toBe('The last sync failed.');
    expect(staleReason(source({ lastSuccessfulSyncAt: '2026-03-27T11:59:00Z' }), NOW)).toMatch(/more than 2 days/);
    expect(staleReason(source({ lastSuccessfulSyncAt: '2026-03-27T12:01:00Z' }), NOW)).toBeNull();
    expect(staleReason(source({ lastSuccessfulSyncAt: null }), NOW)).toMatch(/never synced/);
  });
});

function insight(kind: string, summary: string, to: string | null = null): Insight {
  return {
    kind,
    title: kind,
    status: 'ok',
    summary,
    formulas: [],
    inputs: [{ data: 'x', from: null, to, count: 1, sources: [] }],
    missing: [],
    detail: null,
  };
}

describe('changedThisWeek', () => {
  afterEach(() => localStorage.clear());

  it('shows unseen insights with inputs ending this week, then only what changed', () => {
    const first = changedThisWeek(
      [insight('sleep', 'A', '2026-03-28'), insight('baselines', 'B', '2026-03-01')],
      '2026-03-29',
      'demo',
    );
    expect(first.map((i) => i.kind)).toEqual(['sleep']);

    const again = changedThisWeek(
      [insight('sleep', 'A', '2026-03-28'), insight('baselines', 'B2', '2026-03-01')],
      '2026-03-30',
      'demo',
    );
    expect(again.map((i) => i.kind)).toEqual(['sleep', 'baselines']);

    const nextWeek = changedThisWeek(
      [insight('sleep', 'A', '2026-03-28'), insight('baselines', 'B2', '2026-03-01')],
      '2026-04-06',
      'demo',
    );
    expect(nextWeek).toEqual([]);
  });

  it('keeps each user apart', () => {
    changedThisWeek([insight('sleep', 'A')], '2026-03-29', 'demo');
    expect(changedThisWeek([insight('sleep', 'B')], '2026-03-29', 'other')).toEqual([]);
    expect(changedThisWeek([insight('sleep', 'B')], '2026-03-29', 'demo').map((i) => i.kind)).toEqual(['sleep']);
  });
});
