import { useMemo, useState } from 'react';
import { reportUrl, REPORT_MAX_DAYS } from '../api/bloodPressure';
import { fetchInsight } from '../api/insights';
import { fetchSeries } from '../api/metrics';
import type { MetricSeries } from '../api/metrics';
import { Chart } from '../charts/Chart';
import type { ChartSeries } from '../charts/Chart';
import { gapThreshold, toColumns } from '../charts/columns';
import type { Columns } from '../charts/columns';
import { EmptyState } from '../components/EmptyState';
import { RangePicker } from '../components/RangePicker';
import { presetRange } from '../components/range';
import type { DateRange, RangePreset } from '../components/range';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { addDays, todayIn } from '../format';
import { useMe } from '../session/SessionContext';
import { browserTimeZone } from '../timeZones';
import { chartMaxPoints, DIASTOLIC_COLOR, RAW_MAX_DAYS, SYSTOLIC_BANDS, SYSTOLIC_COLOR } from './bloodpressure/bands';
import { DistributionSection, MorningEveningSection, ProtocolSection } from './bloodpressure/InsightSections';
import { ReadingsTable } from './bloodpressure/ReadingsTable';
import { daysBetween, formatLocalDate } from './insights/dates';
import './bloodpressure.css';

/** Blood pressure: readings on the ACC/AHA bands, the home-monitoring week, categories, readings and the report. */
export function BloodPressurePage() {
  usePageTitle('Blood pressure');
  const { settings } = useMe();
  const timeZone = settings.timeZone ?? browserTimeZone();
  const [preset, setPreset] = useState<RangePreset>('30d');
  const today = todayIn(timeZone);
  const range = presetRange(preset, today);

  return (
    <div className="blood-pressure">
      <h1>Blood pressure</h1>
      <RangePicker value={preset} onChange={setPreset} />
      <section aria-labelledby="bp-chart-title">
        <h2 id="bp-chart-title">Readings over time</h2>
        <ReadingsChart range={range} timeZone={timeZone} />
      </section>
      <InsightPart timeZone={timeZone} />
      <section className="card" aria-labelledby="bp-readings-title">
        <h2 id="bp-readings-title">Readings</h2>
        <ReadingsTable from={range.from} to={range.to} timeZone={timeZone} />
      </section>
      <ReportSection range={range} />
    </div>
  );
}

const RAW_SERIES: ChartSeries[] = [
  { label: 'Systolic', kind: 'points', color: SYSTOLIC_COLOR },
  { label: 'Diastolic', kind: 'points', color: DIASTOLIC_COLOR },
];
const DAILY_SERIES: ChartSeries[] = [
  { label: 'Systolic', color: SYSTOLIC_COLOR },
  { label: 'Diastolic', color: DIASTOLIC_COLOR },
];

function seriesColumns(series: MetricSeries): Columns {
  // Readings one by one are points, so no gap is needed between them; buckets are lines with gaps.
  const step = series.resolution === 'raw' ? Number.POSITIVE_INFINITY : gapThreshold(series.resolution);
  return toColumns(
    series.points,
    step,
    (point) => point.systolic ?? point.value,
    (point) => point.diastolic ?? null,
  );
}

function ReadingsChart({ range, timeZone }: { range: DateRange; timeZone: string }) {
  const raw = daysBetween(range.from, range.to) + 1 <= RAW_MAX_DAYS;
  const [series] = useResource(
    () =>
      fetchSeries('blood-pressure', {
        from: range.from,
        to: range.to,
        ...(raw ? { resolution: 'raw' as const } : { maxPoints: chartMaxPoints() }),
      }),
    [range.from, range.to, raw],
  );
  const data = useMemo<Columns>(() => (series.status === 'ready' ? seriesColumns(series.data) : [[]]), [series]);
  const ready = series.status === 'ready' ? series.data : undefined;
  return (
    <>
      <Chart
        id="bp-readings"
        title="Blood pressure"
        unit={ready?.unit ?? 'mmHg'}
        timeZone={timeZone}
        data={data}
        series={ready?.resolution === 'raw' || (!ready && raw) ? RAW_SERIES : DAILY_SERIES}
        state={series.status === 'ready' ? (series.data.points.length === 0 ? 'empty' : 'ready') : series.status}
        bands={SYSTOLIC_BANDS}
        daily={ready !== undefined && ready.resolution !== 'raw'}
        empty={
          <EmptyState
            title="No readings in this range. Upload a blood-pressure file or connect Dropbox to see them here."
            action={{ to: '/connections', label: 'Connect Dropbox or upload' }}
          />
        }
        error={series.status === 'error' ? `The readings could not be loaded: ${series.error.message}` : undefined}
      />
      {ready && ready.resolution !== 'raw' && (
        <p className="muted">
          Over more than {RAW_MAX_DAYS} days each point is the mean of a{' '}
          {ready.resolution === '1d' ? 'day' : `${ready.resolution.replace('w', '-week period')}`}.
        </p>
      )}
      <ul className="band-legend" aria-label="Bands behind the readings">
        {SYSTOLIC_BANDS.map((band) => (
          <li key={band.label}>
            <span className="swatch" style={{ background: band.color }} aria-hidden="true" />
            Systolic {band.label.toLowerCase()}
          </li>
        ))}
      </ul>
      <p className="muted">
        The bands show the 2017 ACC/AHA categories of the systolic pressure. Diastolic limits: below 80 normal, 80–89
        stage 1, 90 or higher stage 2, above 120 crisis. The higher of the two categories counts.
      </p>
    </>
  );
}

function InsightPart({ timeZone }: { timeZone: string }) {
  const [insight] = useResource(() => fetchInsight('blood-pressure'), []);
  if (insight.status === 'loading') {
    return (
      <p role="status" className="loading">
        Loading the home-monitoring week…
      </p>
    );
  }
  if (insight.status === 'error') {
    return (
      <section className="card" aria-labelledby="bp-protocol-title">
        <h2 id="bp-protocol-title">Home-monitoring week</h2>
        <p className="error">The blood-pressure summary could not be loaded: {insight.error.message}</p>
      </section>
    );
  }
  const { status, detail, missing, summary } = insight.data;
  if (status === 'unavailable') {
    return (
      <section className="card" aria-labelledby="bp-protocol-title">
        <h2 id="bp-protocol-title">Home-monitoring week</h2>
        <p>The blood-pressure summary could not be worked out right now. It will be tried again the next time you open this page.</p>
      </section>
    );
  }
  if (status === 'insufficient-data' || detail === null) {
    return (
      <section className="card" aria-labelledby="bp-protocol-title">
        <h2 id="bp-protocol-title">Home-monitoring week</h2>
        <EmptyState
          title={missing?.[0] ?? 'No readings in the last 30 days.'}
          action={{ to: '/connections', label: 'Connect Dropbox or upload' }}
        >
          <p>Take two readings each morning and evening for 7 days to see your home average.</p>
        </EmptyState>
      </section>
    );
  }
  return (
    <>
      <section className="card" aria-labelledby="bp-protocol-title">
        <h2 id="bp-protocol-title">Home-monitoring week</h2>
        <p>{summary}</p>
        {detail.protocol ? <ProtocolSection protocol={detail.protocol} /> : <p>No readings in the last 30 days.</p>}
      </section>
      <section className="card" aria-labelledby="bp-morning-evening-title">
        <h2 id="bp-morning-evening-title">Morning and evening</h2>
        <MorningEveningSection detail={detail} timeZone={timeZone} />
      </section>
      <section className="card" aria-labelledby="bp-distribution-title">
        <h2 id="bp-distribution-title">Categories</h2>
        <DistributionSection detail={detail} />
      </section>
    </>
  );
}

/** The clinician report covers at most a year: a longer range reports its last 366 days. */
export function reportRange(range: DateRange): DateRange {
  const earliest = addDays(range.to, 1 - REPORT_MAX_DAYS);
  return { from: range.from < earliest ? earliest : range.from, to: range.to };
}

function ReportSection({ range }: { range: DateRange }) {
  const report = reportRange(range);
  const clipped = report.from !== range.from;
  const period = `${formatLocalDate(report.from)} to ${formatLocalDate(report.to)}`;
  return (
    <section className="card" aria-labelledby="bp-report-title">
      <h2 id="bp-report-title">Clinician report</h2>
      <p>
        A printable report for your doctor: the home-monitoring week, averages, categories, a chart and every reading
        of {period}.
        {clipped && ' The report covers at most a year, so it holds the last 366 days of the chosen range.'}
      </p>
      <p className="report-links">
        <a className="button" href={reportUrl(report.from, report.to, 'pdf')} download>
          Download the report (PDF)
        </a>{' '}
        <a className="button button-quiet" href={reportUrl(report.from, report.to, 'html')} download>
          Download the report (HTML)
        </a>
      </p>
    </section>
  );
}
