import { useMemo } from 'react';
import type {
  BaselineMetric,
  BaselinesDetail,
  BloodPressureDetail,
  EnergyBalanceDetail,
  MeanOfDays,
  SleepDetail,
  TrainingLoadDetail,
} from '../../api/insights';
import { Chart } from '../../charts/Chart';
import type { ChartSeries } from '../../charts/Chart';
import type { Columns } from '../../charts/columns';
import { CATEGORY_LABELS } from '../bloodpressure/category';
import { formatChange, formatMinutes, formatNumber } from '../overview/numbers';
import { formatLocalDate } from './dates';
import { dailyColumns } from './columns';

function Facts({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function mean(period: MeanOfDays, unit: string, digits = 0): string {
  return period.mean === null ? 'No value' : `${formatNumber(period.mean, digits)} ${unit} (${period.days} days)`;
}

function state(data: Columns): 'ready' | 'empty' {
  return data[0].length === 0 ? 'empty' : 'ready';
}

const BP_SERIES: ChartSeries[] = [
  { label: 'Systolic', kind: 'points', color: '#0072B2' },
  { label: 'Diastolic', kind: 'points', color: '#D55E00' },
];

export function BloodPressureView({ detail, timeZone }: { detail: BloodPressureDetail; timeZone: string }) {
  const data = useMemo<Columns>(
    () => [
      detail.readings.map((r) => Date.parse(r.instant) / 1000),
      detail.readings.map((r) => r.systolic),
      detail.readings.map((r) => r.diastolic),
    ],
    [detail],
  );
  const average = detail.last30;
  return (
    <>
      <Facts
        rows={[
          [
            'Last 30 days',
            average.systolic === null
              ? 'No readings'
              : `${formatNumber(average.systolic, 1)}/${formatNumber(average.diastolic ?? 0, 1)} mmHg${
                  average.category ? `, ${CATEGORY_LABELS[average.category]}` : ''
                } (${average.count} readings)`,
          ],
          ['Home-monitoring week', detail.protocol?.missing ?? (detail.protocol ? 'Complete' : 'No readings')],
        ]}
      />
      <Chart
        id="insight-blood-pressure"
        title="Readings of the last 30 days"
        unit="mmHg"
        timeZone={timeZone}
        data={data}
        series={BP_SERIES}
        state={state(data)}
        height={180}
      />
    </>
  );
}

const TRAINING_SERIES: ChartSeries[] = [
  { label: 'Fitness', color: '#0072B2' },
  { label: 'Fatigue', color: '#D55E00' },
  { label: 'Form', color: '#009E73' },
];

export function TrainingLoadView({ detail, timeZone }: { detail: TrainingLoadDetail; timeZone: string }) {
  const data = useMemo(
    () => dailyColumns(detail.series, timeZone, (p) => p.fitness, (p) => p.fatigue, (p) => p.form),
    [detail, timeZone],
  );
  const current = detail.current;
  const max = detail.heartRate.max;
  const resting = detail.heartRate.resting;
  return (
    <>
      <Facts
        rows={[
          ['Fitness (42-day load)', current ? formatNumber(current.fitness, 1) : '–'],
          ['Fatigue (7-day load)', current ? formatNumber(current.fatigue, 1) : '–'],
          ['Form (fitness − fatigue)', current ? formatChange(current.form) : '–'],
          [
            'Heart-rate limits',
            max && resting
              ? `${formatNumber(max.bpm)} max, ${formatNumber(resting.bpm)} resting bpm${detail.heartRate.estimated ? ' (estimated; set them in Settings)' : ''}`
              : 'Not known yet',
          ],
        ]}
      />
      <Chart
        id="insight-training-load"
        title="Fitness, fatigue and form"
        unit="TRIMP"
        timeZone={timeZone}
        data={data}
        series={TRAINING_SERIES}
        state={state(data)}
        empty="No activity with heart rate in the last 90 days."
        height={180}
        daily
      />
    </>
  );
}

const FLAG_WORDS = { above: 'above', below: 'below', within: 'within' } as const;

function baselineSentence(name: string, metric: BaselineMetric, unitShown: string, raw: boolean): string {
  if (metric.status !== 'ok' || metric.rolling7 === null || metric.range === null || metric.flag === null) {
    return `${name}: not enough days yet for a normal range.`;
  }
  const value = raw && metric.rolling7Raw !== null ? `${formatNumber(metric.rolling7Raw, 1)} ms` : `${formatNumber(metric.rolling7, 1)} ${unitShown}`;
  return `${name}: this week's ${value} is ${FLAG_WORDS[metric.flag]} your normal range of ${formatNumber(metric.range.low, raw ? 2 : 1)}–${formatNumber(metric.range.high, raw ? 2 : 1)} ${metric.unit} (${metric.range.days} days).`;
}

const BASELINE_SERIES: ChartSeries[] = [
  { label: '7-day value', color: '#0072B2' },
  { label: 'Normal range, low', color: '#009E73' },
  { label: 'Normal range, high', color: '#009E73' },
];

function BaselineChart({ id, title, metric, timeZone }: { id: string; title: string; metric: BaselineMetric; timeZone: string }) {
  const data = useMemo(
    () => dailyColumns(metric.days, timeZone, (d) => d.rolling7, (d) => d.range?.low, (d) => d.range?.high),
    [metric, timeZone],
  );
  const hasValue = metric.days.some((d) => d.rolling7 !== null);
  return (
    <Chart
      id={id}
      title={title}
      unit={metric.unit}
      timeZone={timeZone}
      data={data}
      series={BASELINE_SERIES}
      state={hasValue ? 'ready' : 'empty'}
      empty="Not enough days for a 7-day value yet."
      height={180}
      daily
    />
  );
}

export function BaselinesView({ detail, timeZone }: { detail: BaselinesDetail; timeZone: string }) {
  const recovery = detail.recovery;
  return (
    <>
      <p>{baselineSentence('Resting heart rate', detail.restingHeartRate, 'bpm', false)}</p>
      <p>{baselineSentence('HRV (RMSSD)', detail.rmssd, 'ln(ms)', true)}</p>
      {recovery.flagged && recovery.from && recovery.to && (
        <p className="warning" role="note">
          Resting heart rate above and HRV below your ranges together for {recovery.days} days ({formatLocalDate(recovery.from)}{' '}
          to {formatLocalDate(recovery.to)}){recovery.ongoing ? ', still today' : ''}: a sign to take it easy.
        </p>
      )}
      <BaselineChart id="insight-baselines" title="Resting heart rate against your normal range" metric={detail.restingHeartRate} timeZone={timeZone} />
      <BaselineChart id="insight-baselines-rmssd" title="HRV (ln RMSSD) against your normal range" metric={detail.rmssd} timeZone={timeZone} />
    </>
  );
}

const ENERGY_SERIES: ChartSeries[] = [
  { label: 'Eaten', color: '#0072B2' },
  { label: 'Burned', color: '#D55E00' },
];

export function EnergyBalanceView({ detail, timeZone }: { detail: EnergyBalanceDetail; timeZone: string }) {
  const data = useMemo(
    () => dailyColumns(detail.days, timeZone, (d) => d.caloriesIn, (d) => d.caloriesOut),
    [detail, timeZone],
  );
  const weight = detail.weight;
  const unit = detail.weightUnit;
  const hasValue = detail.days.some((d) => d.caloriesIn !== null || d.caloriesOut !== null);
  return (
    <>
      <Facts
        rows={[
          ['Eaten, last 7 days', mean(detail.caloriesIn.last7, 'kcal a day')],
          ['Burned, last 7 days', mean(detail.caloriesOut.last7, 'kcal a day')],
          ['Balance, last 7 days', mean(detail.balance.last7, 'kcal a day')],
          [
            'Weight trend',
            weight
              ? `${formatNumber(weight.trend ?? weight.latest, 1)} ${unit}${
                  weight.changePerWeek !== null ? `, ${formatChange(weight.changePerWeek, 2)} ${unit} a week` : ''
                }`
              : 'No weigh-in',
          ],
          [
            'Implied expenditure',
            detail.implied ? `${formatNumber(detail.implied.expenditure)} kcal a day` : 'Needs more days and weigh-ins',
          ],
        ]}
      />
      <Chart
        id="insight-energy-balance"
        title="Calories eaten and burned, last 30 days"
        unit="kcal"
        timeZone={timeZone}
        data={data}
        series={ENERGY_SERIES}
        state={hasValue ? 'ready' : 'empty'}
        height={180}
        daily
      />
    </>
  );
}

const SLEEP_SERIES: ChartSeries[] = [{ label: 'Asleep', color: '#0072B2' }];

export function SleepView({ detail, timeZone }: { detail: SleepDetail; timeZone: string }) {
  const data = useMemo(() => dailyColumns(detail.nights, timeZone, (n) => n.minutesAsleep), [detail, timeZone]);
  const regularity = detail.regularity;
  const asleep = detail.minutesAsleep.last7.mean;
  return (
    <>
      <Facts
        rows={[
          ['Asleep, last 7 nights', asleep === null ? 'No value' : `${formatMinutes(asleep)} a night`],
          ['Efficiency, last 7 nights', mean(detail.efficiency.last7, '%', 1)],
          [
            'Regularity',
            regularity && regularity.bedTimeMean
              ? `bed about ${regularity.bedTimeMean}${regularity.bedTimeSdMinutes !== null ? ` ± ${formatNumber(regularity.bedTimeSdMinutes)} min` : ''}, up about ${regularity.wakeTimeMean ?? '–'}`
              : 'Needs 3 nights',
          ],
        ]}
      />
      <Chart
        id="insight-sleep"
        title="Minutes asleep per night"
        unit="min"
        timeZone={timeZone}
        data={data}
        series={SLEEP_SERIES}
        state={state(data)}
        height={180}
        daily
      />
    </>
  );
}
