import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import './heart.css';
import { fetchHrvRecording, fetchHrvRecordings, rmssdOf } from '../api/hrv';
import type { HrvRecording } from '../api/hrv';
import { fetchInsight } from '../api/insights';
import type { BaselineMetric, BaselinesDetail, Insight } from '../api/insights';
import { fetchCatalog, fetchSeries } from '../api/metrics';
import type { MetricName, MetricSeries, SeriesQuery } from '../api/metrics';
import { Chart, withMinMax } from '../charts/Chart';
import type { ChartBand, ChartSeries } from '../charts/Chart';
import { chartState } from '../charts/ChartFrame';
import { gapThreshold, toColumns } from '../charts/columns';
import type { Columns } from '../charts/columns';
import { errorText } from '../charts/errors';
import { withAlpha } from '../charts/palette';
import { dayBounds, formatInstant, isoInstant } from '../charts/time';
import { addDays, formatLocalDate, formatNumber, todayIn } from '../format';
import { notYet, useWidth } from '../charts/useWidth';
import { EmptyState } from '../components/EmptyState';
import { RangePicker } from '../components/RangePicker';
import { presetRange, RANGE_PRESETS } from '../components/range';
import type { DateRange, RangePreset } from '../components/range';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import type { Resource } from '../components/useResource';
import { useMe } from '../session/SessionContext';
import { browserTimeZone } from '../timeZones';
import { ScrollRegion } from '../components/ScrollRegion';

/** The longest window for which the page asks for the samples themselves (the API's limit for `raw`). */
export const RAW_WINDOW_SECONDS = 48 * 3600;

const EMPTY: Columns = [[], []];
const BAND_COLOR = withAlpha('#009E73', 0.18);

/** What the intraday chart asks for: the whole day downsampled to the pixels, or a zoomed window. */
/**
 * The heart-rate request for a range of local dates (a day, or up to all time), or a zoomed window of it: the API
 * downsamples to `width` points, and a window of 48 hours or less asks for every sample.
 */
export function intradayQuery(range: DateRange, window: [number, number] | null, width: number): SeriesQuery {
  if (window === null) return { from: range.from, to: range.to, maxPoints: width };
  const [from, to] = window;
  const instants = { from: isoInstant(Math.floor(from)), to: isoInstant(Math.ceil(to)) };
  return to - from <= RAW_WINDOW_SECONDS ? { ...instants, resolution: 'raw' } : { ...instants, maxPoints: width };
}

/** A series as chart columns: the mean line with its min/max band when downsampled, the samples alone when raw. */
function seriesColumns(series: MetricSeries, label: string): { data: Columns; series: ChartSeries[] } {
  const gap = gapThreshold(series.resolution);
  if (series.resolution === 'raw' || series.resolution === '1d') {
    return { data: toColumns(series.points, gap), series: [{ label }] };
  }
  return {
    data: toColumns(series.points, gap, (p) => p.value, (p) => p.min, (p) => p.max),
    series: withMinMax(label),
  };
}

export function HeartPage() {
  usePageTitle('Heart');
  const me = useMe();
  const timeZone = me.settings.timeZone ?? browserTimeZone();
  // One request for both trends' normal ranges.
  const [baselines] = useResource(() => fetchInsight('baselines'), []);
  return (
    <div className="heart-page">
      <h1>Heart</h1>
      <IntradaySection timeZone={timeZone} />
      <TrendSection
        id="resting-heart-rate"
        metric="resting-heart-rate"
        title="Resting heart rate"
        heading="Resting heart rate trend"
        timeZone={timeZone}
        baselines={baselines}
        baseline={(detail) => detail.restingHeartRate}
        empty={<EmptyState title="Connect Fitbit to see your heart rate" action={{ to: '/connections', label: 'Connect Fitbit' }} />}
      />
      <TrendSection
        id="hrv-rmssd"
        metric="hrv-rmssd"
        title="HRV (RMSSD)"
        heading="Heart rate variability trend"
        timeZone={timeZone}
        baselines={baselines}
        baseline={(detail) => detail.rmssd}
        empty={<HrvEmpty />}
      />
      <RecordingsSection timeZone={timeZone} />
    </div>
  );
}

function HrvEmpty() {
  return <EmptyState title="Connect Dropbox or upload CardioMood reports to see HRV" action={{ to: '/connections', label: 'Go to Connections' }} />;
}

function IntradaySection({ timeZone }: { timeZone: string }) {
  const headingId = useId();
  const today = todayIn(timeZone);
  const [date, setDate] = useState(today);
  const [preset, setPreset] = useState<RangePreset>('1d');
  const [window, setWindow] = useState<[number, number] | null>(null);
  const range: DateRange = preset === '1d' ? { from: date, to: date } : presetRange(preset, today);
  const rangeKey = `${range.from}/${range.to}`;
  const [box, width] = useWidth<HTMLDivElement>();
  const [catalog] = useResource(() => fetchCatalog(), []);
  const [resource] = useResource(
    () => (width === null ? notYet<MetricSeries>() : fetchSeries('heart-rate', intradayQuery(range, window, width))),
    [rangeKey, window?.[0], window?.[1], width],
  );
  // While a zoomed window loads, the previous data of the same range stays on screen (the plot keeps focus).
  const shown = useRef<{ range: string; data: Columns; series: ChartSeries[]; resolution: string } | null>(null);
  if (resource.status === 'ready') {
    shown.current = { range: rangeKey, ...seriesColumns(resource.data, 'Heart rate'), resolution: resource.data.resolution };
  }
  const previous = shown.current?.range === rangeKey ? shown.current : null;
  const hasHeartRate = catalog.status === 'ready' ? catalog.data.metrics.some((m) => m.metric === 'heart-rate' && m.hasData) : true;

  const changeDate = (next: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(next) || next > today) return;
    setDate(next);
    setWindow(null);
  };
  const onZoom = useCallback((from: number, to: number) => setWindow([from, to]), []);
  const onResetZoom = useCallback(() => setWindow(null), []);

  let state: 'loading' | 'error' | 'empty' | 'ready' = 'loading';
  if (resource.status === 'error') state = 'error';
  else if (resource.status === 'ready') state = resource.data.points.length === 0 && window === null ? 'empty' : 'ready';
  else if (previous && window !== null) state = 'ready';
  const view = state === 'ready' ? previous : null;
  const xRange = useMemo<[number, number]>(
    () => window ?? [dayBounds(range.from, timeZone)[0], dayBounds(range.to, timeZone)[1]],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [window, rangeKey, timeZone],
  );
  const choosePreset = (next: RangePreset) => {
    setPreset(next);
    setWindow(null);
  };
  const rangeLabel = RANGE_PRESETS.find((p) => p.preset === preset)?.label ?? '';

  return (
    <section aria-labelledby={headingId} className="heart-section">
      <h2 id={headingId}>
        {preset === '1d' ? `Heart rate on ${formatLocalDate(date, 'full')}` : `Heart rate, ${rangeLabel.toLowerCase()}`}
      </h2>
      <RangePicker value={preset} onChange={choosePreset} label="Heart rate range" />
      {preset === '1d' && (
        <div className="heart-day-picker">
          <button type="button" className="button" onClick={() => changeDate(addDays(date, -1))}>
            ← Previous day
          </button>
          <label>
            Day{' '}
            <input type="date" value={date} max={today} onChange={(event) => changeDate(event.target.value)} />
          </label>
          <button type="button" className="button" disabled={date >= today} onClick={() => changeDate(addDays(date, 1))}>
            Next day →
          </button>
        </div>
      )}
      <p className="heart-hint" aria-live="polite">
        {resource.status === 'loading' && view ? 'Loading finer data…' : view?.resolution === 'raw' ? 'Showing every sample. ' : ''}
        Drag across the chart or use + and − to zoom down to seconds; ← and → pan.
      </p>
      {resource.status === 'error' && window !== null && (
        <button type="button" className="button" onClick={onResetZoom}>
          Back to the whole range
        </button>
      )}
      <div ref={box}>
        <Chart
          id="heart-intraday"
          title="Heart rate"
          unit={resource.status === 'ready' ? resource.data.unit : 'bpm'}
          timeZone={timeZone}
          data={view?.data ?? EMPTY}
          series={view?.series ?? [{ label: 'Heart rate' }]}
          state={state}
          xRange={xRange}
          onZoom={onZoom}
          onResetZoom={onResetZoom}
          zoomed={window !== null}
          seconds={view?.resolution === 'raw'}
          error={resource.status === 'error' ? errorText(resource.error, 'Heart rate') : undefined}
          empty={
            hasHeartRate ? (
              <EmptyState
                title={preset === '1d' ? `No heart rate on ${formatLocalDate(date)}` : 'No heart rate in this range'}
                action={null}
              >
                <p>The watch was off or has not synced this {preset === '1d' ? 'day' : 'range'} yet.</p>
              </EmptyState>
            ) : (
              <EmptyState title="Connect Fitbit to see your heart rate" action={{ to: '/connections', label: 'Connect Fitbit' }} />
            )
          }
        />
      </div>
    </section>
  );
}

function baselineBand(metric: BaselineMetric | undefined, log: boolean, unit: string): ChartBand[] {
  const range = metric?.range;
  if (!range) return [];
  const from = log ? Math.exp(range.low) : range.low;
  const to = log ? Math.exp(range.high) : range.high;
  return [
    {
      label: `Your normal range: ${formatNumber(from, 1)}–${formatNumber(to, 1)} ${unit} (mean ± 1 SD of ${range.days} days)`,
      from,
      to,
      color: BAND_COLOR,
      keepInView: true,
    },
  ];
}

function flagWords(metric: BaselineMetric, unit: string): string | null {
  if (metric.rolling7Raw === null || metric.flag === null) return null;
  const place = metric.flag === 'within' ? 'within your normal range' : `${metric.flag} your normal range`;
  return `Last 7 days: ${formatNumber(metric.rolling7Raw, 1)} ${unit}, ${place}.`;
}

function TrendSection({
  id,
  metric,
  title,
  heading,
  timeZone,
  baselines,
  baseline,
  empty,
}: {
  baselines: Resource<Insight<BaselinesDetail>>;
  id: string;
  metric: MetricName;
  title: string;
  heading: string;
  timeZone: string;
  baseline: (detail: BaselinesDetail) => BaselineMetric;
  empty: ReactNode;
}) {
  const headingId = useId();
  const [preset, setPreset] = useState<RangePreset>('90d');
  const [box, width] = useWidth<HTMLDivElement>();
  const range = presetRange(preset, todayIn(timeZone));
  const [resource] = useResource(
    () => (width === null ? notYet<MetricSeries>() : fetchSeries(metric, { ...range, maxPoints: width })),
    [metric, range.from, range.to, width],
  );
  const unit = resource.status === 'ready' ? resource.data.unit : metric === 'hrv-rmssd' ? 'ms' : 'bpm';
  const baselineMetric = baselines.status === 'ready' && baselines.data.detail ? baseline(baselines.data.detail) : undefined;
  const bands = useMemo(() => baselineBand(baselineMetric, metric === 'hrv-rmssd', unit), [baselineMetric, metric, unit]);
  const columns = useMemo(() => (resource.status === 'ready' ? seriesColumns(resource.data, title) : null), [resource, title]);
  const state = chartState(resource, (series) => series.points.length > 0);
  const words = baselineMetric ? flagWords(baselineMetric, unit) : null;
  return (
    <section aria-labelledby={headingId} className="heart-section">
      <h2 id={headingId}>{heading}</h2>
      <RangePicker value={preset} onChange={setPreset} label={`${title} range`} />
      {words && <p className="heart-baseline">{words}</p>}
      {baselines.status === 'ready' && !baselineMetric?.range && state === 'ready' && (
        <p className="heart-hint">Your normal range appears after 14 days with a value in the 60 days before the last 7.</p>
      )}
      <div ref={box}>
        <Chart
          id={id}
          title={title}
          unit={unit}
          timeZone={timeZone}
          data={columns?.data ?? EMPTY}
          series={columns?.series ?? [{ label: title }]}
          state={state}
          bands={bands}
          daily
          empty={empty}
          error={resource.status === 'error' ? errorText(resource.error, title) : undefined}
        />
      </div>
    </section>
  );
}

const PAGE_SIZE = 20;

/** The recordings, newest first, a page at a time; `Show more` follows the cursor. */
function useRecordings() {
  const [pages, setPages] = useState<{ items: HrvRecording[]; cursor: string | null }>({ items: [], cursor: null });
  const [more, setMore] = useState<{ loading: boolean; error: Error | null }>({ loading: false, error: null });
  const [first] = useResource(async () => {
    const page = await fetchHrvRecordings({ limit: PAGE_SIZE });
    setPages({ items: page.items, cursor: page.nextCursor });
    return page;
  }, []);
  const loadMore = async () => {
    if (!pages.cursor) return;
    setMore({ loading: true, error: null });
    try {
      const page = await fetchHrvRecordings({ limit: PAGE_SIZE, cursor: pages.cursor });
      setPages((previous) => ({ items: [...previous.items, ...page.items], cursor: page.nextCursor }));
      setMore({ loading: false, error: null });
    } catch (error) {
      setMore({ loading: false, error: error instanceof Error ? error : new Error(String(error)) });
    }
  };
  return { first, pages, more, loadMore };
}

function metricValue(recording: HrvRecording, name: string): number | null {
  return recording.metrics.find((m) => m.name.toUpperCase() === name.toUpperCase())?.value ?? null;
}

function formatMaybe(value: number | null | undefined, unit: string, digits = 1): string {
  return value === null || value === undefined ? '–' : `${formatNumber(value, digits)} ${unit}`;
}

function RecordingsSection({ timeZone }: { timeZone: string }) {
  const headingId = useId();
  const { first, pages, more, loadMore } = useRecordings();
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <section aria-labelledby={headingId} className="heart-section">
      <h2 id={headingId}>HRV recordings</h2>
      {first.status === 'loading' && (
        <p role="status" className="loading">
          Loading HRV recordings…
        </p>
      )}
      {first.status === 'error' && (
        <p role="alert" className="error">
          {errorText(first.error, 'HRV recordings')}
        </p>
      )}
      {first.status === 'ready' && pages.items.length === 0 && <HrvEmpty />}
      {first.status === 'ready' && pages.items.length > 0 && (
        <>
          <ScrollRegion label="HRV recordings">
            <table className="heart-recordings" data-testid="hrv-recordings">
              <caption>HRV recordings, newest first (RMSSD as the report states it, else recomputed from the beats)</caption>
              <thead>
                <tr>
                  <th scope="col">Recorded</th>
                  <th scope="col">RMSSD</th>
                  <th scope="col">SDNN</th>
                  <th scope="col">pNN50</th>
                  <th scope="col">Beats</th>
                  <th scope="col">Artifacts</th>
                  <th scope="col">Tag</th>
                  <th scope="col">RR tachogram</th>
                </tr>
              </thead>
              <tbody>
                {pages.items.map((recording) => (
                  <tr key={recording.id} className={selected === recording.id ? 'selected' : undefined}>
                    <th scope="row">{formatInstant(Date.parse(recording.start.instant) / 1000, timeZone)}</th>
                    <td>{formatMaybe(rmssdOf(recording), 'ms')}</td>
                    <td>{formatMaybe(metricValue(recording, 'SDNN') ?? recording.recomputed?.sdnn, 'ms')}</td>
                    <td>{formatMaybe(metricValue(recording, 'pNN50') ?? recording.recomputed?.pnn50, '%')}</td>
                    <td>{recording.intervals ?? '–'}</td>
                    <td>{formatMaybe(recording.artifactsPercent, '%')}</td>
                    <td>{recording.tag ?? '–'}</td>
                    <td>
                      <button
                        type="button"
                        className="button"
                        aria-pressed={selected === recording.id}
                        onClick={() => setSelected(selected === recording.id ? null : recording.id)}
                      >
                        {selected === recording.id ? 'Hide' : 'Show'}
                        <span className="visually-hidden"> the RR tachogram of {formatInstant(Date.parse(recording.start.instant) / 1000, timeZone)}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {pages.cursor && (
            <button type="button" className="button" onClick={() => void loadMore()} disabled={more.loading}>
              {more.loading ? 'Loading…' : 'Show older recordings'}
            </button>
          )}
          {more.error && (
            <p role="alert" className="error">
              {errorText(more.error, 'More recordings')}
            </p>
          )}
          {selected && <Tachogram id={selected} timeZone={timeZone} />}
        </>
      )}
    </section>
  );
}

/** RR intervals of one recording against time: columns with a gap where beats are missing (over 3 s apart). */
export function rrColumns(startInstant: string, timestampMs: number[], rrMs: number[]): Columns {
  const start = Date.parse(startInstant) / 1000;
  const x: number[] = [];
  const y: (number | null)[] = [];
  let previous: number | undefined;
  timestampMs.forEach((ms, i) => {
    const t = start + ms / 1000;
    if (previous !== undefined && t - previous > 3) {
      x.push(previous + 3);
      y.push(null);
    }
    x.push(t);
    y.push(rrMs[i] ?? null);
    previous = t;
  });
  return [x, y];
}

const RR_SERIES: ChartSeries[] = [{ label: 'RR interval', digits: 0 }];

function Tachogram({ id, timeZone }: { id: string; timeZone: string }) {
  const [detail] = useResource(() => fetchHrvRecording(id), [id]);
  const data = useMemo(
    () => (detail.status === 'ready' ? rrColumns(detail.data.start.instant, detail.data.rr.timestampMs, detail.data.rr.rrMs) : EMPTY),
    [detail],
  );
  const state = chartState(detail, () => data[0].length > 0);
  return (
    <div className="heart-tachogram">
      {detail.status === 'ready' && (
        <dl className="facts">
          {detail.data.metrics.map((m) => (
            <div key={m.name}>
              <dt>{m.name}</dt>
              <dd>{m.value === null ? 'N/A' : formatNumber(m.value, 2)}</dd>
            </div>
          ))}
          {detail.data.disagrees && (
            <div>
              <dt>Check</dt>
              <dd>The report and the recomputed values disagree: {detail.data.disagreements.join(', ')}</dd>
            </div>
          )}
        </dl>
      )}
      <Chart
        id="rr-tachogram"
        title="RR tachogram"
        unit="ms"
        timeZone={timeZone}
        data={data}
        series={RR_SERIES}
        state={state}
        seconds
        empty="This recording has no RR intervals."
        error={detail.status === 'error' ? errorText(detail.error, 'The recording') : undefined}
      />
    </div>
  );
}
