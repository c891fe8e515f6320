import { useState } from 'react';
import type { FormEvent } from 'react';
import { ProblemError } from '../api/client';
import type { ConnectionStatus } from '../api/connections';
import { connectMyFitnessPalSession, INVALID_SESSION_TYPE_SUFFIX } from '../api/myfitnesspal';
import type { ProviderPartProps } from './providerParts';
import { formFailure } from './useTrackedImport';
import type { FormFailure } from './useTrackedImport';

export const INVALID_SESSION_MESSAGE =
  'MyFitnessPal did not accept this session; sign in to MyFitnessPal again and paste the new cookie';

/** Statuses in which the diary is not read until a (new) cookie is pasted: the form is open. */
const NEEDS_COOKIE: ReadonlySet<ConnectionStatus> = new Set([
  'NOT_CONNECTED',
  'DISCONNECTED',
  'NEEDS_RECONNECT',
  'REVOKED',
]);

/** Statuses in which the button says Connect rather than Reconnect. */
const FIRST_CONNECT: ReadonlySet<ConnectionStatus> = new Set(['NOT_CONNECTED', 'DISCONNECTED']);

type Submit = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | ({ kind: 'failed' } & FormFailure);

/**
 * The experimental MyFitnessPal diary connection. MyFitnessPal has no public API, so instead of
 * an OAuth flow the user pastes the session cookie of a signed-in browser, and the adapter reads
 * the web diary with it. Shown while it is needed (not connected, session expired), otherwise
 * behind "Paste a new session cookie…".
 */
export function MyFitnessPalSession({ connection, onChanged }: ProviderPartProps) {
  const { status, statusReason, sandboxSignInUrl } = connection;
  const needsCookie = NEEDS_COOKIE.has(status);
  const [open, setOpen] = useState(false);
  const [cookie, setCookie] = useState('');
  const [submit, setSubmit] = useState<Submit>({ kind: 'idle' });
  const showForm = needsCookie || open;

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = cookie.trim();
    if (value === '') {
      setSubmit({ kind: 'failed', message: 'Paste the session cookie first.', fieldErrors: {} });
      return;
    }
    setSubmit({ kind: 'saving' });
    try {
      await connectMyFitnessPalSession(value);
      setCookie('');
      setOpen(false);
      setSubmit({ kind: 'saved' });
      onChanged();
    } catch (error) {
      setSubmit({ kind: 'failed', ...sessionFailure(error) });
    }
  }

  const saving = submit.kind === 'saving';
  const cookieError = submit.kind === 'failed' ? submit.fieldErrors['cookie'] : undefined;
  const describedBy = ['mfp-session-hint', cookieError ? 'mfp-session-error' : null].filter(Boolean).join(' ');
  return (
    <section className="import session-connect" aria-labelledby="mfp-session-title">
      <h3>
        <span id="mfp-session-title">Diary connection</span> <span className="badge badge-warn">Experimental</span>
      </h3>
      <p className="muted">
        MyFitnessPal has no public API. Falcon Health reads your food diary from the MyFitnessPal website with
        the session of a browser you are signed in with, so this can stop working whenever MyFitnessPal changes
        its site. Importing MyFitnessPal&rsquo;s own export (below) always works.
      </p>
      {status === 'NEEDS_RECONNECT' && (
        <p className="warning">Your MyFitnessPal session expired: paste a new cookie.</p>
      )}
      {status === 'ERROR' && <p className="warning">{errorAdvice(statusReason)}</p>}
      {!needsCookie && (
        <div className="actions">
          <button
            type="button"
            className="button button-quiet"
            aria-expanded={open}
            aria-controls="mfp-session-form"
            onClick={() => setOpen((shown) => !shown)}
          >
            Paste a new session cookie…
          </button>
        </div>
      )}
      {showForm && (
        <form
          id="mfp-session-form"
          className="form"
          onSubmit={send}
          noValidate
          aria-label="Connect the MyFitnessPal diary"
        >
          <fieldset className="plain" disabled={saving}>
            <div className="field">
              <label htmlFor="mfp-session-cookie">Session cookie</label>
              <input
                id="mfp-session-cookie"
                name="cookie"
                type="password"
                autoComplete="off"
                spellCheck={false}
                value={cookie}
                onChange={(e) => setCookie(e.target.value)}
                aria-invalid={cookieError ? true : undefined}
                aria-describedby={describedBy}
              />
              <div id="mfp-session-hint" className="hint">
                Sign in at www.myfitnesspal.com, open your browser&rsquo;s developer tools (F12), then Network: pick a
                request to www.myfitnesspal.com and copy the value of its <code>Cookie</code> request header (at least
                the session cookie, as <code>name=value</code>). Signing out of MyFitnessPal ends the session.
              </div>
              {cookieError && (
                <p id="mfp-session-error" className="field-error">
                  {cookieError}
                </p>
              )}
            </div>
            {sandboxSignInUrl && (
              <details className="report-section">
                <summary>Trying it with the local sandbox?</summary>
                <p className="hint">
                  Sign in at <a href={sandboxSignInUrl}>{sandboxSignInUrl}</a> as <code>demo</code> with password{' '}
                  <code>demo</code> and copy the text the page shows.
                </p>
              </details>
            )}
            <div className="actions">
              <button type="submit" className="button">
                {saving ? 'Connecting…' : FIRST_CONNECT.has(status) ? 'Connect' : 'Reconnect'}
              </button>
            </div>
          </fieldset>
        </form>
      )}
      <div aria-live="polite" className="form-outcome">
        {submit.kind === 'failed' && <p className="error">{submit.message}</p>}
        {submit.kind === 'saved' && <p className="success">MyFitnessPal is connected.</p>}
      </div>
    </section>
  );
}

function sessionFailure(error: unknown): FormFailure {
  if (error instanceof ProblemError && error.type.endsWith(INVALID_SESSION_TYPE_SUFFIX)) {
    return { message: INVALID_SESSION_MESSAGE, fieldErrors: {} };
  }
  return formFailure(error, 'MyFitnessPal could not be connected.');
}

/** What to do about an `ERROR`: the private and locked diaries are the usual ones. */
function errorAdvice(reason: string | null): string {
  const text = (reason ?? '').toLowerCase();
  if (text.includes('private')) {
    return (
      'Your MyFitnessPal diary is private, so it cannot be read. In MyFitnessPal, open Settings, Diary Settings, ' +
      'and set Diary Sharing to public or friends only; then choose Sync now.'
    );
  }
  if (text.includes('lock')) {
    return (
      'Your MyFitnessPal diary is locked with a key, so it cannot be read. In MyFitnessPal, open Settings, Diary ' +
      'Settings, and unlock the diary (or share it with friends); then choose Sync now.'
    );
  }
  return 'The diary could not be read. Choose Sync now to try again, or paste a new session cookie.';
}
