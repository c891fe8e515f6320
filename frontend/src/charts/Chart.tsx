import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './chart.css';
import { formatTicks, formatTooltipTime, formatValue } from './axes';
import type { Columns } from './columns';
import { seriesColor, withAlpha } from './palette';

export interface ChartSeries {
  label: string;
  /** Drawn as a line (default), bars, or points only. */
  kind?: 'line' | 'bars' | 'points';
  color?: string;
  /**
   * This column is the lower (`min`) or upper (`max`) edge of a filled band around the series at index
   * `of` (the API's min/max of a downsampled bucket). Band edges are not drawn as lines.
   */
  band?: 'min' | 'max';
  /** The index (in `series`) of the series a `band` edge belongs to; default the series before it. */
  of?: number;
  /** Decimals shown in the tooltip and the table (default 1). */
  digits?: number;
}

/** Horizontal bands behind the data: a normal range, the ACC/AHA categories. */
export interface ChartBand {
  label: string;
  from: number;
  to: number;
  color: string;
  /** Widens the y axis so the whole band stays in sight (a normal range); off for wide category bands. */
  keepInView?: boolean;
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
  /**
   * Called after the user zooms or pans (drag-select, the buttons, the keys) with the new x range in epoch
   * seconds, so the page can ask for finer data for that window.
   */
  onZoom?: (fromSeconds: number, toSeconds: number) => void;
  /** Called by "Reset zoom"; a page that fetched finer data goes back to its own range here. */
  onResetZoom?: () => void;
  /** The page shows a zoomed window (after a refetch): keeps "Reset zoom" visible. */
  zoomed?: boolean;
  /** The x window shown (epoch seconds), e.g. a whole day from midnight to midnight; default the data's extent. */
  xRange?: [number, number];
  /** Day-level data: the table and the tooltip show dates instead of date and time. */
  daily?: boolean;
  /** The x axis' label; default "Time (<zone>)", or "Date" for daily data. */
  xLabel?: string;
  /** Tooltip times to the second (raw samples); default when the shown window is at most an hour. */
  seconds?: boolean;
}

/**
 * A time-series chart on uPlot (smooth with 100,000 points: React never touches the points) with a title,
 * units, axis labels, a live legend as the tooltip, zoom (drag, +/−), pan (buttons, arrow keys), min/max
 * bands, gaps drawn as gaps, and the same data as a table for screen readers.
 *
 * After the first draw of each data set it calls `performance.mark('chart-drawn:<id>')` and writes
 * `data-draw-ms` (time from data in hand to drawn) on the figure.
 */
export function Chart(props: ChartProps) {
  const { id, title, unit, state, data } = props;
  const titleId = useId();
  const figure = useRef<HTMLElement>(null);
  const points = data[0].length;
  return (
    <figure
      ref={figure}
      className="chart"
      data-chart={id}
      data-state={state}
      data-points={points}
      aria-labelledby={titleId}
    >
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
          <Plot {...props} figure={figure} />
          {props.bands && props.bands.length > 0 && <BandLegend bands={props.bands} />}
          <DataTable {...props} />
        </>
      )}
    </figure>
  );
}

/** The extent of the x column, or `undefined` without points. */
function extent(data: Columns): [number, number] | undefined {
  const xs = data[0];
  const first = xs[0];
  const last = xs[xs.length - 1];
  return first === undefined || last === undefined ? undefined : [first, last];
}

/** The series a band edge belongs to: `of`, else the line before `[line, min, max]`. */
function ownerOf(series: ChartSeries[], index: number): number {
  const s = series[index];
  return s?.of ?? Math.max(0, index - (s?.band === 'max' ? 2 : 1));
}

/**
 * The window a chart shows before any zoom: the page's `xRange`, else the data's extent; daily data with
 * half a day of room on each side (the first and last bar whole), a single instant with half an hour.
 */
function homeWindow(props: ChartProps): [number, number] | undefined {
  if (props.xRange) return props.xRange;
  const span = extent(props.data);
  if (!span) return undefined;
  if (props.daily) return [span[0] - 43200, span[1] + 43200];
  return span[0] === span[1] ? [span[0] - 1800, span[1] + 1800] : span;
}

/** The uPlot series indices (1-based) of each band's upper and lower edge, and its colour. */
function bandPairs(series: ChartSeries[]): { upper: number; lower: number; color: string }[] {
  const pairs: { upper: number; lower: number; color: string }[] = [];
  series.forEach((s, i) => {
    if (s.band !== 'max') return;
    const owner = ownerOf(series, i);
    const lower = series.findIndex((t, k) => t.band === 'min' && ownerOf(series, k) === owner);
    if (lower >= 0) {
      pairs.push({ upper: i + 1, lower: lower + 1, color: series[owner]?.color ?? seriesColor(owner) });
    }
  });
  return pairs;
}

function seriesOptions(series: ChartSeries[], unit: string): uPlot.Series[] {
  return series.map((s, i) => {
    const color = s.color ?? (s.band ? (series[ownerOf(series, i)]?.color ?? seriesColor(ownerOf(series, i))) : seriesColor(i));
    const value = (_u: uPlot, v: number | null) => formatValue(v, unit, s.digits ?? 1);
    if (s.band) {
      return { label: s.label, stroke: withAlpha(color, 0.45), width: 0, spanGaps: false, points: { show: false }, value };
    }
    const options: uPlot.Series = { label: s.label, stroke: color, width: 1.5, spanGaps: false, value };
    if (s.kind === 'bars') {
      options.paths = uPlot.paths.bars?.({ size: [0.7, 40] });
      options.fill = color;
      options.points = { show: false };
    } else if (s.kind === 'points') {
      options.paths = () => null;
      options.points = { show: true, size: 5, fill: color };
    }
    return options;
  });
}

/**
 * The y scale: bars start at 0, and bands marked `keepInView` (a normal range) stay in sight even when
 * every value lies outside them.
 */
function yScale(bands: ChartBand[] | undefined, series: ChartSeries[]): uPlot.Scale {
  const keep = (bands ?? []).filter((b) => b.keepInView);
  const zeroBased = series.some((s) => s.kind === 'bars');
  if (keep.length === 0 && !zeroBased) return {};
  return {
    range: (_u: uPlot, min: number | null, max: number | null): uPlot.Range.MinMax => {
      const lows = [...keep.map((b) => b.from), ...(min === null ? [] : [min]), ...(zeroBased ? [0] : [])];
      const highs = [...keep.map((b) => b.to), ...(max === null ? [] : [max])];
      if (highs.length === 0) return [0, 1];
      const low = Math.min(...lows);
      const high = Math.max(...highs);
      const pad = (high - low) * 0.05 || 1;
      return [zeroBased && low >= 0 ? Math.max(0, low - pad) : low - pad, high + pad];
    },
  };
}

const DAY = 86400;
const DAILY_INCRS = [1, 2, 3, 4, 5, 7, 14].map((d) => d * DAY).concat([1, 2, 3, 4, 6].map((m) => m * 30 * DAY), [1, 2, 5, 10].map((y) => y * 365 * DAY));

type PlotProps = ChartProps & { figure: RefObject<HTMLElement | null> };

function Plot(props: PlotProps) {
  const { id, title, unit, timeZone, data, series, bands, height = 260, daily, xRange, figure } = props;
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const latest = useRef(props);
  latest.current = props;
  /** `performance.now()` when data was handed to uPlot and not yet drawn. */
  const pending = useRef<number | null>(null);
  const builtFor = useRef<string | undefined>(undefined);
  const [zoomedHere, setZoomedHere] = useState(false);
  /** The window last asked for by a key or button, until uPlot has drawn it (keys may come faster). */
  const asked = useRef<[number, number] | null>(null);

  const config = useMemo(
    () => JSON.stringify({ series, bands, height, timeZone, unit, daily, xLabel: props.xLabel, seconds: props.seconds }),
    [series, bands, height, timeZone, unit, daily, props.xLabel, props.seconds],
  );

  /** The window "Reset zoom" goes back to. */
  const home = useCallback((): [number, number] | undefined => homeWindow(latest.current), []);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    pending.current = performance.now();
    if (plot.current && builtFor.current === config) {
      // Scales reset through the x scale's range: the page's window, else the data (daily: with room).
      plot.current.setData(data as uPlot.AlignedData, true);
      setZoomedHere(false);
      return;
    }
    plot.current?.destroy();
    builtFor.current = config;
    const precision = (u: uPlot): 'day' | 'minute' | 'second' => {
      if (latest.current.daily) return 'day';
      if (latest.current.seconds) return 'second';
      const { min, max } = u.scales.x ?? {};
      return min !== undefined && max !== undefined && max - min <= 3600 ? 'second' : 'minute';
    };
    const options: uPlot.Options = {
      width: Math.max(280, element.clientWidth),
      height,
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), timeZone),
      cursor: { drag: { x: true, y: false, setScale: true } },
      scales: {
        // uPlot asks this for every x scale change; only its own auto-scaling (to the data's extent, after
        // data is set) is replaced, by the home window. Zoom and pan pass through unchanged.
        x: {
          time: true,
          range: (_u: uPlot, min: number | null, max: number | null): uPlot.Range.MinMax => {
            const p = latest.current;
            const xs = p.data[0];
            const first = xs[0];
            const auto = xs.length === 0 || (min === first && (max === xs[xs.length - 1] || xs.length === 1));
            return auto ? (homeWindow(p) ?? [min, max]) : [min, max];
          },
        },
        y: yScale(bands, series),
      },
      legend: { live: true },
      axes: [
        {
          label: props.xLabel ?? (daily ? 'Date' : `Time (${timeZone})`),
          values: (_u, splits, _axis, _space, incr) => formatTicks(splits, incr, timeZone),
          // Daily data has no ticks between days.
          ...(daily ? { incrs: DAILY_INCRS } : {}),
        },
        { label: unit, size: 60 },
      ],
      series: [
        {
          label: daily ? 'Date' : 'Time',
          value: (u: uPlot, v: number | null) => (v === null || v === undefined ? '–' : formatTooltipTime(v, timeZone, precision(u))),
        },
        ...seriesOptions(series, unit),
      ],
      bands: bandPairs(series).map((pair) => ({ series: [pair.upper, pair.lower], fill: withAlpha(pair.color, 0.2) })),
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
        draw: [
          () => {
            if (pending.current === null) return;
            const ms = performance.now() - pending.current;
            pending.current = null;
            figure.current?.setAttribute('data-draw-ms', ms.toFixed(1));
            if (typeof performance.mark === 'function') performance.mark(`chart-drawn:${id}`);
          },
        ],
        setSelect: [
          (u: uPlot) => {
            const onZoom = latest.current.onZoom;
            if (u.select.width > 0 && onZoom) {
              onZoom(u.posToVal(u.select.left, 'x'), u.posToVal(u.select.left + u.select.width, 'x'));
            }
          },
        ],
        setScale: [
          (u: uPlot, key: string) => {
            if (key !== 'x') return;
            asked.current = null;
            const span = home();
            const { min, max } = u.scales.x ?? {};
            if (span && min !== undefined && max !== undefined) {
              setZoomedHere(Math.abs(min - span[0]) > 0.5 || Math.abs(max - span[1]) > 0.5);
            }
          },
        ],
      },
    };
    plot.current = new uPlot(options, data as uPlot.AlignedData, element);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [config, data, xRange?.[0], xRange?.[1]]);

  useEffect(() => {
    const element = host.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const resize = new ResizeObserver(() =>
      plot.current?.setSize({ width: Math.max(280, element.clientWidth), height: latest.current.height ?? 260 }),
    );
    resize.observe(element);
    return () => resize.disconnect();
  }, []);

  useEffect(
    () => () => {
      plot.current?.destroy();
      plot.current = null;
      builtFor.current = undefined;
    },
    [],
  );

  /** Shows `[min, max]` and tells the page, which may fetch finer data for it. */
  const show = useCallback((min: number, max: number) => {
    const u = plot.current;
    if (!u || !(max > min)) return;
    asked.current = [min, max];
    u.setScale('x', { min, max });
    latest.current.onZoom?.(min, max);
  }, []);

  const current = (): [number, number] | undefined => {
    if (asked.current) return asked.current;
    const { min, max } = plot.current?.scales.x ?? {};
    return min !== undefined && max !== undefined && min !== null && max !== null ? [min, max] : home();
  };

  const pan = (direction: -1 | 1) => {
    const span = current();
    if (!span) return;
    const step = (span[1] - span[0]) / 4;
    show(span[0] + direction * step, span[1] + direction * step);
  };

  const zoom = (factor: number) => {
    const span = current();
    if (!span) return;
    const middle = (span[0] + span[1]) / 2;
    let half = ((span[1] - span[0]) / 2) * factor;
    const limit = home();
    // Without a page to fetch more, zooming out stops at the data.
    if (factor > 1 && limit && !latest.current.onZoom) half = Math.min(half, (limit[1] - limit[0]) / 2);
    show(middle - half, middle + half);
  };

  const reset = () => {
    const span = home();
    if (span) plot.current?.setScale('x', { min: span[0], max: span[1] });
    setZoomedHere(false);
    latest.current.onResetZoom?.();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const actions: Record<string, () => void> = {
      ArrowLeft: () => pan(-1),
      ArrowRight: () => pan(1),
      '+': () => zoom(0.5),
      '=': () => zoom(0.5),
      '-': () => zoom(2),
      _: () => zoom(2),
      '0': reset,
      Home: reset,
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const span = extent(data);
  const label = `${title} in ${unit}, ${data[0].length} points${
    span
      ? ` from ${formatTooltipTime(span[0], timeZone, daily ? 'day' : 'minute')} to ${formatTooltipTime(span[1], timeZone, daily ? 'day' : 'minute')}`
      : ''
  }. Arrow keys pan, plus and minus zoom, 0 resets. The table below has the same data.`;
  const zoomedNow = zoomedHere || props.zoomed === true;
  return (
    <>
      <div className="chart-controls" role="group" aria-label={`Zoom and pan ${title.toLowerCase()}`}>
        <button type="button" className="chart-button" aria-label="Pan earlier" onClick={() => pan(-1)}>
          ←
        </button>
        <button type="button" className="chart-button" aria-label="Pan later" onClick={() => pan(1)}>
          →
        </button>
        <button type="button" className="chart-button" aria-label="Zoom in" onClick={() => zoom(0.5)}>
          +
        </button>
        <button type="button" className="chart-button" aria-label="Zoom out" onClick={() => zoom(2)}>
          −
        </button>
        {zoomedNow && (
          <button type="button" className="chart-button" onClick={reset}>
            Reset zoom
          </button>
        )}
      </div>
      <div
        ref={host}
        className="chart-plot"
        role="img"
        tabIndex={0}
        aria-label={label}
        onKeyDown={onKeyDown}
      />
    </>
  );
}

function BandLegend({ bands }: { bands: ChartBand[] }) {
  return (
    <ul className="chart-band-legend">
      {bands.map((band) => (
        <li key={band.label}>
          <span className="chart-swatch" style={{ background: band.color }} aria-hidden="true" />
          {band.label}
        </li>
      ))}
    </ul>
  );
}

const TABLE_ROWS = 1000;

function DataTable(props: ChartProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-table" onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
      <summary>Show {props.title.toLowerCase()} as a table</summary>
      {open && <TableRows {...props} />}
    </details>
  );
}

/** Rendered only while the table is open, and at most {@link TABLE_ROWS} rows. */
function TableRows({ title, unit, timeZone, data, series, daily, seconds }: ChartProps) {
  const rows: number[] = [];
  let withValue = 0;
  for (let i = 0; i < data[0].length; i++) {
    if (series.some((_, s) => (data[s + 1]?.[i] ?? null) !== null)) {
      withValue++;
      if (rows.length < TABLE_ROWS) rows.push(i);
    }
  }
  const precision = daily ? 'day' : seconds ? 'second' : 'minute';
  return (
    <table>
      <caption>
        {title} ({unit})
        {withValue > TABLE_ROWS ? `: the first ${TABLE_ROWS} of ${withValue} rows; zoom in or download CSV for all` : ''}
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
          <tr key={i}>
            <th scope="row">{formatTooltipTime(data[0][i] ?? 0, timeZone, precision)}</th>
            {series.map((s, k) => (
              <td key={s.label}>{formatValue(data[k + 1]?.[i], unit, s.digits ?? 1)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The three series of a downsampled metric: the mean line and the band between its min and max. */
export function withMinMax(label: string, color?: string, index = 0): ChartSeries[] {
  return [
    { label, color },
    { label: `${label} (min)`, band: 'min', of: index, color },
    { label: `${label} (max)`, band: 'max', of: index, color },
  ];
}
