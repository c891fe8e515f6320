import { Link } from 'react-router-dom';
import { ProviderList } from '../components/ProviderList';
import { usePageTitle } from '../components/usePageTitle';
import { useMe } from '../session/SessionContext';
import { browserTimeZone } from '../timeZones';

const UNIT_LABELS = { metric: 'Metric', imperial: 'Imperial' } as const;

/** The signed-in home page; an honest empty state until connectors exist. */
export function DashboardPage() {
  usePageTitle('Dashboard');
  const { name, settings } = useMe();
  return (
    <>
      <h1>Welcome, {name}</h1>
      <dl className="facts">
        <div>
          <dt>Time zone</dt>
          <dd>
            {settings.timeZone ?? `Not set (your browser uses ${browserTimeZone()})`}
          </dd>
        </div>
        <div>
          <dt>Units</dt>
          <dd>{UNIT_LABELS[settings.units]}</dd>
        </div>
      </dl>
      <p>
        <Link to="/settings">Change your settings</Link>
      </p>
      <section className="card empty-state" aria-labelledby="empty-title">
        <h2 id="empty-title">No data yet</h2>
        <p>
          Your dashboard fills up once you connect an account. Connectors for these sources are
          coming soon:
        </p>
        <ProviderList />
      </section>
    </>
  );
}
