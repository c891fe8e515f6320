/** The outcome of the connect flow, as the ingest service reports it in the query string. */

export interface ConnectResult {
  provider: string;
  result: 'connected' | 'denied' | 'error';
  reason: string | null;
}

const REASONS: Record<string, string> = {
  'invalid-state':
    'The connection request expired or was already used. Please start again with Connect.',
  'missing-scope':
    'Not every permission Falcon Health needs was granted. Please connect again and leave all permissions ticked.',
  'exchange-failed': 'The provider did not complete the connection. Please try again in a moment.',
};

/** Reads `provider`, `result` and `reason` from a query string; `null` when it is not a connect outcome. */
export function connectResultFrom(search: URLSearchParams): ConnectResult | null {
  const provider = search.get('provider');
  const result = search.get('result');
  if (!provider || (result !== 'connected' && result !== 'denied' && result !== 'error')) {
    return null;
  }
  return { provider, result, reason: search.get('reason') };
}

/** A dismissible success, warning or error message about the connect flow. */
export function ConnectResultMessage({
  outcome,
  name,
  onDismiss,
}: {
  outcome: ConnectResult;
  name: string;
  onDismiss: () => void;
}) {
  const { kind, text } = describe(outcome, name);
  return (
    <div className={`card message message-${kind}`} role={kind === 'success' ? 'status' : 'alert'}>
      <p>{text}</p>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

function describe(outcome: ConnectResult, name: string): { kind: 'success' | 'warning' | 'error'; text: string } {
  switch (outcome.result) {
    case 'connected':
      return {
        kind: 'success',
        text: `${name} is connected. Your history is being imported; this can take a few minutes.`,
      };
    case 'denied':
      return { kind: 'warning', text: `You did not allow access to ${name}, so nothing was connected.` };
    case 'error':
      return {
        kind: 'error',
        text: `Connecting ${name} failed. ${
          (outcome.reason && REASONS[outcome.reason]) ?? 'Please try again; if it keeps failing, try again later.'
        }`,
      };
  }
}
