import { useRef } from 'react';
import { CSRF_COOKIE, readCookie } from '../api/client';

/**
 * A real form POST to the gateway's `/logout`. The CSRF token is copied from the cookie when the
 * form is submitted, because the gateway may have rotated it since the page was rendered.
 */
export function SignOutForm() {
  const csrf = useRef<HTMLInputElement>(null);

  function copyToken() {
    if (csrf.current) {
      csrf.current.value = readCookie(CSRF_COOKIE) ?? '';
    }
  }

  return (
    <form method="post" action="/logout" className="sign-out" onSubmit={copyToken}>
      <input ref={csrf} type="hidden" name="_csrf" defaultValue="" />
      <button type="submit" className="button button-quiet">
        Sign out
      </button>
    </form>
  );
}
