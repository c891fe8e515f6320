import type { SourceFreshness } from '../../api/dashboard';
import { EmptyState } from '../../components/EmptyState';
import { formatDateTime, formatRelative } from '../../format';
import { formatLocalDate } from '../insights/dates';
import { KIND_NAMES, providerName, staleReason } from './freshness';

/** Every connection with its last sync and each kind's latest data; a source that stopped syncing is flagged. */
export function SourceFreshnessList({
  sources,
  timeZone,
  now,
}: {
  sources: SourceFreshness[];
  timeZone: string;
  now: Date;
}) {
  if (sources.length === 0) {
    return (
      <div data-testid="source-freshness">
        <EmptyState title="No source is connected yet. Connect Fitbit, Strava, MyFitnessPal or Dropbox to fill the overview." />
      </div>
    );
  }
  return (
    <ul className="source-freshness" data-testid="source-freshness">
      {sources.map((source) => {
        const warning = staleReason(source, now);
        return (
          <li key={source.provider} className={warning ? 'source stale' : 'source'}>
            <h3>{providerName(source.provider)}</h3>
            <p>
              {source.lastSuccessfulSyncAt ? (
                <>
                  Last synced{' '}
                  <time dateTime={source.lastSuccessfulSyncAt}>{formatDateTime(source.lastSuccessfulSyncAt, timeZone)}</time>{' '}
                  <span className="muted">({formatRelative(source.lastSuccessfulSyncAt, now)})</span>
                </>
              ) : (
                'Never synced'
              )}
            </p>
            {warning && (
              <p className="warning" role="note">
                <strong>Stopped syncing:</strong> {warning}
              </p>
            )}
            {source.data.length > 0 && (
              <dl className="source-kinds">
                {source.data.map((kind) => (
                  <div key={kind.kind}>
                    <dt>{KIND_NAMES[kind.kind] ?? kind.kind}</dt>
                    <dd>
                      {kind.lastAt
                        ? formatDateTime(kind.lastAt, timeZone)
                        : kind.lastDate
                          ? formatLocalDate(kind.lastDate)
                          : 'No data yet'}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        );
      })}
    </ul>
  );
}
