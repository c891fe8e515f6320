/**
 * Connections to data providers: the list from backend-server, the actions from each
 * provider's ingest service (all through the gateway). The connect flow itself is a
 * full-page navigation to {@link authorizeUrl}, not a fetch.
 */
import { apiFetch } from './client';

export type ConnectionStatus =
  | 'NOT_CONNECTED'
  | 'ACTIVE'
  | 'SYNCING'
  | 'NEEDS_RECONNECT'
  | 'REVOKED'
  | 'DISCONNECTED'
  | 'ERROR';

export interface Backfill {
  /** The oldest instant the history import will reach (ISO-8601). */
  from: string | null;
  /**
   * How far back it got (ISO-8601): the import reads newest first, so this moves back from the
   * connection time towards `from`; `null` before the first window.
   */
  reached: string | null;
  completed: boolean;
}

export interface Connection {
  provider: string;
  displayName: string;
  description: string;
  /** `false` while the provider's connector does not exist yet ("Coming soon"). */
  available: boolean;
  /** Where the local provider sandbox lets the user sign in to try this provider; absent against real providers. */
  sandboxSignInUrl?: string;
  status: ConnectionStatus;
  statusReason: string | null;
  accountId?: string;
  lastSuccessfulSyncAt: string | null;
  lastRunStatus: string | null;
  /** Records stored per stream, e.g. `{ activities: 412 }`. */
  counts: Record<string, number>;
  backfill?: Backfill;
}

/** One entry of a connection's run history (`sync_runs`), newest first. */
export interface SyncRun {
  id: string;
  trigger: 'SCHEDULE' | 'WEBHOOK' | 'MANUAL' | 'BACKFILL';
  status: string;
  startedAt: string;
  /** `null` while the run is still going. */
  finishedAt: string | null;
  /** Records inserted or changed by the run. */
  recordsWritten: number;
  /**
   * Records the run soft-deleted because the provider confirmed they are gone (a Strava reconciliation or a
   * confirmed delete event); absent or 0 otherwise.
   */
  deleted?: number;
}

/** `GET /api/connections`: every known provider, connected or not, in display order. */
export function fetchConnections(): Promise<Connection[]> {
  return apiFetch<Connection[]>('/api/connections');
}

/** Where the browser goes to start (or restart) the provider's OAuth flow. */
export function authorizeUrl(provider: string): string {
  return `/api/connections/${encodeURIComponent(provider)}/authorize`;
}

/** `POST /api/connections/{provider}/sync`: 202 when queued; a 409 problem explains why not. */
export function requestSync(provider: string): Promise<void> {
  return apiFetch<void>(`/api/connections/${encodeURIComponent(provider)}/sync`, { method: 'POST' });
}

/** `DELETE /api/connections/{provider}?purge=…`: 204; `purge` also deletes the imported data. */
export function disconnect(provider: string, purge: boolean): Promise<void> {
  return apiFetch<void>(`/api/connections/${encodeURIComponent(provider)}?purge=${purge}`, {
    method: 'DELETE',
  });
}

/** `GET /api/connections/{provider}/runs?limit=…`: the latest runs, newest first. */
export function fetchRuns(provider: string, limit = 10): Promise<SyncRun[]> {
  return apiFetch<SyncRun[]>(`/api/connections/${encodeURIComponent(provider)}/runs?limit=${limit}`);
}
