import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './chart.css';
import type { Columns } from './columns';
import { seriesColor } from './palette';

export interface ChartSeries {
  label: string;
  /** Drawn as a line (default), bars, or points only. */
  kind?: 'line' | 'bars' | 'points';
  color?: string;
}

/** Horizontal bands behind the data: a normal range, the ACC/AHA categories. */
export interface ChartBand {
  label: string;
  from: number;
  to: number;
  color: string;
}

export type ChartState = 'loading' | 'empty' | 'error' | 'ready';

export interface ChartProps {
  /** Stable name, written as `data-chart` (the browser tests wait for `data-state="ready"`). */
  id: string;
  title: string;
  /** The y unit as the API names it (`bpm`, `mmHg`, `kg`, ...). */
  unit: string;
  /** The user's zone: the x axis and the table show local time there. */
  timeZone: string;
  data: Columns;
  series: ChartSeries[];
  state: ChartState;
  /** Shown instead of the plot when `state` is `empty` (what to connect, with the button). */
  empty?: ReactNode;
  /** Shown when `state` is `error`; never raw JSON. */
  error?: ReactNode;
  bands?: ChartBand[];
  height?: number;
  /** Called after the user zooms (drag-select) with the new x range in epoch seconds. */
  onZoom?: (fromSeconds: number, toSeconds: number) => void;
  /** Day-level data: the table shows dates instead of date and time. */
  daily?: boolean;
}

/**
 * A time-series chart on uPlot (smooth with 100,000 points) with a title, units, axis labels, a
 * tooltip legend, gaps drawn as gaps, and the same data as a table for screen readers.
 */
export function Chart(props: ChartProps) {
  const { id, title, unit, state, data } = props;
  const titleId = useId();
  const points = data[0].length;
  return (
    <figure className="chart" data-chart={id} data-state={state} data-points={points} aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart-title">
        {title} <span className="chart-unit">({unit})</span>
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
      {state === 'empty' && <div className="chart-message empty">{props.empty ?? 'No data in this range.'}</div>}
      {state === 'ready' && (
        <>
          <Plot {...props} />
          <DataTable {...props} />
        </>
      )}
    </figure>
  );
}

function Plot({ title, unit, timeZone, data, series, bands, height = 260, onZoom }: ChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const zoomed = useRef(onZoom);
  zoomed.current = onZoom;

  useEffect(() => {
    const element = host.current;
    if (!element) {
      return;
    }
    const width = Math.max(280, element.clientWidth);
    const options: uPlot.Options = {
      width,
      height,
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), timeZone),
      cursor: { drag: { x: true, y: false } },
      scales: { x: { time: true } },
      axes: [
        { label: undefined },
        { label: unit, size: 60 },
      ],
      series: [
        { label: 'Time' },
        ...series.map((s, i) => ({
          label: s.label,
          stroke: s.color ?? seriesColor(i),
          width: 1.5,
          spanGaps: false,
          points: { show: s.kind === 'points' },
          paths: s.kind === 'bars' ? uPlot.paths.bars?.({ size: [0.7, 40] }) : s.kind === 'points' ? () => null : undefined,
          fill: s.kind === 'bars' ? (s.color ?? seriesColor(i)) : undefined,
        })),
      ],
      hooks: {
        drawClear: bands?.length
          ? [
              (u: uPlot) => {
                const ctx = u.ctx;
                for (const band of bands) {
                  const top = u.valToPos(band.to, 'y', true);
                  const bottom = u.valToPos(band.from, 'y', true);
                  ctx.fillStyle = band.color;
                  ctx.fillRect(u.bbox.left, top, u.bbox.width, bottom - top);
                }
              },
            ]
          : [],
        setSelect: [
          (u: uPlot) => {
            if (u.select.width > 0 && zoomed.current) {
              zoomed.current(u.posToVal(u.select.left, 'x'), u.posToVal(u.select.left + u.select.width, 'x'));
            }
          },
        ],
      },
    };
    plot.current = new uPlot(options, data as uPlot.AlignedData, element);
    const resize = new ResizeObserver(() => plot.current?.setSize({ width: Math.max(280, element.clientWidth), height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
  }, [data, series, bands, height, timeZone, unit]);

  const from = data[0][0];
  const to = data[0][data[0].length - 1];
  const label = `${title} in ${unit}, ${data[0].length} points${
    from !== undefined && to !== undefined
      ? ` from ${formatX(from, timeZone, false)} to ${formatX(to, timeZone, false)}`
      : ''
  }. The table below has the same data.`;
  return <div ref={host} className="chart-plot" role="img" aria-label={label} />;
}

const TABLE_ROWS = 1000;

function DataTable({ title, unit, timeZone, data, series, daily }: ChartProps) {
  const [open, setOpen] = useState(false);
  const rows: number[] = [];
  for (let i = 0; i < data[0].length && rows.length < TABLE_ROWS; i++) {
    if (series.some((_, s) => (data[s + 1]?.[i] ?? null) !== null)) {
      rows.push(i);
    }
  }
  return (
    <details className="chart-table" onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
      <summary>Show {title.toLowerCase()} as a table</summary>
      {open && (
        <table>
          <caption>
            {title} ({unit}){rows.length === TABLE_ROWS ? `: the first ${TABLE_ROWS} rows; download CSV for all` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">{daily ? 'Date' : 'Time'}</th>
              {series.map((s) => (
                <th scope="col" key={s.label}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((i) => (
              <tr key={data[0][i]}>
                <th scope="row">{formatX(data[0][i] ?? 0, timeZone, !daily)}</th>
                {series.map((s, k) => (
                  <td key={s.label}>{data[k + 1]?.[i] ?? '–'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

function formatX(seconds: number, timeZone: string, withTime: boolean): string {
  return new Intl.DateTimeFormat(undefined, {
    timeZone,
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(new Date(seconds * 1000));
}
