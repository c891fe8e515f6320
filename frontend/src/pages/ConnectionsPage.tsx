import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { fetchConnections } from '../api/connections';
import type { Connection } from '../api/connections';
import { ConnectionCard } from '../components/ConnectionCard';
import { ConnectResultMessage, connectResultFrom } from '../components/ConnectResultMessage';
import type { ConnectResult } from '../components/ConnectResultMessage';
import { usePageTitle } from '../components/usePageTitle';
import { useMe } from '../session/SessionContext';
import { browserTimeZone } from '../timeZones';

/** How often the list is refreshed while a provider is syncing. */
export const SYNC_POLL_MILLIS = 5000;

type State =
  | { kind: 'loading' }
  | { kind: 'loaded'; connections: Connection[] }
  | { kind: 'failed'; message: string };

/** Every known provider with its connection status and actions; the connect flow lands here. */
export function ConnectionsPage() {
  usePageTitle('Connections');
  const { settings } = useMe();
  const timeZone = settings.timeZone ?? browserTimeZone();
  const location = useLocation();
  const navigate = useNavigate();
  const [outcome, setOutcome] = useState<ConnectResult | null>(() =>
    connectResultFrom(new URLSearchParams(location.search)),
  );
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(() => {
    fetchConnections()
      .then((connections) => setState({ kind: 'loaded', connections }))
      .catch((error: Error) =>
        // Keep showing the last list when a refresh fails; say so only when there is none.
        setState((previous) => (previous.kind === 'loaded' ? previous : { kind: 'failed', message: error.message })),
      );
  }, []);

  useEffect(load, [load]);

  // The outcome is kept in state; the query string goes, so a reload does not repeat it.
  useEffect(() => {
    if (location.search !== '' && connectResultFrom(new URLSearchParams(location.search))) {
      navigate({ pathname: location.pathname, search: '' }, { replace: true });
    }
  }, [location.pathname, location.search, navigate]);

  const syncing = state.kind === 'loaded' && state.connections.some((c) => c.status === 'SYNCING');
  useEffect(() => {
    if (!syncing) return undefined;
    const timer = window.setInterval(load, SYNC_POLL_MILLIS);
    return () => window.clearInterval(timer);
  }, [syncing, load]);

  const connections = state.kind === 'loaded' ? state.connections : [];
  const outcomeName = connections.find((c) => c.provider === outcome?.provider)?.displayName ?? outcome?.provider;
  return (
    <>
      <h1>Connections</h1>
      <p>Connect the services that hold your health data; Falcon Health keeps a copy in sync.</p>
      {outcome && outcomeName && (
        <ConnectResultMessage outcome={outcome} name={outcomeName} onDismiss={() => setOutcome(null)} />
      )}
      {state.kind === 'loading' && (
        <p role="status" className="loading">
          Loading connections…
        </p>
      )}
      {state.kind === 'failed' && (
        <div className="card" role="alert">
          <p className="error">{state.message}</p>
          <button type="button" className="button" onClick={load}>
            Retry
          </button>
        </div>
      )}
      {state.kind === 'loaded' && (
        <ul className="connection-list">
          {connections.map((connection) => (
            <ConnectionCard key={connection.provider} connection={connection} timeZone={timeZone} onChanged={load} />
          ))}
        </ul>
      )}
    </>
  );
}
