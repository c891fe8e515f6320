/** The signed-in user's profile and settings, as served by backend-server through the gateway. */
import { apiFetch } from './client';

export type Units = 'metric' | 'imperial';

export interface Settings {
  /** IANA zone id, or `null` when the user never saved settings. */
  timeZone: string | null;
  units: Units;
}

export interface Me {
  sub: string;
  name: string;
  email: string;
  settings: Settings;
}

/** `GET /api/me`; rejects with a 401 ProblemError when nobody is signed in. */
export function fetchMe(): Promise<Me> {
  return apiFetch<Me>('/api/me');
}

/** `PUT /api/me/settings`; rejects with a 400 validation ProblemError carrying field errors. */
export function saveSettings(settings: { timeZone: string; units: Units }): Promise<Settings> {
  return apiFetch<Settings>('/api/me/settings', { method: 'PUT', body: settings });
}
