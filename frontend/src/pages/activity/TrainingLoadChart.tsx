import { useId, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { Chart } from '../../charts/Chart';
import type { Columns } from '../../charts/columns';
import { EmptyState } from '../../components/EmptyState';
import { useResource } from '../../components/useResource';
import { errorText } from './common';
import { fetchInsight } from './insight';
import { formatLocalDate, startOfDate } from './time';

/** `detail` of the `training-load` insight (backend-data's TrainingLoadDetail; docs/insights.md). */
export interface HeartRateLimit {
  bpm: number;
  estimated: boolean;
  /** `settings`, `activity-max-heart-rate`, `intraday-maximum` or `resting-heart-rate-30-day-median`. */
  from: string;
  date: string | null;
}

export interface TrainingLoadDetail {
  from: string;
  to: string;
  heartRate: { estimated: boolean; max: HeartRateLimit; resting: HeartRateLimit };
  model: { trimpFormula: string; a: number; b: number; fitnessDays: number; fatigueDays: number; warmUpFrom: string };
  current: { date: string; fitness: number; fatigue: number; form: number } | null;
  days: { date: string; load: number | null; activities: number; unscored: number }[];
  series: { date: string; fitness: number; fatigue: number; form: number }[];
  activities: unknown[];
}

const SOURCES: Record<string, string> = {
  settings: 'set in Settings',
  'activity-max-heart-rate': 'estimated from an activity’s maximum heart rate',
  'intraday-maximum': 'estimated from the highest minute of your heart rate',
  'resting-heart-rate-30-day-median': 'estimated as the lowest 30-day median of your resting heart rate',
};

function limitText(limit: HeartRateLimit): string {
  const bpm = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(limit.bpm);
  const source = SOURCES[limit.from] ?? (limit.estimated ? 'estimated' : 'set');
  return `${bpm} bpm, ${source}${limit.date ? ` (${formatLocalDate(limit.date)})` : ''}`;
}

/** Columns: daily load (bars), fitness, fatigue and form per day, x at each date's start in `timeZone`. */
export function trainingColumns(detail: TrainingLoadDetail, timeZone: string): Columns {
  const loads = new Map(detail.days.map((day) => [day.date, day.load]));
  const x: number[] = [];
  const load: (number | null)[] = [];
  const fitness: (number | null)[] = [];
  const fatigue: (number | null)[] = [];
  const form: (number | null)[] = [];
  for (const point of detail.series) {
    x.push(startOfDate(point.date, timeZone));
    load.push(loads.get(point.date) ?? null);
    fitness.push(point.fitness);
    fatigue.push(point.fatigue);
    form.push(point.form);
  }
  return [x, load, fitness, fatigue, form];
}

const SERIES = [
  { label: 'Daily load', kind: 'bars' as const, color: '#56B4E9' },
  { label: 'Fitness (42-day)', color: '#0072B2' },
  { label: 'Fatigue (7-day)', color: '#D55E00' },
  { label: 'Form', color: '#009E73' },
];

/** Fitness, fatigue and form of the last 90 days from the `training-load` insight (its window is fixed). */
export function TrainingLoadChart({ timeZone }: { timeZone: string }) {
  const titleId = useId();
  const [resource, retry] = useResource(() => fetchInsight<TrainingLoadDetail>('training-load'), []);
  const insight = resource.status === 'ready' ? resource.data : null;
  const detail = insight?.detail ?? null;
  const data = useMemo(() => (detail ? trainingColumns(detail, timeZone) : null), [detail, timeZone]);
  const ready = insight?.status === 'ok' && data !== null && data[0].length > 0;
  const state = resource.status === 'loading' ? 'loading' : resource.status === 'error' ? 'error' : ready ? 'ready' : 'empty';
  const sentence = (error: Error) =>
    errorText(error, 'Fitness, fatigue and form could not be computed.');
  return (
    <section aria-labelledby={titleId} className="activity-section">
      <h2 id={titleId}>Fitness, fatigue and form</h2>
      {insight && <p>{insight.summary}</p>}
      <Chart
        id="training-load"
        title="Training load, last 90 days"
        unit="TRIMP"
        timeZone={timeZone}
        data={data ?? [[]]}
        series={SERIES}
        state={state}
        daily
        empty={
          <div className="training-missing">
            <p>
              {insight?.status === 'unavailable'
                ? 'Training load could not be computed just now. Try again later.'
                : 'Not enough data for fitness, fatigue and form yet.'}
            </p>
            {insight && insight.missing.length > 0 && (
              <ul>
                {insight.missing.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
            <EmptyState title="Connect Strava and Fitbit to see your training load" action={{ to: '/connections', label: 'Go to Connections' }} />
          </div>
        }
        error={
          resource.status === 'error' ? (
            <>
              <p>{sentence(resource.error)}</p>
              <button type="button" className="button" onClick={retry}>
                Try again
              </button>
            </>
          ) : undefined
        }
      />
      {detail && (
        <>
          <dl className="facts">
            <dt>Maximum heart rate</dt>
            <dd>{limitText(detail.heartRate.max)}</dd>
            <dt>Resting heart rate</dt>
            <dd>{limitText(detail.heartRate.resting)}</dd>
            {detail.current && (
              <>
                <dt>Today</dt>
                <dd>
                  Fitness {detail.current.fitness}, fatigue {detail.current.fatigue}, form {detail.current.form}
                </dd>
              </>
            )}
          </dl>
          {(detail.heartRate.max.estimated || detail.heartRate.resting.estimated) && (
            <p className="hint" data-testid="heart-rate-estimated">
              Your maximum and resting heart rate are estimated until you set them.{' '}
              <Link to="/settings">Set them in Settings</Link>.
            </p>
          )}
          <p className="hint">
            Load is Banister’s heart-rate TRIMP ({detail.model.trimpFormula} coefficients); fitness and fatigue are its{' '}
            {detail.model.fitnessDays}- and {detail.model.fatigueDays}-day averages, form is yesterday’s fitness minus
            fatigue. Days without a scored activity have no bar.
          </p>
        </>
      )}
    </section>
  );
}
