import type { Backfill, Connection } from '../api/connections';
import { formatDate, formatDateTime, formatRelative } from '../format';

/** What is known about a connection: last successful sync, counts, reason and backfill progress. */
export function ConnectionFacts({ connection, timeZone }: { connection: Connection; timeZone: string }) {
  const { lastSuccessfulSyncAt, counts, backfill, status } = connection;
  if (status === 'NOT_CONNECTED') {
    return null;
  }
  const countEntries = Object.entries(counts);
  return (
    <>
      <dl className="facts">
        <div>
          <dt>Last successful sync</dt>
          <dd>
            {lastSuccessfulSyncAt ? (
              <time dateTime={lastSuccessfulSyncAt}>
                {formatRelative(lastSuccessfulSyncAt)} ({formatDateTime(lastSuccessfulSyncAt, timeZone)})
              </time>
            ) : (
              'Never'
            )}
          </dd>
        </div>
        {countEntries.map(([stream, count]) => (
          <div key={stream}>
            <dt>{stream.charAt(0).toUpperCase() + stream.slice(1)}</dt>
            <dd>{count.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      {connection.statusReason && <p className="muted">Reason: {connection.statusReason}</p>}
      {backfill && !backfill.completed && (
        <BackfillProgress
          backfill={backfill}
          timeZone={timeZone}
          id={`connection-${connection.provider}-backfill`}
        />
      )}
    </>
  );
}

function BackfillProgress({ backfill, timeZone, id }: { backfill: Backfill; timeZone: string; id: string }) {
  // The import reads newest first: `reached` moves back from the connection time towards `from`
  // (everything since `reached` is stored), so the share done is (now - reached) / (now - from).
  const now = Date.now();
  const from = backfill.from ? new Date(backfill.from).getTime() : now;
  const reached = backfill.reached ? new Date(backfill.reached).getTime() : now;
  const share = now > from ? Math.min(1, Math.max(0, (now - reached) / (now - from))) : 0;
  const percent = Math.round(share * 100);
  const since = backfill.from ? ` since ${formatDate(backfill.from, timeZone)}` : '';
  const where = backfill.reached ? `back to ${formatDate(backfill.reached, timeZone)}` : 'latest days first';
  return (
    <div className="backfill">
      <label htmlFor={id}>
        Importing history{since}, newest first: {where} ({percent}%)
      </label>
      <progress id={id} max={100} value={percent}>
        {percent}%
      </progress>
    </div>
  );
}
