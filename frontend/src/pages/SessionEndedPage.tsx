import { useLocation } from 'react-router-dom';
import { usePageTitle } from '../components/usePageTitle';
import { loginHref } from '../session/login';
import { rememberReturnPath } from '../session/returnPath';

/**
 * Shown when an API call answers 401 although the app believed the user was signed in. Signing in
 * again comes back to the same page (path and query): through the gateway's `returnTo`, and the
 * path kept in `sessionStorage` in case sign-in lands on the home page.
 */
export function SessionEndedPage() {
  usePageTitle('Session ended');
  const { pathname, search } = useLocation();
  const here = `${pathname}${search}`;
  return (
    <main id="main" className="centered">
      <section className="card" role="alert" aria-labelledby="ended-title">
        <h1 id="ended-title">Your session ended</h1>
        <p>For your security you were signed out. Sign in again to carry on where you were.</p>
        <a href={loginHref(here)} className="button" onClick={() => rememberReturnPath(here)}>
          Sign in again
        </a>
      </section>
    </main>
  );
}
