import { useId, useMemo } from 'react';
import { fetchAllActivities } from '../../api/activities';
import { EmptyState } from '../../components/EmptyState';
import { useResource } from '../../components/useResource';
import { addDays } from '../../format';
import { errorText } from './common';
import { CalendarHeatmap } from './Heatmap';
import { datesBetween } from './time';

/** Minutes of activity on each local date of the last year (365 days to `today`); no activity is `null`. */
export function ActivityCalendar({ today, timeZone }: { today: string; timeZone: string }) {
  const titleId = useId();
  const from = addDays(today, -364);
  const [resource, retry] = useResource(() => fetchAllActivities({ from, to: today }), [from, today]);
  const days = useMemo(() => {
    if (resource.status !== 'ready') return [];
    const minutes = new Map<string, number>();
    for (const activity of resource.data.items) {
      const seconds = activity.movingSeconds ?? activity.elapsedSeconds;
      if (seconds === null) continue;
      minutes.set(activity.localDate, (minutes.get(activity.localDate) ?? 0) + seconds / 60);
    }
    return datesBetween(from, today).map((date) => {
      const value = minutes.get(date);
      return { date, value: value === undefined ? null : Math.round(value) };
    });
  }, [resource, from, today]);
  const hasAny = days.some((day) => day.value !== null);
  return (
    <section aria-labelledby={titleId} className="activity-section">
      <h2 id={titleId}>The year in activities</h2>
      {resource.status === 'error' ? (
        <div role="alert" className="error" data-chart="activity-calendar" data-state="error">
          <p>{errorText(resource.error, 'The calendar could not be loaded.')}</p>
          <button type="button" className="button" onClick={retry}>
            Try again
          </button>
        </div>
      ) : (
        <CalendarHeatmap
          id="activity-calendar"
          title="Minutes of activity per day"
          unit="min"
          timeZone={timeZone}
          days={days}
          state={resource.status === 'loading' ? 'loading' : hasAny ? 'ready' : 'empty'}
          empty={
            <EmptyState title="Connect Strava to see your activities" action={{ to: '/connections', label: 'Connect Strava' }} />
          }
        />
      )}
    </section>
  );
}
