import { useEffect, useState } from 'react';
import { fetchRuns } from '../api/connections';
import type { SyncRun } from '../api/connections';
import { formatDateTime, formatRunDuration } from '../format';

const TRIGGERS: Record<SyncRun['trigger'], string> = {
  SCHEDULE: 'Schedule',
  WEBHOOK: 'Webhook',
  MANUAL: 'Manual',
  BACKFILL: 'History import',
};

type State = { kind: 'loading' } | { kind: 'loaded'; runs: SyncRun[] } | { kind: 'failed'; message: string };

/** The latest runs of one connection, loaded when shown. */
export function RecentRuns({ provider, timeZone, id }: { provider: string; timeZone: string; id: string }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    fetchRuns(provider, 10)
      .then((runs) => current && setState({ kind: 'loaded', runs }))
      .catch((error: Error) => current && setState({ kind: 'failed', message: error.message }));
    return () => {
      current = false;
    };
  }, [provider]);

  if (state.kind === 'loading') {
    return (
      <p id={id} role="status" className="muted">
        Loading runs…
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <p id={id} className="error">
        {state.message}
      </p>
    );
  }
  if (state.runs.length === 0) {
    return (
      <p id={id} className="muted">
        No runs yet.
      </p>
    );
  }
  return (
    <table id={id} className="runs">
      <caption className="visually-hidden">Recent runs</caption>
      <thead>
        <tr>
          <th scope="col">Started</th>
          <th scope="col">Trigger</th>
          <th scope="col">Status</th>
          <th scope="col">Records</th>
          <th scope="col">Duration</th>
        </tr>
      </thead>
      <tbody>
        {state.runs.map((run) => (
          <tr key={run.id}>
            <td>{formatDateTime(run.startedAt, timeZone)}</td>
            <td>{TRIGGERS[run.trigger] ?? run.trigger}</td>
            <td>{run.status}</td>
            <td>{run.deleted ? `${run.recordsWritten}, ${run.deleted} removed` : run.recordsWritten}</td>
            <td>
              {run.finishedAt
                ? formatRunDuration(new Date(run.finishedAt).getTime() - new Date(run.startedAt).getTime())
                : 'Running'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
