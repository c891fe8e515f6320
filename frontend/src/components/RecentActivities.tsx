import type { Activity, ActivityTotals } from '../api/activities';
import type { Units } from '../api/me';
import { formatDate, formatDistance, formatHoursMinutes, formatSport } from '../format';

/** The latest activities as a table, in the user's zone and units. */
export function RecentActivities({
  activities,
  timeZone,
  units,
}: {
  activities: Activity[];
  timeZone: string;
  units: Units;
}) {
  return (
    <table className="activities">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Sport</th>
          <th scope="col">Name</th>
          <th scope="col">Distance</th>
          <th scope="col">Moving time</th>
          <th scope="col">Avg heart rate</th>
        </tr>
      </thead>
      <tbody>
        {activities.map((activity) => (
          <tr key={activity.id}>
            <td>{formatDate(activity.startTime, timeZone)}</td>
            <td>{formatSport(activity.sportType)}</td>
            <td>{activity.name ?? '—'}</td>
            <td>{activity.distanceMeters !== null ? formatDistance(activity.distanceMeters, units) : '—'}</td>
            <td>{activity.movingSeconds !== null ? formatHoursMinutes(activity.movingSeconds) : '—'}</td>
            <td>
              {activity.averageHeartRateBpm !== null ? `${Math.round(activity.averageHeartRateBpm)} bpm` : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Energy over a period: "—" when no activity reported it (unknown is not 0), and how many
 * it covers when only some did.
 */
function formatEnergy(totals: ActivityTotals): string {
  if (totals.energyKcal === null || totals.energyCount === 0) {
    return '—';
  }
  const kcal = `${Math.round(totals.energyKcal).toLocaleString()} kcal`;
  return totals.energyCount < totals.count ? `${kcal} (${totals.energyCount} of ${totals.count})` : kcal;
}

/** Totals of a period as a compact strip. */
export function TotalsStrip({ totals, units, label }: { totals: ActivityTotals; units: Units; label: string }) {
  return (
    <section className="totals" aria-labelledby="totals-title">
      <h3 id="totals-title">{label}</h3>
      <dl className="facts">
        <div>
          <dt>Activities</dt>
          <dd>{totals.count}</dd>
        </div>
        <div>
          <dt>Distance</dt>
          <dd>{formatDistance(totals.distanceMeters, units)}</dd>
        </div>
        <div>
          <dt>Moving time</dt>
          <dd>{formatHoursMinutes(totals.movingSeconds)}</dd>
        </div>
        <div>
          <dt>Energy</dt>
          <dd>{formatEnergy(totals)}</dd>
        </div>
      </dl>
    </section>
  );
}
