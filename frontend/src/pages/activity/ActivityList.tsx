import { useEffect, useId, useState } from 'react';
import { fetchActivities } from '../../api/activities';
import type { Activity, ActivityPage, ActivityTotals } from '../../api/activities';
import type { Units } from '../../api/me';
import { errorText } from '../../charts/errors';
import { EmptyState } from '../../components/EmptyState';
import { formatLocalDate, formatNumber, formatSport, formatTime } from '../../format';
import type { ActivityFilter } from './Filters';
import { bpm, distance, duration, kcal, paceOrSpeed, UNKNOWN } from './units';
import { ScrollRegion } from '../../components/ScrollRegion';

const PAGE_SIZE = 50;

type ListState =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; items: Activity[]; totals: ActivityTotals; nextCursor: string | null; more: 'idle' | 'loading' | Error };

/** The totals of the range, the activities newest first with "Load more", and the chosen row. */
export function ActivityList({ filter, units, timeZone, selected, onSelect, onLoaded }: {
  filter: ActivityFilter;
  units: Units;
  timeZone: string;
  selected: string | null;
  onSelect: (id: string) => void;
  onLoaded: (items: Activity[]) => void;
}) {
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const totalsId = useId();
  const listId = useId();
  const query = { from: filter.from, to: filter.to, sport: filter.sport || undefined, limit: PAGE_SIZE };

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    fetchActivities(query)
      .then((page) => current && setState({ status: 'ready', ...page, more: 'idle' }))
      .catch((error: Error) => current && setState({ status: 'error', error }));
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filter.from, filter.to, filter.sport, attempt]);

  useEffect(() => {
    if (state.status === 'ready') onLoaded(state.items);
  }, [state, onLoaded]);

  const loadMore = (cursor: string) => {
    setState((previous) => (previous.status === 'ready' ? { ...previous, more: 'loading' } : previous));
    fetchActivities({ ...query, cursor })
      .then((page: ActivityPage) =>
        setState((previous) =>
          previous.status === 'ready'
            ? { ...previous, items: [...previous.items, ...page.items], nextCursor: page.nextCursor, more: 'idle' }
            : previous,
        ),
      )
      .catch((error: Error) =>
        setState((previous) => (previous.status === 'ready' ? { ...previous, more: error } : previous)),
      );
  };

  if (state.status === 'loading') {
    return (
      <p role="status" className="loading">
        Loading activities…
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <div role="alert" className="error">
        <p>{errorText(state.error, 'Your activities')}</p>
        <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
          Try again
        </button>
      </div>
    );
  }
  const { items, totals, nextCursor, more } = state;
  if (totals.count === 0) {
    return filter.sport ? (
      <EmptyState title={`No ${formatSport(filter.sport).toLowerCase()} activities in this range.`} action={null}>
        <p>Choose another sport or a longer range.</p>
      </EmptyState>
    ) : (
      <EmptyState title="Connect Strava to see your activities" action={{ to: '/connections', label: 'Connect Strava' }}>
        <p>
          No activities from {formatLocalDate(filter.from)} to {formatLocalDate(filter.to)}. Already connected? Choose a
          longer range.
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <section aria-labelledby={totalsId} className="activity-totals">
        <h2 id={totalsId}>Totals</h2>
        <dl className="facts">
          <dt>Activities</dt>
          <dd>{formatNumber(totals.count)}</dd>
          <dt>Distance</dt>
          <dd>{distance(totals.distanceMeters, units)}</dd>
          <dt>Moving time</dt>
          <dd>{duration(totals.movingSeconds)}</dd>
          <dt>Energy</dt>
          <dd>
            {totals.energyKcal === null
              ? UNKNOWN
              : totals.energyCount < totals.count
                ? `${kcal(totals.energyKcal)} (${totals.energyCount} of ${totals.count})`
                : kcal(totals.energyKcal)}
          </dd>
        </dl>
      </section>
      <section aria-labelledby={listId}>
        <h2 id={listId}>Activities</h2>
        <ScrollRegion label="Activities">
          <table className="activities activity-table" data-testid="activity-list">
            <caption className="visually-hidden">
              Activities, newest first: {items.length} of {totals.count}. Open one for every detail.
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Start</th>
                <th scope="col">Sport</th>
                <th scope="col">Name</th>
                <th scope="col">Distance</th>
                <th scope="col">Moving time</th>
                <th scope="col">Pace or speed</th>
                <th scope="col">Avg HR</th>
                <th scope="col">Energy</th>
              </tr>
            </thead>
            <tbody>
              {items.map((activity) => (
                <tr
                  key={activity.id}
                  className={activity.id === selected ? 'selected' : undefined}
                  aria-current={activity.id === selected ? 'true' : undefined}
                  onClick={() => onSelect(activity.id)}
                >
                  <td>{formatLocalDate(activity.localDate)}</td>
                  <td>{formatTime(activity.startTime, activity.zoneId ?? timeZone)}</td>
                  <td>{formatSport(activity.sportType)}</td>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={(event) => {
                        event.stopPropagation();
                        onSelect(activity.id);
                      }}
                    >
                      {activity.name ?? 'Untitled activity'}
                    </button>
                  </th>
                  <td>{distance(activity.distanceMeters, units)}</td>
                  <td>{duration(activity.movingSeconds)}</td>
                  <td>
                    {paceOrSpeed(
                      activity.sportType,
                      activity.distanceMeters,
                      activity.movingSeconds,
                      activity.elapsedSeconds,
                      units,
                    )}
                  </td>
                  <td>{bpm(activity.averageHeartRateBpm)}</td>
                  <td>{kcal(activity.energyKcal)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <p className="hint">
          Showing {items.length} of {totals.count}. “{UNKNOWN}”: not reported by the provider.
        </p>
        {more instanceof Error && (
          <p role="alert" className="error">
            {errorText(more, 'More activities')}
          </p>
        )}
        {nextCursor !== null && (
          <button type="button" className="button" disabled={more === 'loading'} onClick={() => loadMore(nextCursor)}>
            {more === 'loading' ? 'Loading…' : 'Load more'}
          </button>
        )}
      </section>
    </>
  );
}
