import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import './chart.css';
import type { ChartState } from './Chart';
import type { Columns } from './columns';
import { formatClock, formatMinutes, formatNumber, localParts } from './time';

/** One stretch of the stage timeline, as the sleep detail gives it. */
export interface HypnogramStage {
  /** ISO instant. */
  start: string;
  seconds: number;
  /** `wake`, `rem`, `light`, `deep`, or the classic `awake`, `restless`, `asleep`. */
  level: string;
}

export interface HypnogramProps {
  /** Stable name, written as `data-chart` (`hypnogram`). */
  id: string;
  title: string;
  timeZone: string;
  stages: HypnogramStage[];
  state: ChartState;
  /** The night's bounds (ISO instants); default the stages' extent. */
  start?: string;
  end?: string;
  /** Heart rate during the night, overlaid as a line on its own axis: x in epoch seconds, one y column. */
  heartRate?: { data: Columns; unit: string };
  empty?: ReactNode;
  error?: ReactNode;
}

/** The levels top to bottom (awake at the top, deepest at the bottom), with colours from Okabe–Ito. */
const LEVELS: Record<string, { label: string; color: string; order: number }> = {
  wake: { label: 'Awake', color: '#D55E00', order: 0 },
  awake: { label: 'Awake', color: '#D55E00', order: 0 },
  rem: { label: 'REM', color: '#CC79A7', order: 1 },
  restless: { label: 'Restless', color: '#E69F00', order: 1 },
  light: { label: 'Light', color: '#56B4E9', order: 2 },
  asleep: { label: 'Asleep', color: '#0072B2', order: 3 },
  deep: { label: 'Deep', color: '#0072B2', order: 3 },
};

function describe(level: string) {
  return LEVELS[level] ?? { label: level.charAt(0).toUpperCase() + level.slice(1), color: '#009E73', order: 4 };
}

const ROW = 34;
const LEFT = 64;
const RIGHT = 44;
const TOP = 8;
const AXIS = 26;

export interface HypnogramLayout {
  from: number;
  to: number;
  levels: string[];
  segments: { level: string; from: number; to: number }[];
  minutesByLevel: Record<string, number>;
}

/** The night's levels (ordered), its segments in epoch seconds and the minutes per level. */
export function layoutStages(stages: HypnogramStage[], start?: string, end?: string): HypnogramLayout {
  const segments = stages
    .map((stage) => {
      const from = Date.parse(stage.start) / 1000;
      return { level: stage.level, from, to: from + stage.seconds };
    })
    .sort((a, b) => a.from - b.from);
  const levels = [...new Set(segments.map((s) => s.level))].sort((a, b) => describe(a).order - describe(b).order || a.localeCompare(b));
  const minutesByLevel: Record<string, number> = {};
  for (const s of segments) minutesByLevel[s.level] = (minutesByLevel[s.level] ?? 0) + (s.to - s.from) / 60;
  const from = start !== undefined ? Date.parse(start) / 1000 : (segments[0]?.from ?? 0);
  const to = end !== undefined ? Date.parse(end) / 1000 : Math.max(from, ...segments.map((s) => s.to));
  return { from, to, levels, segments, minutesByLevel };
}

/** Instants of whole local hours between `from` and `to` (every zone's offset is a multiple of 15 minutes). */
export function hourTicks(from: number, to: number, timeZone: string, everyHours = 1): number[] {
  const ticks: number[] = [];
  for (let t = Math.ceil(from / 900) * 900; t <= to; t += 900) {
    const p = localParts(t, timeZone);
    if (p.minute === 0 && p.second === 0 && p.hour % everyHours === 0) ticks.push(t);
  }
  return ticks;
}

/**
 * A night's sleep stages as a hypnogram: one row per level, each stage a horizontal segment, on real
 * instants (a night across a change of the clocks has its real length), with the heart rate overlaid on its
 * own axis, a legend with the minutes per stage, and the timeline as a table for screen readers.
 */
export function Hypnogram(props: HypnogramProps) {
  const { id, title, timeZone, stages, state, heartRate } = props;
  const titleId = useId();
  const figure = useRef<HTMLElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(720);
  const started = useRef(performance.now());
  started.current = performance.now();
  const layout = useMemo(() => layoutStages(stages, props.start, props.end), [stages, props.start, props.end]);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    if (element.clientWidth > 0) setWidth(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => element.clientWidth > 0 && setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [state]);

  useEffect(() => {
    if (state !== 'ready') return;
    figure.current?.setAttribute('data-draw-ms', (performance.now() - started.current).toFixed(1));
    if (typeof performance.mark === 'function') performance.mark(`chart-drawn:${id}`);
  }, [state, layout, heartRate, id]);

  const span = Math.max(1, layout.to - layout.from);
  const plotWidth = Math.max(120, width - LEFT - RIGHT);
  const height = TOP + layout.levels.length * ROW + AXIS;
  const x = (t: number) => LEFT + ((t - layout.from) / span) * plotWidth;
  const rowOf = (level: string) => layout.levels.indexOf(level);
  const ticks = hourTicks(layout.from, layout.to, timeZone, plotWidth < 360 ? 2 : 1);
  const inBed = (layout.to - layout.from) / 60;

  const heartPaths = useMemo(() => {
    if (!heartRate) return null;
    const [xs, ys] = heartRate.data;
    const values = (ys ?? []).filter((v): v is number => v !== null);
    if (values.length === 0) return null;
    const low = Math.floor(Math.min(...values) - 2);
    const high = Math.ceil(Math.max(...values) + 2);
    const bottom = TOP + layout.levels.length * ROW;
    const y = (v: number) => bottom - ((v - low) / Math.max(1, high - low)) * (bottom - TOP);
    const paths: string[] = [];
    let current = '';
    xs.forEach((t, i) => {
      const v = ys?.[i] ?? null;
      if (v === null || t < layout.from || t > layout.to) {
        if (current) paths.push(current);
        current = '';
        return;
      }
      current += `${current ? 'L' : 'M'}${x(t).toFixed(1)},${y(v).toFixed(1)}`;
    });
    if (current) paths.push(current);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return { paths, low, high, mean, count: values.length };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [heartRate, layout, plotWidth]);

  return (
    <figure ref={figure} className="chart hypnogram" data-chart={id} data-state={state} data-points={layout.segments.length} aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart-title">
        {title}
      </figcaption>
      {state === 'loading' && (
        <p role="status" className="chart-message loading">
          Loading {title.toLowerCase()}…
        </p>
      )}
      {state === 'error' && (
        <div role="alert" className="chart-message error">
          {props.error ?? `${title} could not be loaded.`}
        </div>
      )}
      {state === 'empty' && <div className="chart-message empty">{props.empty ?? 'No sleep stages for this night.'}</div>}
      {state === 'ready' && (
        <>
          <p className="hypnogram-span">
            In bed {formatMinutes(inBed)}, {formatClock(layout.from, timeZone)}–{formatClock(layout.to, timeZone)}
            {heartPaths ? `; heart rate ${formatNumber(heartPaths.mean, 0)} ${heartRate?.unit} on average` : ''}
          </p>
          <div ref={box} className="hypnogram-plot">
            <svg
              width={width}
              height={height}
              viewBox={`0 0 ${width} ${height}`}
              role="img"
              aria-label={`${title}: ${layout.levels.map((level) => `${describe(level).label} ${formatMinutes(layout.minutesByLevel[level] ?? 0)}`).join(', ')}. The table below lists every stage.`}
              data-span-seconds={layout.to - layout.from}
            >
              {layout.levels.map((level, row) => (
                <g key={level}>
                  <text x={LEFT - 8} y={TOP + row * ROW + ROW / 2 + 4} textAnchor="end" className="hypnogram-label">
                    {describe(level).label}
                  </text>
                  <line x1={LEFT} x2={LEFT + plotWidth} y1={TOP + (row + 1) * ROW} y2={TOP + (row + 1) * ROW} className="hypnogram-grid" />
                </g>
              ))}
              {ticks.map((t, i) => (
                <g key={t} data-tick={formatClock(t, timeZone)}>
                  <line x1={x(t)} x2={x(t)} y1={TOP} y2={TOP + layout.levels.length * ROW} className="hypnogram-grid" />
                  <text x={x(t)} y={height - 8} textAnchor="middle" className="hypnogram-label">
                    {i > 0 && ticks[i - 1] !== undefined && formatClock(ticks[i - 1]!, timeZone) === formatClock(t, timeZone) ? `${formatClock(t, timeZone)}′` : formatClock(t, timeZone)}
                  </text>
                </g>
              ))}
              {layout.segments.map((segment) => (
                <rect
                  key={`${segment.from}-${segment.level}`}
                  x={x(segment.from)}
                  y={TOP + rowOf(segment.level) * ROW + 4}
                  width={Math.max(1, x(segment.to) - x(segment.from))}
                  height={ROW - 8}
                  fill={describe(segment.level).color}
                  data-level={segment.level}
                  className="hypnogram-segment"
                />
              ))}
              {heartPaths && (
                <g className="hypnogram-heart" data-heart-rate={heartPaths.count}>
                  {heartPaths.paths.map((d) => (
                    <path key={d} d={d} fill="none" stroke="currentColor" strokeWidth={1.5} />
                  ))}
                  <text x={LEFT + plotWidth + 4} y={TOP + 10} className="hypnogram-label">
                    {heartPaths.high}
                  </text>
                  <text x={LEFT + plotWidth + 4} y={TOP + layout.levels.length * ROW} className="hypnogram-label">
                    {heartPaths.low}
                  </text>
                  <text x={LEFT + plotWidth + 4} y={TOP + (layout.levels.length * ROW) / 2} className="hypnogram-label">
                    {heartRate?.unit}
                  </text>
                </g>
              )}
            </svg>
          </div>
          <ul className="chart-band-legend">
            {layout.levels.map((level) => (
              <li key={level}>
                <span className="chart-swatch" style={{ background: describe(level).color }} aria-hidden="true" />
                {describe(level).label}: {formatMinutes(layout.minutesByLevel[level] ?? 0)}
              </li>
            ))}
            {heartPaths && (
              <li>
                <span className="chart-swatch hypnogram-heart-swatch" aria-hidden="true" />
                Heart rate ({heartRate?.unit})
              </li>
            )}
          </ul>
          <details className="chart-table">
            <summary>Show the stages as a table</summary>
            <table>
              <caption>{title}: every stage, local time</caption>
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col">Stage</th>
                  <th scope="col">Length</th>
                </tr>
              </thead>
              <tbody>
                {layout.segments.map((segment) => (
                  <tr key={`${segment.from}-${segment.level}`}>
                    <th scope="row">{formatClock(segment.from, timeZone)}</th>
                    <td>{formatClock(segment.to, timeZone)}</td>
                    <td>{describe(segment.level).label}</td>
                    <td>{formatMinutes((segment.to - segment.from) / 60)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
