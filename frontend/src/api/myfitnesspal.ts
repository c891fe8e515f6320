/**
 * MyFitnessPal (diet-service, through the gateway): the experimental diary connection with
 * the user's web session cookie. The export import is in `imports.ts`, like every file import.
 */
import { apiFetch } from './client';

const BASE = '/api/connections/myfitnesspal';

/** The `type` of the problem answered when MyFitnessPal refuses the pasted session ends with this. */
export const INVALID_SESSION_TYPE_SUFFIX = 'invalid-session';

/** `POST /api/connections/myfitnesspal/session`: 201 with the connection; a 400 problem otherwise. */
export function connectMyFitnessPalSession(cookie: string): Promise<unknown> {
  return apiFetch<unknown>(`${BASE}/session`, { method: 'POST', body: { cookie } });
}
