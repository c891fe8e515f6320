import { useLocation } from 'react-router-dom';
import { usePageTitle } from '../components/usePageTitle';
import { ProviderList } from '../components/ProviderList';
import { loginHref } from '../session/login';

/** The public page for visitors who are not signed in. */
export function LandingPage() {
  usePageTitle('Your health data, on your server');
  const { pathname } = useLocation();
  const signIn = loginHref(pathname);
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="site-header">
        <span className="brand">Falcon Health</span>
        <a href={signIn} className="button">
          Sign in
        </a>
      </header>
      <main id="main" tabIndex={-1} className="content landing">
        <section className="hero" aria-labelledby="hero-title">
          <h1 id="hero-title">Your health data, in one place, on your own server.</h1>
          <p className="lead">
            Falcon Health is a self-hosted personal health dashboard. It brings your activities,
            sleep, heart rate, food diary, blood pressure and HRV together in one view — and your
            data stays on the server you run.
          </p>
          <a href={signIn} className="button button-large">
            Sign in
          </a>
        </section>
        <section aria-labelledby="sources-title">
          <h2 id="sources-title">Built for the sources you already use</h2>
          <ProviderList />
        </section>
        <section aria-labelledby="privacy-title">
          <h2 id="privacy-title">Private by design</h2>
          <p>
            There is no cloud service behind Falcon Health. You install it and sign in to your own
            instance; your data is stored there and nowhere else. It only contacts the services you
            connect, to fetch your own data.
          </p>
        </section>
      </main>
    </>
  );
}
