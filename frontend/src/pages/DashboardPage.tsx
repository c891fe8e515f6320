import { useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Dashboard, DashboardDailySums, DashboardTrend, SportVolume } from '../api/dashboard';
import { fetchDashboard } from '../api/dashboard';
import type { Units } from '../api/me';
import type { Insights } from '../api/insights';
import { fetchInsights, insightOf } from '../api/insights';
import { fetchSeries } from '../api/metrics';
import type { ChartBand } from '../charts/Chart';
import { Chart } from '../charts/Chart';
import { chartState } from '../charts/ChartFrame';
import { gapThreshold, toColumns } from '../charts/columns';
import type { Columns } from '../charts/columns';
import { couldNotLoad } from '../charts/errors';
import { EmptyState } from '../components/EmptyState';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import type { Resource } from '../components/useResource';
import {
  addDays,
  formatChange,
  formatDateTime,
  formatDistance,
  formatHoursMinutes,
  formatLocalDate,
  formatMinutes,
  formatNumber,
  formatSport,
} from '../format';
import { useMe } from '../session/SessionContext';
import { browserTimeZone } from '../timeZones';
import { bloodPressureCategory, CATEGORY_LABELS, CATEGORY_RULES, CRISIS_NOTE } from './bloodpressure/category';
import { changedThisWeek } from './overview/changedInsights';
import { SleepStagesBar } from './overview/SleepStagesBar';
import { SourceFreshnessList } from './overview/SourceFreshnessList';
import './overview.css';
import { ScrollRegion } from '../components/ScrollRegion';

/**
 * The signed-in home page: the day and the last 7/30 days at a glance. The first paint needs one call
 * (`GET /api/dashboard`); the resting-heart-rate chart and the insights load after it.
 */
export function DashboardPage() {
  usePageTitle('Overview');
  const [dashboard, reload] = useResource(fetchDashboard, []);
  return (
    <div className="overview">
      <h1>Overview</h1>
      {dashboard.status === 'loading' && (
        <p role="status" className="loading">
          Loading your overview…
        </p>
      )}
      {dashboard.status === 'error' && (
        <div role="alert" className="card error">
          <p>{couldNotLoad(dashboard.error, 'The overview')}</p>
          <button type="button" className="button" onClick={reload}>
            Try again
          </button>
        </div>
      )}
      {dashboard.status === 'ready' && <OverviewBody dashboard={dashboard.data} />}
    </div>
  );
}

function OverviewBody({ dashboard }: { dashboard: Dashboard }) {
  const me = useMe();
  const timeZone = me.settings.timeZone ?? browserTimeZone();
  const units = me.settings.units;
  const marked = useRef(false);
  useEffect(() => {
    if (!marked.current) {
      marked.current = true;
      performance.mark('overview-ready');
    }
  }, []);
  // Loaded only after the first paint: they are not needed to show the day.
  const [insights] = useResource(fetchInsights, []);
  const now = useMemo(() => new Date(), []);

  return (
    <div className="overview-grid">
      <RestingHeartRateCard dashboard={dashboard} insights={insights} timeZone={timeZone} />
      <BloodPressureCard dashboard={dashboard} timeZone={timeZone} />
      <SleepCard dashboard={dashboard} timeZone={timeZone} />
      <StepsCard steps={dashboard.steps} />
      <CaloriesCard dashboard={dashboard} />
      <TrainingCard dashboard={dashboard} insights={insights} units={units} />
      <ChangedInsightsCard insights={insights} today={dashboard.today} sub={me.sub} />
      <section className="card wide" aria-labelledby="sources-title">
        <h2 id="sources-title">Sources</h2>
        <SourceFreshnessList sources={dashboard.sources} timeZone={timeZone} now={now} />
      </section>
    </div>
  );
}

function Card({ id, title, children, className }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section className={`card overview-card ${className ?? ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function trendText(trend: DashboardTrend | null, unit: string): string {
  if (trend === null) {
    return 'No value';
  }
  const mean = `${formatNumber(trend.mean, 1)} ${unit}`;
  const change = trend.change === null ? '' : `, ${formatChange(trend.change)} ${unit} vs the period before`;
  return `${mean}${change} (${trend.days} ${trend.days === 1 ? 'day' : 'days'})`;
}

function RestingHeartRateCard({
  dashboard,
  insights,
  timeZone,
}: {
  dashboard: Dashboard;
  insights: Resource<Insights>;
  timeZone: string;
}) {
  const rhr = dashboard.restingHeartRate;
  const baselines = insights.status === 'ready' ? insightOf(insights.data, 'baselines') : undefined;
  const baseline = baselines?.detail?.restingHeartRate;
  const range = baseline?.range ?? null;
  return (
    <Card id="resting-heart-rate" title="Resting heart rate" className="wide">
      {rhr === null ? (
        <EmptyState title="Connect Fitbit to see your resting heart rate." action={{ to: '/connections', label: 'Connect Fitbit' }} />
      ) : (
        <>
          <dl className="facts">
            <Fact label={`Latest (${formatLocalDate(rhr.latestDate)})`}>{formatNumber(rhr.latest, 1)} bpm</Fact>
            <Fact label="Last 7 days">{trendText(rhr.last7, 'bpm')}</Fact>
            <Fact label="Last 30 days">{trendText(rhr.last30, 'bpm')}</Fact>
          </dl>
          {range && baseline && (
            <p>
              Your normal range is {formatNumber(range.low, 1)}–{formatNumber(range.high, 1)} bpm (your mean ± 1 SD
              over {range.days} days).
              {baseline.rolling7 !== null && baseline.flag && (
                <>
                  {' '}
                  This week's average, {formatNumber(baseline.rolling7, 1)} bpm, is{' '}
                  <strong>{baseline.flag === 'within' ? 'within' : baseline.flag}</strong> it.
                </>
              )}
            </p>
          )}
          <RestingHeartRateChart
            today={dashboard.today}
            timeZone={timeZone}
            band={range ? { low: range.low, high: range.high } : null}
          />
        </>
      )}
    </Card>
  );
}

function RestingHeartRateChart({
  today,
  timeZone,
  band,
}: {
  today: string;
  timeZone: string;
  band: { low: number; high: number } | null;
}) {
  const [series] = useResource(
    () => fetchSeries('resting-heart-rate', { from: addDays(today, -29), to: today, resolution: '1d' }),
    [today],
  );
  const data = useMemo<Columns>(
    () => (series.status === 'ready' ? toColumns(series.data.points, gapThreshold('1d')) : [[]]),
    [series],
  );
  const low = band?.low;
  const high = band?.high;
  const bands = useMemo<ChartBand[] | undefined>(
    () =>
      low !== undefined && high !== undefined
        ? [{ label: 'Your normal range', from: low, to: high, color: 'rgba(0, 158, 115, 0.18)' }]
        : undefined,
    [low, high],
  );
  const chartSeries = useMemo(() => [{ label: 'Resting heart rate' }], []);
  const state = chartState(series, (loaded) => loaded.points.length > 0);
  return (
    <Chart
      id="overview-resting-heart-rate"
      title="Resting heart rate, last 30 days"
      unit={series.status === 'ready' ? series.data.unit : 'bpm'}
      timeZone={timeZone}
      data={data}
      series={chartSeries}
      state={state}
      bands={bands}
      height={160}
      daily
      empty={
        <EmptyState title="No resting heart rate in the last 30 days. Sync Fitbit to fill this chart." action={{ to: '/connections', label: 'Connect Fitbit' }} />
      }
      error={series.status === 'error' ? couldNotLoad(series.error, 'The resting heart rate') : undefined}
    />
  );
}

function BloodPressureCard({ dashboard, timeZone }: { dashboard: Dashboard; timeZone: string }) {
  const bp = dashboard.bloodPressure;
  if (bp === null) {
    return (
      <Card id="blood-pressure" title="Blood pressure">
        <EmptyState
          title="Upload a blood-pressure file or connect Dropbox to see your blood pressure."
          action={{ to: '/connections', label: 'Connect Dropbox or upload' }}
        />
      </Card>
    );
  }
  const category = bloodPressureCategory(bp.systolic, bp.diastolic);
  return (
    <Card id="blood-pressure" title="Blood pressure">
      <p className="big-number">
        {bp.systolic}/{bp.diastolic} <span className="unit">mmHg</span>
      </p>
      <p>
        <span className={`bp-category bp-${category}`}>{CATEGORY_LABELS[category]}</span>{' '}
        <span className="muted">({CATEGORY_RULES[category]})</span>
      </p>
      {category === 'crisis' && (
        <p className="warning" role="note">
          {CRISIS_NOTE}
        </p>
      )}
      <dl className="facts">
        <Fact label="Measured">
          <time dateTime={bp.at}>{formatDateTime(bp.at, timeZone)}</time>
        </Fact>
        {bp.pulse !== null && <Fact label="Pulse">{bp.pulse} bpm</Fact>}
      </dl>
      <p>
        <Link to="/blood-pressure">All readings and the clinician report</Link>
      </p>
    </Card>
  );
}

function SleepCard({ dashboard, timeZone }: { dashboard: Dashboard; timeZone: string }) {
  const sleep = dashboard.sleep;
  if (sleep === null) {
    return (
      <Card id="sleep" title="Last night's sleep">
        <EmptyState title="Connect Fitbit to see last night's sleep." action={{ to: '/connections', label: 'Connect Fitbit' }} />
      </Card>
    );
  }
  return (
    <Card id="sleep" title="Last night's sleep">
      <p className="big-number">
        {sleep.minutesAsleep !== null ? formatMinutes(sleep.minutesAsleep) : '–'} <span className="unit">asleep</span>
      </p>
      <dl className="facts">
        <Fact label="In bed">
          <time dateTime={sleep.start}>{formatDateTime(sleep.start, timeZone)}</time> –{' '}
          <time dateTime={sleep.end}>{formatDateTime(sleep.end, timeZone)}</time> ({formatMinutes(sleep.durationMinutes)})
        </Fact>
        {sleep.efficiency !== null && <Fact label="Efficiency">{sleep.efficiency} %</Fact>}
      </dl>
      {sleep.stages && <SleepStagesBar stages={sleep.stages} />}
      <p>
        <Link to="/sleep">Sleep details</Link>
      </p>
    </Card>
  );
}

function sumFacts(sums: DashboardDailySums, unit: string) {
  return (
    <dl className="facts">
      <Fact label="Today">{sums.today !== null ? `${formatNumber(sums.today)} ${unit}` : 'No value yet'}</Fact>
      <Fact label="Last 7 days">
        {sums.last7 ? `${formatNumber(sums.last7.mean)} ${unit} a day (${sums.last7.days} days)` : 'No value'}
      </Fact>
      <Fact label="Last 30 days">
        {sums.last30 ? `${formatNumber(sums.last30.mean)} ${unit} a day (${sums.last30.days} days)` : 'No value'}
      </Fact>
    </dl>
  );
}

function StepsCard({ steps }: { steps: DashboardDailySums | null }) {
  return (
    <Card id="steps" title="Steps">
      {steps === null ? (
        <EmptyState title="Connect Fitbit to see your steps." action={{ to: '/connections', label: 'Connect Fitbit' }} />
      ) : (
        sumFacts(steps, 'steps')
      )}
    </Card>
  );
}

function CaloriesCard({ dashboard }: { dashboard: Dashboard }) {
  return (
    <Card id="calories" title="Calories in and out">
      <h3>Eaten</h3>
      {dashboard.caloriesIn === null ? (
        <EmptyState
          title="Connect MyFitnessPal to see the calories you eat."
          action={{ to: '/connections', label: 'Connect MyFitnessPal' }}
        />
      ) : (
        sumFacts(dashboard.caloriesIn, 'kcal')
      )}
      <h3>Burned</h3>
      {dashboard.caloriesOut === null ? (
        <EmptyState title="Connect Fitbit to see the calories you burn." action={{ to: '/connections', label: 'Connect Fitbit' }} />
      ) : (
        sumFacts(dashboard.caloriesOut, 'kcal')
      )}
    </Card>
  );
}

function TrainingCard({
  dashboard,
  insights,
  units,
}: {
  dashboard: Dashboard;
  insights: Resource<Insights>;
  units: Units;
}) {
  const training = insights.status === 'ready' ? insightOf(insights.data, 'training-load') : undefined;
  const current = training?.detail?.current ?? null;
  const week = dashboard.activities.last7;
  return (
    <Card id="training" title="Training form">
      {insights.status === 'loading' && (
        <p role="status" className="loading">
          Loading training form…
        </p>
      )}
      {insights.status === 'error' && <p className="error">Training form could not be loaded.</p>}
      {insights.status === 'ready' &&
        (current ? (
          <>
            <p className="big-number">
              {formatChange(current.form)} <span className="unit">form</span>
            </p>
            <p className="muted">
              Fitness {formatNumber(current.fitness, 1)}, fatigue {formatNumber(current.fatigue, 1)} (TRIMP a day).
              Form is yesterday's fitness minus fatigue: above 0 you are fresher than your recent training.
            </p>
          </>
        ) : (
          <EmptyState
            title={
              training?.missing?.[0] ?? 'Connect Strava and Fitbit: training form needs activities with heart rate.'
            }
            action={
              training?.missing?.some((line) => /^(maximum|resting) heart rate/.test(line))
                ? { to: '/settings', label: 'Enter your heart rate' }
                : { to: '/connections', label: 'Connect Strava' }
            }
          />
        ))}
      {week.length > 0 && <ActivityWeek sports={week} units={units} />}
    </Card>
  );
}

function ActivityWeek({ sports, units }: { sports: SportVolume[]; units: Units }) {
  return (
    <ScrollRegion label="Activities, last 7 days">
      <table className="overview-table">
        <caption>Activities, last 7 days</caption>
        <thead>
          <tr>
            <th scope="col">Sport</th>
            <th scope="col">Count</th>
            <th scope="col">Distance</th>
            <th scope="col">Moving time</th>
          </tr>
        </thead>
        <tbody>
          {sports.map((sport) => (
            <tr key={sport.sportType}>
              <th scope="row">{formatSport(sport.sportType)}</th>
              <td>{sport.count}</td>
              <td>{sport.distanceMeters !== null ? formatDistance(sport.distanceMeters, units) : '–'}</td>
              <td>{sport.movingSeconds !== null ? formatHoursMinutes(sport.movingSeconds) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function ChangedInsightsCard({ insights, today, sub }: { insights: Resource<Insights>; today: string; sub: string }) {
  const changed = useMemo(
    () => (insights.status === 'ready' ? changedThisWeek(insights.data.insights, today, sub) : []),
    [insights, today, sub],
  );
  return (
    <Card id="changed-insights" title="Insights that changed this week" className="wide">
      {insights.status === 'loading' && (
        <p role="status" className="loading">
          Loading insights…
        </p>
      )}
      {insights.status === 'error' && <p className="error">The insights could not be loaded.</p>}
      {insights.status === 'ready' &&
        (changed.length === 0 ? (
          <p>Nothing changed this week.</p>
        ) : (
          <ul className="changed-insights">
            {changed.map((insight) => (
              <li key={insight.kind}>
                <strong>{insight.title}:</strong> {insight.summary}
              </li>
            ))}
          </ul>
        ))}
      <p>
        <Link to="/insights">All insights</Link>
      </p>
    </Card>
  );
}
