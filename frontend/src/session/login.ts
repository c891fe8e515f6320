/** Links into the gateway's sign-in flow, which needs a full page navigation. */
import { isSameSitePath } from './returnPath';

/**
 * `/login`, plus `?returnTo=` when `path` is a same-site relative path other than `/` (a query
 * string may follow the path: the gateway keeps it). Anything that could leave the site (`//host`,
 * `/\host`, absolute URLs) is dropped.
 */
export function loginHref(path?: string): string {
  if (path === undefined || !isSameSitePath(path) || path === '/') {
    return '/login';
  }
  return `/login?returnTo=${encodeURIComponent(path)}`;
}
