import { NetworkError, ProblemError } from '../api/client';
import { usePageTitle } from './usePageTitle';

/** Shown while `/api/me` is loading. */
export function LoadingScreen() {
  usePageTitle('Loading');
  return (
    <main id="main" className="centered">
      <p role="status" className="loading">
        Loading Falcon Health…
      </p>
    </main>
  );
}

/** Shown when `/api/me` failed for any reason other than "not signed in". */
export function ErrorScreen({ error, onRetry }: { error: Error; onRetry: () => void }) {
  usePageTitle('Something went wrong');
  const { title, detail } = describe(error);
  return (
    <main id="main" className="centered">
      <section className="card" role="alert" aria-labelledby="error-title">
        <h1 id="error-title">{title}</h1>
        {detail && <p>{detail}</p>}
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      </section>
    </main>
  );
}

function describe(error: Error): { title: string; detail?: string } {
  if (error instanceof ProblemError) {
    return { title: error.title, detail: error.detail };
  }
  if (error instanceof NetworkError) {
    return { title: 'Cannot reach Falcon Health', detail: error.message };
  }
  return { title: 'Something went wrong', detail: error.message };
}
