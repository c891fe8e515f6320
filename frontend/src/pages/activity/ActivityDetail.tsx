import { useId } from 'react';
import type { Activity } from '../../api/activities';
import type { Units } from '../../api/me';
import { formatSport } from '../../format';
import { formatLocalDate } from './time';
import { bpm, distance, duration, elevation, kcal, paceOrSpeed, UNKNOWN } from './units';

function dateTime(epochMs: number, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(epochMs),
  );
}

/** Every field of one activity, in the user's units; times where it happened and in the user's zone. */
export function ActivityDetail({ activity, units, timeZone, onClose }: {
  activity: Activity;
  units: Units;
  timeZone: string;
  onClose: () => void;
}) {
  const titleId = useId();
  const zone = activity.zoneId ?? timeZone;
  const start = Date.parse(activity.startTime);
  const span = activity.elapsedSeconds ?? activity.movingSeconds;
  return (
    <section className="card activity-detail" aria-labelledby={titleId} data-testid="activity-detail">
      <div className="activity-detail-head">
        <h2 id={titleId}>{activity.name ?? 'Untitled activity'}</h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <dl className="facts">
        <dt>Sport</dt>
        <dd>
          {formatSport(activity.sportType)}
          {activity.sportTypeRaw && activity.sportTypeRaw !== activity.sportType ? ` (${activity.sportTypeRaw})` : ''}
        </dd>
        <dt>Date</dt>
        <dd>{formatLocalDate(activity.localDate, 'full')}</dd>
        <dt>Start</dt>
        <dd>
          {dateTime(start, zone)} ({zone})
          {zone !== timeZone ? `; ${dateTime(start, timeZone)} in your zone (${timeZone})` : ''}
        </dd>
        <dt>End</dt>
        <dd>{span === null ? UNKNOWN : `${dateTime(start + span * 1000, zone)} (${zone})`}</dd>
        <dt>Distance</dt>
        <dd>{distance(activity.distanceMeters, units)}</dd>
        <dt>Moving time</dt>
        <dd>{duration(activity.movingSeconds)}</dd>
        <dt>Elapsed time</dt>
        <dd>{duration(activity.elapsedSeconds)}</dd>
        <dt>{activity.sportType === 'RIDE' ? 'Speed' : 'Pace or speed'}</dt>
        <dd>
          {paceOrSpeed(activity.sportType, activity.distanceMeters, activity.movingSeconds, activity.elapsedSeconds, units)}
        </dd>
        <dt>Elevation gain</dt>
        <dd>{elevation(activity.elevationGainMeters, units)}</dd>
        <dt>Average heart rate</dt>
        <dd>{bpm(activity.averageHeartRateBpm)}</dd>
        <dt>Maximum heart rate</dt>
        <dd>{bpm(activity.maxHeartRateBpm)}</dd>
        <dt>Energy</dt>
        <dd>{kcal(activity.energyKcal)}</dd>
      </dl>
      <p className="hint">“{UNKNOWN}” means the provider did not report the value.</p>
    </section>
  );
}
