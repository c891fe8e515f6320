/**
 * The page to come back to after signing in again. The gateway remembers `returnTo` of
 * `/login?returnTo=` in a cookie and redirects there after sign-in; the same path is also kept in
 * `sessionStorage` for ten minutes (as long as the gateway's sign-in cookies live), so that the
 * app can still go back to it when sign-in ends on the home page instead (a lost or refused
 * cookie).
 */

const KEY = 'falcon.returnTo';

/** How long a remembered path is honoured. */
export const RETURN_PATH_MILLIS = 10 * 60 * 1000;

/** Whether `path` stays on this site: a single leading `/`, no backslash. */
export function isSameSitePath(path: string): boolean {
  return /^\/(?![/\\])/.test(path) && !path.includes('\\');
}

/** Remembers `path` (path and query) before the browser leaves for sign-in. */
export function rememberReturnPath(path: string): void {
  if (!isSameSitePath(path)) return;
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ path, at: Date.now() }));
  } catch {
    // Storage full or blocked: the gateway's returnTo still works.
  }
}

/** The remembered path if it is recent, forgetting it either way; `null` without one. */
export function takeReturnPath(now = Date.now()): string | null {
  let stored: string | null;
  try {
    stored = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
  } catch {
    return null;
  }
  if (stored === null) return null;
  try {
    const { path, at } = JSON.parse(stored) as { path?: unknown; at?: unknown };
    if (typeof path !== 'string' || typeof at !== 'number' || !isSameSitePath(path)) return null;
    return now - at >= 0 && now - at <= RETURN_PATH_MILLIS ? path : null;
  } catch {
    return null;
  }
}
