import { useCallback, useMemo, useState } from 'react';
import type { MetricSeries } from '../api/metrics';
import { fetchNutritionDays } from '../api/nutrition';
import type { NutritionDay } from '../api/nutrition';
import type { ChartSeries } from '../charts/Chart';
import { seriesColor } from '../charts/palette';
import { RangePicker } from '../components/RangePicker';
import { presetRange } from '../components/range';
import type { RangePreset } from '../components/range';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { todayIn } from '../format';
import { useMe } from '../session/SessionContext';
import { browserTimeZone } from '../timeZones';
import { useWidth } from './activity/common';
import { fetchInsight } from './activity/insight';
import { datesBetween, formatLocalDate } from './activity/time';
import type { EnergyBalanceDetail } from './nutrition/energy';
import { LatestWeighIn } from './nutrition/LatestWeighIn';
import { Meals } from './nutrition/Meals';
import { align, bucketDays, carryForward, columnByDate, columnOf } from './nutrition/series';
import type { Built } from './nutrition/SeriesChart';
import { SeriesChart } from './nutrition/SeriesChart';
import './nutrition.css';

/** Reference daily limits when the diary has no goal: US Dietary Guidelines' sodium, WHO's free sugars (10 % of 2,000 kcal). */
export const SODIUM_LIMIT_MG = 2300;
export const SUGAR_LIMIT_G = 50;

const number = (value: number, digits = 0) =>
  new Intl.NumberFormat(undefined, { maximumFractionDigits: digits }).format(value);

/** The diary's goals by date, for one nutrient key (`proteinG`, `sodiumMg`, ...). */
function goalsOf(days: readonly NutritionDay[], key: string): Map<string, number> {
  const goals = new Map<string, number>();
  for (const day of days) {
    const value = day.goals?.[key];
    if (value !== undefined && value !== null) goals.set(day.date, value);
  }
  return goals;
}

const hasPoints = (series: MetricSeries[]) => series.some((s) => s.points.length > 0);

/**
 * Calories in against out, macros against goals, sodium and sugar, the meals of a day, water and the weight
 * trend, over a range from a day to all time in the user's zone and units.
 */
export function NutritionPage() {
  usePageTitle('Nutrition');
  const { settings } = useMe();
  const timeZone = settings.timeZone ?? browserTimeZone();
  const today = todayIn(timeZone);
  const [preset, setPreset] = useState<RangePreset>('30d');
  const range = useMemo(() => presetRange(preset, today), [preset, today]);
  const [ref, width] = useWidth<HTMLDivElement>();
  // About one point per pixel of the plot.
  const maxPoints = Math.max(30, width - 80);

  const [energy] = useResource(() => fetchInsight<EnergyBalanceDetail>('energy-balance'), []);
  // Goals (the diary's) and the newest logged day; one page of at most 500 days, newest first.
  const [days] = useResource(() => fetchNutritionDays({ from: range.from, to: range.to, limit: 500 }), [range.from, range.to]);
  const dayItems = useMemo(() => (days.status === 'ready' ? days.data.items : []), [days]);
  const energyDetail = energy.status === 'ready' && energy.data.status === 'ok' ? energy.data.detail : null;

  const calories = useCallback(
    (series: MetricSeries[]): Built | null => {
      const [caloriesIn, caloriesOut] = series;
      if (!caloriesIn || !caloriesOut || !hasPoints(series)) return null;
      const implied = energyDetail?.implied ?? null;
      const daily = bucketDays(caloriesIn.resolution) === 1;
      const impliedDates =
        implied && daily
          ? datesBetween(implied.from > range.from ? implied.from : range.from, implied.to < range.to ? implied.to : range.to)
          : [];
      const columns = [columnOf(caloriesIn), columnOf(caloriesOut)];
      const labels: ChartSeries[] = [
        { label: 'Calories in', color: seriesColor(0) },
        { label: 'Calories out', color: seriesColor(1) },
      ];
      if (implied && impliedDates.length > 0) {
        columns.push(columnByDate(impliedDates.map((date) => ({ date, value: implied.expenditure })), caloriesIn.zone));
        labels.push({ label: 'Implied expenditure (28 days)', color: seriesColor(2) });
      }
      return { unit: caloriesIn.unit, data: align(columns, caloriesIn.resolution), series: labels };
    },
    [energyDetail, range.from, range.to],
  );

  const macros = useCallback(
    (series: MetricSeries[]): Built | null => {
      if (!hasPoints(series)) return null;
      const keys = ['proteinG', 'carbohydratesG', 'fatG'];
      const names = ['Protein', 'Carbohydrates', 'Fat'];
      const resolution = series[0]?.resolution ?? '1d';
      const perBucket = bucketDays(resolution);
      const columns = series.map((s) => columnOf(s));
      const labels: ChartSeries[] = names.map((label, i) => ({ label, color: seriesColor(i) }));
      keys.forEach((key, i) => {
        const goals = goalsOf(dayItems, key);
        const s = series[i];
        if (goals.size === 0 || !s) return;
        columns.push(
          columnOf(s, (_, localDate) => {
            const goal = carryForward(goals, localDate);
            return goal === null ? null : goal * perBucket;
          }),
        );
        labels.push({ label: `${names[i]} goal`, color: seriesColor(i), kind: 'points' });
      });
      return { unit: series[0]?.unit ?? 'g', data: align(columns, resolution), series: labels };
    },
    [dayItems],
  );

  const sodiumSugar = useCallback(
    (series: MetricSeries[]): Built | null => {
      const [sodium, sugar] = series;
      if (!sodium || !sugar || !hasPoints(series)) return null;
      const perBucket = bucketDays(sodium.resolution);
      const sodiumGoals = goalsOf(dayItems, 'sodiumMg');
      const sugarGoals = goalsOf(dayItems, 'sugarG');
      const percent = (goals: Map<string, number>, fallback: number) => (value: number, localDate: string) =>
        Math.round((value / ((carryForward(goals, localDate) ?? fallback) * perBucket)) * 1000) / 10;
      return {
        unit: '% of daily limit',
        data: align(
          [columnOf(sodium, percent(sodiumGoals, SODIUM_LIMIT_MG)), columnOf(sugar, percent(sugarGoals, SUGAR_LIMIT_G))],
          sodium.resolution,
        ),
        series: [
          { label: 'Sodium', color: seriesColor(0) },
          { label: 'Sugar', color: seriesColor(5) },
        ],
        bands: [{ label: 'Within the limit', from: 0, to: 100, color: 'rgba(0, 158, 115, 0.10)' }],
      };
    },
    [dayItems],
  );

  const waterChart = useCallback((series: MetricSeries[]): Built | null => {
    const [water] = series;
    if (!water || water.points.length === 0) return null;
    return {
      unit: water.unit,
      data: align([columnOf(water)], water.resolution),
      series: [{ label: 'Water', kind: 'bars', color: seriesColor(4) }],
    };
  }, []);

  const weightChart = useCallback(
    (series: MetricSeries[]): Built | null => {
      const [weight] = series;
      if (!weight) return null;
      const trend =
        energyDetail && energyDetail.weightUnit === weight.unit
          ? energyDetail.days
              .filter((day) => day.trend !== null && day.date >= range.from && day.date <= range.to)
              .map((day) => ({ date: day.date, value: day.trend }))
          : [];
      if (weight.points.length === 0 && trend.length === 0) return null;
      const columns = [columnOf(weight)];
      const labels: ChartSeries[] = [{ label: 'Weigh-ins', kind: 'points', color: seriesColor(0) }];
      if (trend.length > 0) {
        columns.push(columnByDate(trend, weight.zone));
        labels.push({ label: 'Trend (EWMA)', color: seriesColor(5) });
      }
      return { unit: weight.unit, data: align(columns, weight.resolution), series: labels };
    },
    [energyDetail, range.from, range.to],
  );

  const meanPerDay = (series: MetricSeries | undefined) => {
    if (!series || series.points.length === 0 || bucketDays(series.resolution) !== 1) return null;
    return series.points.reduce((sum, p) => sum + p.value, 0) / series.points.length;
  };

  return (
    <div className="nutrition-page" ref={ref}>
      <h1>Nutrition</h1>
      <RangePicker value={preset} onChange={setPreset} />
      <SeriesChart
        id="calories-balance"
        heading="Calories in and out"
        title="Calories in and out"
        metrics={['calories-in', 'calories-out']}
        range={range}
        maxPoints={maxPoints}
        timeZone={timeZone}
        build={calories}
        after={() =>
          energyDetail?.implied ? (
            <p className="hint" data-testid="implied">
              Your intake and weight trend imply you spend about {number(energyDetail.implied.expenditure)} kcal a day (
              {formatLocalDate(energyDetail.implied.from)} to {formatLocalDate(energyDetail.implied.to)}
              {energyDetail.implied.measuredMean !== null
                ? `; measured: ${number(energyDetail.implied.measuredMean)} kcal`
                : ''}
              ).
            </p>
          ) : energy.status === 'ready' && energy.data.missing.length > 0 ? (
            <ul className="hint">
              {energy.data.missing.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null
        }
      />
      <SeriesChart
        id="macros"
        heading="Macros against goals"
        title="Protein, carbohydrates and fat"
        metrics={['protein', 'carbohydrates', 'fat']}
        range={range}
        maxPoints={maxPoints}
        timeZone={timeZone}
        build={macros}
        after={(series) => (
          <p className="hint">
            Goals are your diary’s daily goals (dots; a week’s goal is seven days’).
            {series[0] && bucketDays(series[0].resolution) > 1 ? ' Each point sums the days of its week.' : ''}
          </p>
        )}
      />
      <SeriesChart
        id="sodium-sugar"
        heading="Sodium and sugar"
        title="Sodium and sugar against the daily limit"
        metrics={['sodium', 'sugar']}
        range={range}
        maxPoints={maxPoints}
        timeZone={timeZone}
        build={sodiumSugar}
        after={(series) => {
          const sodium = meanPerDay(series[0]);
          const sugar = meanPerDay(series[1]);
          return (
            <p className="hint">
              100 % is your diary’s daily goal where set, otherwise {number(SODIUM_LIMIT_MG)} mg of sodium and{' '}
              {number(SUGAR_LIMIT_G)} g of sugar.
              {sodium !== null ? ` Sodium: ${number(sodium)} ${series[0]?.unit} a day on average.` : ''}
              {sugar !== null ? ` Sugar: ${number(sugar)} ${series[1]?.unit} a day on average.` : ''}
            </p>
          );
        }}
      />
      {days.status === 'ready' && (
        <Meals
          key={dayItems[0]?.date ?? today}
          initialDate={dayItems[0]?.date ?? today}
          today={today}
          units={settings.units}
          timeZone={timeZone}
        />
      )}
      <SeriesChart
        id="water"
        heading="Water"
        title="Water"
        metrics={['water']}
        range={range}
        maxPoints={maxPoints}
        timeZone={timeZone}
        build={waterChart}
      />
      <SeriesChart
        id="weight-trend"
        heading="Weight trend"
        title="Weight and its trend"
        metrics={['weight']}
        range={range}
        maxPoints={maxPoints}
        timeZone={timeZone}
        build={weightChart}
        before={<LatestWeighIn units={settings.units} />}
        after={(series) =>
          energyDetail?.weight ? (
            <p className="hint">
              Trend {number(energyDetail.weight.trend, 1)} {series[0]?.unit}
              {energyDetail.weight.changePerWeek !== null
                ? `, ${energyDetail.weight.changePerWeek > 0 ? '+' : ''}${number(energyDetail.weight.changePerWeek, 2)} ${series[0]?.unit} a week`
                : ''}
              . The trend (an exponentially weighted average, 10 % a day) covers the last 30 days.
            </p>
          ) : null
        }
      />
    </div>
  );
}
