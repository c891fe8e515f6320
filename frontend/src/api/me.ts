/** The signed-in user's profile, settings and account, as served by backend-server through the gateway. */
import { apiFetch } from './client';
import { uploadWithProgress } from './upload';
import type { UploadProgress } from './upload';

export type Units = 'metric' | 'imperial';

export type TrimpFormula = 'male' | 'female';

/**
 * The training load's heart-rate settings as answered: `max` and `resting` are `null` until set
 * (the training load estimates them); the others come with their defaults (42, 7, `male`).
 */
export interface HeartRateSettings {
  max: number | null;
  resting: number | null;
  fitnessDays: number;
  fatigueDays: number;
  trimpFormula: TrimpFormula;
}

/** The heart-rate settings as sent: a member left out is unset (estimated, or its default). */
export interface HeartRateUpdate {
  max?: number;
  resting?: number;
  fitnessDays?: number;
  fatigueDays?: number;
  trimpFormula?: TrimpFormula;
}

/** The limits backend-server checks (`HeartRateSettings` in health-documents). */
export const HEART_RATE_LIMITS = {
  max: { min: 100, max: 230 },
  resting: { min: 25, max: 120 },
  fitnessDays: { min: 7, max: 90 },
  fatigueDays: { min: 2, max: 30 },
} as const;

export const HEART_RATE_DEFAULTS = { fitnessDays: 42, fatigueDays: 7, trimpFormula: 'male' } as const;

export interface Settings {
  /** IANA zone id, or `null` when the user never saved settings. */
  timeZone: string | null;
  units: Units;
  /** Absent from answers of servers without the training load. */
  heartRate?: HeartRateSettings;
}

export interface Me {
  sub: string;
  name: string;
  email: string;
  settings: Settings;
}

export interface SettingsUpdate {
  timeZone: string;
  units: Units;
  /** Replaces the stored heart-rate settings; left out, they stay as they are. */
  heartRate?: HeartRateUpdate;
}

/** `GET /api/me`; rejects with a 401 ProblemError when nobody is signed in. */
export function fetchMe(): Promise<Me> {
  return apiFetch<Me>('/api/me');
}

/**
 * `PUT /api/me/settings`; rejects with a 400 validation ProblemError carrying field errors
 * (`timeZone`, `units`, `heartRate.max`, …).
 */
export function saveSettings(settings: SettingsUpdate): Promise<Settings> {
  return apiFetch<Settings>('/api/me/settings', { method: 'PUT', body: settings });
}

/** The full export: a `falcon-export` ZIP of everything (`docs/exports.md`). */
export const EXPORT_ALL_URL = '/api/export/all';

/** What `DELETE /api/me` reports: per service, what it removed. */
export interface AccountDeletion {
  removed: Record<string, Record<string, unknown>>;
}

/**
 * `DELETE /api/me?confirm=<sub>`: deletes the account's data everywhere. The server refuses
 * (400 `confirmation-required`) unless `confirm` is the caller's own `sub`; 502 `erasure-incomplete`
 * when a service failed (asking again completes it).
 */
export function deleteAccount(confirm: string): Promise<AccountDeletion> {
  return apiFetch<AccountDeletion>(`/api/me?confirm=${encodeURIComponent(confirm)}`, { method: 'DELETE' });
}

/** What `POST /api/me/restore` reports. */
export interface RestoreReport {
  restored?: Record<string, Record<string, unknown>>;
  imports?: Record<string, unknown>;
  failed?: string[];
  reasons?: Record<string, string>;
}

/**
 * `POST /api/me/restore`: the archive as the raw request body, typed `application/zip` whatever
 * type the browser gave the file (the server answers 415 to any other).
 */
export function restoreArchive(file: Blob, onProgress?: (progress: UploadProgress) => void): Promise<RestoreReport> {
  return uploadWithProgress<RestoreReport>('/api/me/restore', {
    body: new Blob([file], { type: 'application/zip' }),
    onProgress,
  });
}
