import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import './chart.css';
import type { ChartState } from './Chart';
import { SEQUENTIAL } from './palette';
import { addDays, formatLocalDate, formatNumber } from './time';

export interface CalendarDay {
  /** A local date `YYYY-MM-DD`. */
  date: string;
  /** `null`: no data that day (drawn as an outline, never as 0). */
  value: number | null;
}

export interface CalendarHeatmapProps {
  /** Stable name, written as `data-chart`. */
  id: string;
  title: string;
  unit: string;
  /** The user's zone (the dates are already local dates there; kept for the caption and the API's symmetry). */
  timeZone: string;
  /** Usually a year of days, any order; missing dates are drawn as "no data". */
  days: CalendarDay[];
  state: ChartState;
  empty?: ReactNode;
  error?: ReactNode;
  /** Formats a value for the labels; defaults to the number and the unit. */
  formatValue?: (value: number) => string;
}

const CELL = 11;
const GAP = 2;
const STEP = CELL + GAP;
const LEFT = 28;
const TOP = 16;
const WEEKDAYS = ['Mon', '', 'Wed', '', 'Fri', '', ''];

/** Monday-based weekday of a date, 0 = Monday. */
function weekday(date: string): number {
  return (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
}

/** Which of the four colour steps a positive value takes, by its share of the largest value. */
export function level(value: number | null, max: number): number {
  if (value === null) return -1;
  if (value <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((value / max) * 4)));
}

/**
 * A year (or any span) of daily values as a calendar: weeks in columns from Monday, one square per day on
 * a colour-blind-safe sequential scale, each day labelled for screen readers ("29 Mar 2026: 45 min").
 */
export function CalendarHeatmap(props: CalendarHeatmapProps) {
  const { id, title, unit, days, state } = props;
  const titleId = useId();
  const format = props.formatValue ?? ((value: number) => `${formatNumber(value)} ${unit}`);
  const layout = useMemo(() => {
    const byDate = new Map(days.map((day) => [day.date, day.value]));
    const sorted = [...byDate.keys()].sort();
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    if (first === undefined || last === undefined) return null;
    const cells: { date: string; value: number | null; week: number; day: number }[] = [];
    const months: { week: number; label: string }[] = [];
    let max = 0;
    for (let date = first, index = weekday(first); date <= last; date = addDays(date, 1), index++) {
      const value = byDate.get(date) ?? null;
      if (value !== null && value > max) max = value;
      const week = Math.floor(index / 7);
      cells.push({ date, value, week, day: index % 7 });
      if (date.endsWith('-01') || date === first) {
        months.push({
          week,
          label: new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' }).format(
            new Date(`${date}T12:00:00Z`),
          ),
        });
      }
    }
    const weeks = (cells[cells.length - 1]?.week ?? 0) + 1;
    return { first, last, cells, months, max, weeks };
  }, [days]);

  const withValue = days.filter((day) => day.value !== null).length;
  return (
    <figure className="chart calendar-heatmap" data-chart={id} data-state={state} data-points={withValue} aria-labelledby={titleId}>
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
      {state === 'ready' && layout && (
        <>
          <div className="calendar-scroll">
            <svg
              className="calendar-svg"
              viewBox={`0 0 ${LEFT + layout.weeks * STEP} ${TOP + 7 * STEP}`}
              role="group"
              aria-label={`${title}, ${formatLocalDate(layout.first)} to ${formatLocalDate(layout.last)}: ${withValue} days with a value`}
            >
              {WEEKDAYS.map((label, day) =>
                label ? (
                  <text key={label} x={0} y={TOP + day * STEP + CELL - 1} className="calendar-label" aria-hidden="true">
                    {label}
                  </text>
                ) : null,
              )}
              {layout.months.map((month) => (
                <text key={`${month.week}-${month.label}`} x={LEFT + month.week * STEP} y={TOP - 5} className="calendar-label" aria-hidden="true">
                  {month.label}
                </text>
              ))}
              {layout.cells.map((cell) => {
                const step = level(cell.value, layout.max);
                const label = `${formatLocalDate(cell.date)}: ${cell.value === null ? 'no data' : format(cell.value)}`;
                return (
                  <rect
                    key={cell.date}
                    x={LEFT + cell.week * STEP}
                    y={TOP + cell.day * STEP}
                    width={CELL}
                    height={CELL}
                    rx={2}
                    role="img"
                    aria-label={label}
                    data-date={cell.date}
                    data-level={step}
                    className={step < 0 ? 'calendar-none' : undefined}
                    fill={step < 0 ? 'none' : SEQUENTIAL[step]}
                  >
                    <title>{label}</title>
                  </rect>
                );
              })}
            </svg>
          </div>
          <p className="calendar-legend" aria-hidden="true">
            <span>Less</span>
            {SEQUENTIAL.map((color) => (
              <span key={color} className="calendar-swatch" style={{ background: color }} />
            ))}
            <span>More</span>
            <span className="calendar-swatch calendar-none-swatch" /> <span>No data</span>
          </p>
        </>
      )}
      {state === 'ready' && !layout && <div className="chart-message empty">{props.empty ?? 'No data in this range.'}</div>}
    </figure>
  );
}
