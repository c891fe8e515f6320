/**
 * Stand-in for the charts helper's calendar heatmap (branch h14-charts), only so that this branch compiles;
 * the integrator takes the charts helper's version. Same props.
 */
import type { ReactNode } from 'react';
import type { ChartState } from './Chart';

export interface CalendarHeatmapProps {
  id: string;
  title: string;
  unit: string;
  timeZone: string;
  days: { date: string; value: number | null }[];
  state: ChartState;
  empty?: ReactNode;
}

export function CalendarHeatmap({ id, title, unit, days, state, empty }: CalendarHeatmapProps) {
  const withValue = days.filter((day) => day.value !== null);
  return (
    <figure className="chart" data-chart={id} data-state={state} data-points={withValue.length}>
      <figcaption className="chart-title">
        {title} <span className="chart-unit">({unit})</span>
      </figcaption>
      {state === 'empty' && <div className="chart-message empty">{empty ?? 'No data in this range.'}</div>}
      {state === 'ready' && (
        <p>
          {withValue.length} of {days.length} days have a value.
        </p>
      )}
    </figure>
  );
}
