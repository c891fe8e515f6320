import { useId, useMemo, useState } from 'react';
import './sleep.css';
import { fetchSeries } from '../api/metrics';
import type { MetricSeries } from '../api/metrics';
import { fetchAllSleepSessions, fetchSleepInsight, fetchSleepSession, fetchSleepSessions } from '../api/sleep';
import type { SleepRegularity, SleepSession, SleepSessionDetail } from '../api/sleep';
import { Chart } from '../charts/Chart';
import type { ChartSeries } from '../charts/Chart';
import { gapThreshold, toColumns } from '../charts/columns';
import type { Columns } from '../charts/columns';
import { errorText } from '../charts/errors';
import { Hypnogram } from '../charts/Hypnogram';
import { seriesColor } from '../charts/palette';
import { addDays, formatLocalDate, formatMinutes, formatNumber, isoInstant, startOfDate } from '../charts/time';
import { notYet, useWidth } from '../charts/useWidth';
import { EmptyState } from '../components/EmptyState';
import { RangePicker } from '../components/RangePicker';
import { presetRange } from '../components/range';
import type { RangePreset } from '../components/range';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { todayIn } from '../format';
import { useMe } from '../session/SessionContext';
import { browserTimeZone } from '../timeZones';

const EMPTY: Columns = [[], []];

function connectFitbit(what: string) {
  return <EmptyState title={`Connect Fitbit to see your ${what}`} action={{ to: '/connections', label: 'Connect Fitbit' }} />;
}

export function SleepPage() {
  usePageTitle('Sleep');
  const me = useMe();
  const timeZone = me.settings.timeZone ?? browserTimeZone();
  return (
    <div className="sleep-page">
      <h1>Sleep</h1>
      <NightSection timeZone={timeZone} />
      <TrendsSection timeZone={timeZone} />
      <RegularitySection />
    </div>
  );
}

/** The main sleep of a page of sessions (newest first): the first main sleep, else the longest session. */
export function mainSleepOf(items: SleepSession[]): SleepSession | undefined {
  return items.find((s) => s.mainSleep) ?? [...items].sort((a, b) => (b.minutesAsleep ?? 0) - (a.minutesAsleep ?? 0))[0];
}

interface Night {
  /** The wake-up date asked for (or of the latest night). */
  date: string | null;
  session: SleepSessionDetail | null;
}

async function loadNight(date: string | null): Promise<Night> {
  const page = date === null ? await fetchSleepSessions({ limit: 10 }) : await fetchSleepSessions({ from: date, to: date, limit: 10 });
  const main = mainSleepOf(page.items);
  if (!main) return { date, session: null };
  return { date: main.dateOfSleep, session: await fetchSleepSession(main.id) };
}

function NightSection({ timeZone }: { timeZone: string }) {
  const headingId = useId();
  const [date, setDate] = useState<string | null>(null);
  const [latest, setLatest] = useState<string | null>(null);
  const [box, width] = useWidth<HTMLDivElement>();
  const [night] = useResource(async () => {
    const loaded = await loadNight(date);
    if (date === null && loaded.date !== null) setLatest(loaded.date);
    return loaded;
  }, [date]);
  const session = night.status === 'ready' ? night.data.session : null;
  const [heart] = useResource(
    () =>
      !session
        ? Promise.resolve<MetricSeries | null>(null)
        : width === null
          ? notYet<MetricSeries | null>()
          : fetchSeries('heart-rate', { from: session.start, to: session.end, maxPoints: width }),
    [session?.id, width],
  );
  const heartRate = useMemo(
    () =>
      heart.status === 'ready' && heart.data && heart.data.points.length > 0
        ? { data: toColumns(heart.data.points, gapThreshold(heart.data.resolution)), unit: heart.data.unit }
        : undefined,
    [heart],
  );
  const shownDate = night.status === 'ready' ? night.data.date : date;
  const noSleepAtAll = night.status === 'ready' && date === null && session === null;
  const state =
    night.status === 'loading' ? 'loading' : night.status === 'error' ? 'error' : session && session.stages.length > 0 ? 'ready' : 'empty';

  return (
    <section aria-labelledby={headingId} className="sleep-section">
      <h2 id={headingId}>{shownDate ? `Night to ${formatLocalDate(shownDate, 'full')}` : 'Last night'}</h2>
      <div className="sleep-nav">
        <button type="button" className="button" disabled={!shownDate} onClick={() => shownDate && setDate(addDays(shownDate, -1))}>
          ← Previous night
        </button>
        <button
          type="button"
          className="button"
          disabled={!shownDate || (latest !== null ? shownDate >= latest : true)}
          onClick={() => shownDate && setDate(addDays(shownDate, 1))}
        >
          Next night →
        </button>
      </div>
      {session && (
        <dl className="facts sleep-facts">
          <div>
            <dt>Asleep</dt>
            <dd>{session.minutesAsleep === null ? '–' : formatMinutes(session.minutesAsleep)}</dd>
          </div>
          <div>
            <dt>Efficiency</dt>
            <dd>{session.efficiency === null ? '–' : `${session.efficiency} %`}</dd>
          </div>
          {heartRate && heart.status === 'ready' && heart.data && (
            <div>
              <dt>Sleeping heart rate</dt>
              <dd>
                {formatNumber(mean(heart.data.points.map((p) => p.value)), 0)} {heart.data.unit}
              </dd>
            </div>
          )}
        </dl>
      )}
      {heart.status === 'error' && <p className="sleep-note">The heart rate of this night could not be loaded; the stages are shown without it.</p>}
      <div ref={box}>
        <Hypnogram
          id="hypnogram"
          title="Sleep stages"
          timeZone={timeZone}
          stages={session?.stages ?? []}
          start={session?.start}
          end={session?.end}
          state={state}
          heartRate={heartRate}
          error={night.status === 'error' ? errorText(night.error, 'Sleep') : undefined}
          empty={
            noSleepAtAll
              ? connectFitbit('sleep')
              : session
                ? 'This night has no stage timeline (Fitbit recorded only the totals).'
                : `No main sleep recorded for the night to ${shownDate ? formatLocalDate(shownDate) : 'this date'}.`
          }
        />
      </div>
    </section>
  );
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

const STAGE_ORDER = ['deep', 'light', 'rem', 'wake', 'asleep', 'restless', 'awake'];
const STAGE_LABELS: Record<string, string> = {
  deep: 'Deep', light: 'Light', rem: 'REM', wake: 'Awake', asleep: 'Asleep', restless: 'Restless', awake: 'Awake (classic)',
};

/** Minutes asleep as bars with the minutes per stage as lines, one point per night (or per week's mean). */
export function durationColumns(series: MetricSeries): { data: Columns; series: ChartSeries[] } {
  const keys = [...new Set(series.points.flatMap((p) => Object.keys(p.stages ?? {})))].sort(
    (a, b) => (STAGE_ORDER.indexOf(a) + 1 || 99) - (STAGE_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b),
  );
  const data = toColumns(series.points, gapThreshold(series.resolution), (p) => p.value, ...keys.map((key) => (p: (typeof series.points)[number]) => p.stages?.[key] ?? null));
  return {
    data,
    series: [
      { label: 'Asleep', kind: 'bars', color: '#0072B2', digits: 0 },
      ...keys.map((key, i) => ({ label: STAGE_LABELS[key] ?? key, color: seriesColor(i + 1), digits: 0 })),
    ],
  };
}

/** The efficiency of each night's main sleep (Fitbit's, else asleep / (asleep + awake)), on the night's wake-up date. */
export function efficiencyColumns(sessions: SleepSession[], timeZone: string): Columns {
  const byDate = new Map<string, SleepSession>();
  for (const s of sessions) {
    if (!s.mainSleep) continue;
    const other = byDate.get(s.dateOfSleep);
    if (!other || (s.minutesAsleep ?? 0) > (other.minutesAsleep ?? 0)) byDate.set(s.dateOfSleep, s);
  }
  const points = [...byDate.values()]
    .map((s) => {
      const computed =
        s.minutesAsleep !== null && s.minutesAwake !== null && s.minutesAsleep + s.minutesAwake > 0
          ? (s.minutesAsleep / (s.minutesAsleep + s.minutesAwake)) * 100
          : null;
      const value = s.efficiency ?? computed;
      return { t: isoInstant(startOfDate(s.dateOfSleep, timeZone)), localDate: s.dateOfSleep, value: value ?? NaN, min: 0, max: 0 };
    })
    .filter((p) => !Number.isNaN(p.value))
    .sort((a, b) => a.t.localeCompare(b.t));
  return toColumns(points, gapThreshold('1d'));
}

const EFFICIENCY_SERIES: ChartSeries[] = [{ label: 'Efficiency', color: '#009E73', digits: 0 }];

function TrendsSection({ timeZone }: { timeZone: string }) {
  const headingId = useId();
  const [preset, setPreset] = useState<RangePreset>('30d');
  const [box, width] = useWidth<HTMLDivElement>();
  const range = presetRange(preset, todayIn(timeZone));
  const [duration] = useResource(
    () => (width === null ? notYet<MetricSeries>() : fetchSeries('sleep-duration', { ...range, maxPoints: width })),
    [range.from, range.to, width],
  );
  const [sessions] = useResource(() => fetchAllSleepSessions(range.from, range.to), [range.from, range.to]);
  const durationView = useMemo(() => (duration.status === 'ready' ? durationColumns(duration.data) : null), [duration]);
  const efficiency = useMemo(() => (sessions.status === 'ready' ? efficiencyColumns(sessions.data, timeZone) : EMPTY), [sessions, timeZone]);
  const durationState = duration.status === 'ready' ? (duration.data.points.length === 0 ? 'empty' : 'ready') : duration.status;
  const efficiencyState = sessions.status === 'ready' ? (efficiency[0].length === 0 ? 'empty' : 'ready') : sessions.status;
  return (
    <section aria-labelledby={headingId} className="sleep-section">
      <h2 id={headingId}>Duration and efficiency</h2>
      <RangePicker value={preset} onChange={setPreset} label="Sleep range" />
      <div ref={box}>
        <Chart
          id="sleep-duration"
          title="Sleep duration"
          unit={duration.status === 'ready' ? duration.data.unit : 'min'}
          timeZone={timeZone}
          data={durationView?.data ?? EMPTY}
          series={durationView?.series ?? [{ label: 'Asleep' }]}
          state={durationState}
          daily
          empty={connectFitbit('sleep')}
          error={duration.status === 'error' ? errorText(duration.error, 'Sleep duration') : undefined}
        />
        <Chart
          id="sleep-efficiency"
          title="Sleep efficiency"
          unit="%"
          timeZone={timeZone}
          data={efficiency}
          series={EFFICIENCY_SERIES}
          state={efficiencyState}
          daily
          empty={connectFitbit('sleep')}
          error={sessions.status === 'error' ? errorText(sessions.error, 'Sleep efficiency') : undefined}
        />
      </div>
    </section>
  );
}

/** A spread in minutes as words: how much bed or wake times vary. */
function spreadWords(minutes: number | null): string {
  if (minutes === null) return 'varies all round the clock';
  return `varies by about ${formatMinutes(minutes)}`;
}

function verdict(regularity: SleepRegularity): string {
  const worst = Math.max(regularity.bedTimeSdMinutes ?? Infinity, regularity.wakeTimeSdMinutes ?? Infinity);
  if (worst <= 30) return 'Your sleep times are very regular.';
  if (worst <= 60) return 'Your sleep times are fairly regular.';
  return 'Your sleep times are irregular: a steadier bed and wake time usually helps sleep.';
}

/** Regularity in plain words: the typical bed and wake times and how much they vary (circular SD). */
export function regularityWords(regularity: SleepRegularity): string[] {
  return [
    `Over the last ${regularity.nights} nights you usually went to bed around ${regularity.bedTimeMean}; your bedtime ${spreadWords(regularity.bedTimeSdMinutes)} (standard deviation).`,
    `You usually woke up around ${regularity.wakeTimeMean}; your wake time ${spreadWords(regularity.wakeTimeSdMinutes)}.`,
    verdict(regularity),
  ];
}

function RegularitySection() {
  const headingId = useId();
  const [insight] = useResource(() => fetchSleepInsight(), []);
  const detail = insight.status === 'ready' ? insight.data.detail : null;
  return (
    <section aria-labelledby={headingId} className="sleep-section">
      <h2 id={headingId}>Regularity</h2>
      {insight.status === 'loading' && (
        <p role="status" className="loading">
          Loading regularity…
        </p>
      )}
      {insight.status === 'error' && (
        <p role="alert" className="error">
          {errorText(insight.error, 'Sleep regularity')}
        </p>
      )}
      {insight.status === 'ready' && !detail && connectFitbit('sleep regularity')}
      {detail && (
        <div className="card sleep-regularity">
          {detail.regularity ? (
            regularityWords(detail.regularity).map((line) => <p key={line}>{line}</p>)
          ) : (
            <p>{insight.status === 'ready' ? (insight.data.missing.find((m) => m.startsWith('Regularity')) ?? 'Regularity needs at least 3 nights.') : ''}</p>
          )}
          <dl className="facts">
            <div>
              <dt>Asleep, last 7 nights</dt>
              <dd>{detail.minutesAsleep.last7.mean === null ? '–' : formatMinutes(detail.minutesAsleep.last7.mean)}</dd>
            </div>
            <div>
              <dt>Asleep, last 30 nights</dt>
              <dd>{detail.minutesAsleep.last30.mean === null ? '–' : formatMinutes(detail.minutesAsleep.last30.mean)}</dd>
            </div>
            <div>
              <dt>Efficiency, last 30 nights</dt>
              <dd>{detail.efficiency.last30.mean === null ? '–' : `${formatNumber(detail.efficiency.last30.mean, 0)} %`}</dd>
            </div>
            <div>
              <dt>Sleeping heart rate, last 30 nights</dt>
              <dd>{detail.sleepingHeartRate.last30.mean === null ? '–' : `${formatNumber(detail.sleepingHeartRate.last30.mean, 0)} bpm`}</dd>
            </div>
          </dl>
        </div>
      )}
    </section>
  );
}
