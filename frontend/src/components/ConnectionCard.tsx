import { useState } from 'react';
import type { FormEvent } from 'react';
import { ProblemError } from '../api/client';
import { authorizeUrl, disconnect, requestSync } from '../api/connections';
import type { Connection, ConnectionStatus } from '../api/connections';
import { ConnectionFacts } from './ConnectionFacts';
import { providerUi } from './providerUi';
import { RecentRuns } from './RecentRuns';

const STATUS: Record<ConnectionStatus, { label: string; tone: string }> = {
  ACTIVE: { label: 'Connected', tone: 'badge-ok' },
  SYNCING: { label: 'Syncing', tone: 'badge-ok' },
  NEEDS_RECONNECT: { label: 'Needs reconnect', tone: 'badge-warn' },
  REVOKED: { label: 'Revoked', tone: 'badge-warn' },
  DISCONNECTED: { label: 'Disconnected', tone: 'badge-muted' },
  ERROR: { label: 'Error', tone: 'badge-error' },
  NOT_CONNECTED: { label: 'Not connected', tone: 'badge-muted' },
};

const RECONNECT: ReadonlySet<ConnectionStatus> = new Set(['NEEDS_RECONNECT', 'REVOKED', 'ERROR']);
const CONNECTED: ReadonlySet<ConnectionStatus> = new Set(['ACTIVE', 'SYNCING', 'ERROR']);

type Notice = { kind: 'success' | 'error'; text: string } | null;

/**
 * One provider: its status, last sync, counts and backfill, and the actions it allows. How it
 * connects and which sections follow the actions (uploads, settings) come from
 * {@link providerUi}; a provider that is not available ("Coming soon") shows none of it.
 */
export function ConnectionCard({
  connection,
  timeZone,
  onChanged,
}: {
  connection: Connection;
  timeZone: string;
  onChanged: () => void;
}) {
  const { provider, displayName, status } = connection;
  const { Connect, Sections } = providerUi(provider);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [showRuns, setShowRuns] = useState(false);
  const titleId = `connection-${provider}`;
  const badge = STATUS[status] ?? STATUS.NOT_CONNECTED;

  async function act(action: () => Promise<void>, success: string) {
    setBusy(true);
    setNotice(null);
    try {
      await action();
      setNotice({ kind: 'success', text: success });
      onChanged();
    } catch (error) {
      setNotice({ kind: 'error', text: describe(error) });
    } finally {
      setBusy(false);
    }
  }

  function confirmDisconnect(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const purge = new FormData(event.currentTarget).get('purge') === 'on';
    setConfirming(false);
    void act(() => disconnect(provider, purge), `${displayName} is disconnected.`);
  }

  return (
    <li className="card connection" aria-labelledby={titleId}>
      <div className="connection-head">
        <h2 id={titleId}>{displayName}</h2>
        <span className={`badge ${connection.available ? badge.tone : 'badge-muted'}`}>
          {connection.available ? badge.label : 'Coming soon'}
        </span>
      </div>
      <p className="muted">{connection.description}</p>
      {connection.available && (
        <>
          <ConnectionFacts connection={connection} timeZone={timeZone} />
          {Connect && <Connect connection={connection} timeZone={timeZone} onChanged={onChanged} />}
          <div className="actions">
            {!Connect && (!CONNECTED.has(status) || RECONNECT.has(status)) ? (
              <a className="button" href={authorizeUrl(provider)}>
                {RECONNECT.has(status) ? 'Reconnect' : 'Connect'}
              </a>
            ) : null}
            {CONNECTED.has(status) && (
              <button
                type="button"
                className="button button-quiet"
                disabled={busy || status === 'SYNCING'}
                onClick={() => void act(() => requestSync(provider), 'Sync started.')}
              >
                Sync now
              </button>
            )}
            {status !== 'NOT_CONNECTED' && status !== 'DISCONNECTED' && !confirming && (
              <button
                type="button"
                className="button button-quiet"
                disabled={busy}
                onClick={() => setConfirming(true)}
              >
                Disconnect…
              </button>
            )}
            {status !== 'NOT_CONNECTED' && (
              <button
                type="button"
                className="button button-quiet"
                aria-expanded={showRuns}
                aria-controls={`${titleId}-runs`}
                onClick={() => setShowRuns((shown) => !shown)}
              >
                Recent runs
              </button>
            )}
          </div>
          {confirming && (
            <form
              className="confirm"
              role="group"
              aria-labelledby={`${titleId}-confirm`}
              onSubmit={confirmDisconnect}
            >
              <p id={`${titleId}-confirm`}>
                <strong>Disconnect {displayName}?</strong> Falcon Health stops importing from it and forgets its
                access.
              </p>
              <div className="checkbox">
                <input type="checkbox" id={`${titleId}-purge`} name="purge" />
                <label htmlFor={`${titleId}-purge`}>Also delete the data imported from {displayName}</label>
              </div>
              <div className="actions">
                <button type="submit" className="button">
                  Disconnect
                </button>
                <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            </form>
          )}
          <div aria-live="polite">
            {notice && <p className={notice.kind}>{notice.text}</p>}
          </div>
          {showRuns && <RecentRuns provider={provider} timeZone={timeZone} id={`${titleId}-runs`} />}
          {Sections && <Sections connection={connection} timeZone={timeZone} onChanged={onChanged} />}
        </>
      )}
    </li>
  );
}

function describe(error: unknown): string {
  if (error instanceof ProblemError) {
    return error.detail ?? error.title;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}
