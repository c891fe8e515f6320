/** Whether a connected source still syncs, and the names people read for providers and kinds of data. */
import type { SourceFreshness } from '../../api/dashboard';

export const PROVIDER_NAMES: Record<string, string> = {
  fitbit: 'Fitbit',
  strava: 'Strava',
  dropbox: 'Dropbox',
  myfitnesspal: 'MyFitnessPal',
};

export const KIND_NAMES: Record<string, string> = {
  'heart-rate': 'Heart rate',
  'daily-activity': 'Steps and energy',
  sleep: 'Sleep',
  activities: 'Activities',
  'blood-pressure': 'Blood pressure',
  hrv: 'HRV recordings',
  nutrition: 'Nutrition',
};

export function providerName(provider: string): string {
  return PROVIDER_NAMES[provider] ?? provider.charAt(0).toUpperCase() + provider.slice(1);
}

/** A source that has not synced successfully for longer than this has stopped syncing. */
export const STALE_AFTER_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * Why a source looks like it stopped syncing, or `null` when it is fine: its status is neither ACTIVE nor
 * SYNCING (a sync in progress has not stopped), its last run failed, or its last successful sync is older
 * than two days (or never happened).
 */
export function staleReason(source: SourceFreshness, now: Date = new Date()): string | null {
  const status = source.status ?? 'UNKNOWN';
  if (status !== 'ACTIVE' && status !== 'SYNCING') {
    const words = status.toLowerCase().replaceAll('_', ' ');
    return `The connection is ${words}${source.statusReason ? ` (${source.statusReason})` : ''}; reconnect it on Connections.`;
  }
  if (source.lastRunStatus === 'FAILED') {
    return 'The last sync failed.';
  }
  if (source.lastSuccessfulSyncAt === null) {
    return 'It has never synced successfully.';
  }
  if (now.getTime() - Date.parse(source.lastSuccessfulSyncAt) > STALE_AFTER_MS) {
    return 'It has not synced for more than 2 days.';
  }
  return null;
}
