/** Links into the gateway's sign-in flow, which needs a full page navigation. */

/**
 * `/login`, plus `?returnTo=` when `path` is a same-site relative path other than `/`.
 * Anything that could leave the site (`//host`, `/\host`, absolute URLs) is dropped.
 */
export function loginHref(path?: string): string {
  const sameSite = path !== undefined && /^\/(?![/\\])/.test(path);
  if (!sameSite || path === '/') {
    return '/login';
  }
  return `/login?returnTo=${encodeURIComponent(path)}`;
}
