import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { fetchActivities } from '../api/activities';
import type { Activity, ActivityTotals } from '../api/activities';
import { RecentActivities, TotalsStrip } from '../components/RecentActivities';
import { usePageTitle } from '../components/usePageTitle';
import { addDays, todayIn } from '../format';
import { useMe } from '../session/SessionContext';
import { browserTimeZone } from '../timeZones';

const UNIT_LABELS = { metric: 'Metric', imperial: 'Imperial' } as const;

type State =
  | { kind: 'loading' }
  | { kind: 'empty' }
  | { kind: 'loaded'; recent: Activity[]; week: ActivityTotals }
  | { kind: 'failed'; message: string };

/** The signed-in home page: settings at a glance and recent activities, or an empty state. */
export function DashboardPage() {
  usePageTitle('Dashboard');
  const { name, settings } = useMe();
  const timeZone = settings.timeZone ?? browserTimeZone();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    loadActivities(timeZone)
      .then((next) => current && setState(next))
      .catch((error: Error) => current && setState({ kind: 'failed', message: error.message }));
    return () => {
      current = false;
    };
  }, [timeZone]);

  return (
    <>
      <h1>Welcome, {name}</h1>
      <dl className="facts">
        <div>
          <dt>Time zone</dt>
          <dd>{settings.timeZone ?? `Not set (your browser uses ${browserTimeZone()})`}</dd>
        </div>
        <div>
          <dt>Units</dt>
          <dd>{UNIT_LABELS[settings.units]}</dd>
        </div>
      </dl>
      <p>
        <Link to="/settings">Change your settings</Link>
      </p>
      {state.kind === 'loading' && (
        <p role="status" className="loading">
          Loading activities…
        </p>
      )}
      {state.kind === 'failed' && <p className="error">Your activities could not be loaded: {state.message}</p>}
      {state.kind === 'empty' && (
        <section className="card empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title">No data yet</h2>
          <p>
            Your dashboard fills up once you connect an account.{' '}
            <Link to="/connections">Go to Connections</Link> to connect Strava.
          </p>
        </section>
      )}
      {state.kind === 'loaded' && (
        <section className="card wide" aria-labelledby="recent-title">
          <h2 id="recent-title">Recent activities</h2>
          <TotalsStrip totals={state.week} units={settings.units} label="Last 7 days" />
          <RecentActivities activities={state.recent} timeZone={timeZone} units={settings.units} />
        </section>
      )}
    </>
  );
}

async function loadActivities(timeZone: string): Promise<State> {
  const recent = await fetchActivities({ limit: 10 });
  if (recent.items.length === 0) {
    return { kind: 'empty' };
  }
  const today = todayIn(timeZone);
  // Only the totals are used; they cover the whole range whatever the limit.
  const week = await fetchActivities({ from: addDays(today, -6), to: today, limit: 1 });
  return { kind: 'loaded', recent: recent.items, week: week.totals };
}
