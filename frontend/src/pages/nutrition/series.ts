/** Several daily metric series (and values by local date) aligned on one x axis for the Chart, with gaps. */
import { fetchSeries } from '../../api/metrics';
import type { MetricName, MetricSeries } from '../../api/metrics';
import type { Columns } from '../../charts/columns';
import { gapThreshold } from '../../charts/columns';
import type { DateRange } from '../../components/range';
import { startOfDate } from '../activity/time';

/** Every series of a range with `maxPoints` ≈ the chart's pixel width. */
export function fetchAll(metrics: readonly MetricName[], range: DateRange, maxPoints: number): Promise<MetricSeries[]> {
  return Promise.all(metrics.map((metric) => fetchSeries(metric, { ...range, maxPoints })));
}

/** How many days a bucket of `resolution` spans: 1 for `1d`, 7 for `1w`, 14 for `2w`, ... */
export function bucketDays(resolution: string): number {
  const weeks = /^(\d*)w$/.exec(resolution);
  return weeks ? 7 * Number(weeks[1] || 1) : 1;
}

/** One column: a value per bucket start (epoch seconds). */
export type Column = Map<number, number | null>;

export function columnOf(series: MetricSeries, read: (value: number, localDate: string) => number | null = (v) => v): Column {
  return new Map(series.points.map((point) => [Date.parse(point.t) / 1000, read(point.value, point.localDate)]));
}

/** A column from values by local date, each at the date's start in `timeZone` (the API's bucket start). */
export function columnByDate(values: readonly { date: string; value: number | null }[], timeZone: string): Column {
  return new Map(values.map(({ date, value }) => [startOfDate(date, timeZone), value]));
}

/**
 * The union of the columns' x values, oldest first, with a `null` row wherever two neighbours are further
 * apart than the resolution allows (a day without data is a gap, never 0).
 */
export function align(columns: readonly Column[], resolution: string): Columns {
  const xs = [...new Set(columns.flatMap((column) => [...column.keys()]))].sort((a, b) => a - b);
  const maxStep = gapThreshold(resolution);
  const x: number[] = [];
  const ys: (number | null)[][] = columns.map(() => []);
  let previous: number | undefined;
  for (const t of xs) {
    if (previous !== undefined && t - previous > maxStep) {
      x.push(previous + maxStep);
      ys.forEach((y) => y.push(null));
    }
    x.push(t);
    columns.forEach((column, i) => ys[i]?.push(column.get(t) ?? null));
    previous = t;
  }
  return [x, ...ys] as Columns;
}

/** The latest value known on or before each date (goals carry forward until changed); `null` before the first. */
export function carryForward(byDate: ReadonlyMap<string, number>, date: string): number | null {
  let found: number | null = null;
  let foundDate = '';
  for (const [known, value] of byDate) {
    if (known <= date && known > foundDate) {
      found = value;
      foundDate = known;
    }
  }
  return found;
}
