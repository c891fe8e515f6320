import { useLocation } from 'react-router-dom';
import { usePageTitle } from '../components/usePageTitle';
import { loginHref } from '../session/login';

/** Shown when an API call answers 401 although the app believed the user was signed in. */
export function SessionEndedPage() {
  usePageTitle('Session ended');
  const { pathname } = useLocation();
  return (
    <main id="main" className="centered">
      <section className="card" role="alert" aria-labelledby="ended-title">
        <h1 id="ended-title">Your session has ended</h1>
        <p>For your security you were signed out. Sign in again to carry on where you were.</p>
        <a href={loginHref(pathname)} className="button">
          Sign in again
        </a>
      </section>
    </main>
  );
}
