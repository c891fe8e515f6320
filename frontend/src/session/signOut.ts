/** Signing out from code (after the account is deleted), as the Sign out button does. */
import { CSRF_COOKIE, readCookie } from '../api/client';

/**
 * Posts a form to the gateway's `/logout` with the current CSRF token as `_csrf`: a full page
 * navigation that ends the session and lands on the home page.
 */
export function signOut(): void {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/logout';
  form.hidden = true;
  const csrf = document.createElement('input');
  csrf.type = 'hidden';
  csrf.name = '_csrf';
  csrf.value = readCookie(CSRF_COOKIE) ?? '';
  form.append(csrf);
  document.body.append(form);
  form.submit();
}
