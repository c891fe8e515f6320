import type { MetricPoint } from '../api/metrics';

/** uPlot's data: the x column in epoch seconds, then one column per series; `null` is a gap. */
export type Columns = [number[], ...(number | null)[][]];

/**
 * Turns points into columns, inserting a `null` row wherever two neighbours are further apart than
 * `maxStepSeconds` (a missing day, a night without a watch), so the chart draws a gap, never a line
 * across missing data and never a 0.
 */
export function toColumns(
  points: readonly MetricPoint[],
  maxStepSeconds: number,
  ...pick: ((point: MetricPoint) => number | null | undefined)[]
): Columns {
  const readers = pick.length > 0 ? pick : [(point: MetricPoint) => point.value];
  const x: number[] = [];
  const ys: (number | null)[][] = readers.map(() => []);
  let previous: number | undefined;
  for (const point of points) {
    const t = Date.parse(point.t) / 1000;
    if (previous !== undefined && t - previous > maxStepSeconds) {
      x.push(previous + maxStepSeconds);
      ys.forEach((column) => column.push(null));
    }
    x.push(t);
    readers.forEach((read, i) => ys[i]?.push(read(point) ?? null));
    previous = t;
  }
  return [x, ...ys] as Columns;
}

/**
 * How far apart two points of a resolution may be before the chart shows a gap, in seconds: one and a
 * half buckets, so a 25-hour daylight-saving day is no gap; samples (`raw`) five minutes.
 */
export function gapThreshold(resolution: string): number {
  const fixed: Record<string, number> = { raw: 300, '1min': 60, '5min': 300, '1h': 3600, '1d': 86400, '1w': 604800 };
  const weeks = /^(\d+)w$/.exec(resolution);
  const step = fixed[resolution] ?? (weeks ? Number(weeks[1]) * 604800 : 86400);
  return resolution === 'raw' ? step : step * 1.5;
}
