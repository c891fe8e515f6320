import { useId } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { Resource } from '../components/useResource';
import './chart.css';

/** What a chart shows: a message while loading, on an error or without data, else the chart itself. */
export type ChartState = 'loading' | 'empty' | 'error' | 'ready';

/** A chart's state from what it loads: loading and error as they are, then ready or empty by `hasData`. */
export function chartState<T>(resource: Resource<T>, hasData: (data: T) => boolean): ChartState {
  return resource.status === 'ready' ? (hasData(resource.data) ? 'ready' : 'empty') : resource.status;
}

export interface ChartFrameProps {
  /** Stable name, written as `data-chart` (the browser tests wait for `data-state="ready"`). */
  id: string;
  title: string;
  /** Shown after the title in brackets; none when absent. */
  unit?: string;
  state: ChartState;
  /** Written as `data-points`. */
  points: number;
  /** Classes besides `chart`. */
  className?: string;
  figureRef?: RefObject<HTMLElement | null>;
  /** What the empty state says (what to connect, with the button); default `emptyText`. */
  empty?: ReactNode;
  emptyText?: string;
  /** A sentence for the error state; default "<title> could not be loaded.". */
  error?: ReactNode;
  /** The chart itself, shown only when ready. */
  children: ReactNode;
}

/**
 * The figure every chart shares: the title as its caption, `data-chart`/`data-state`/`data-points` for the
 * browser tests, and the loading, error and empty messages; the chart's own content only when ready.
 */
export function ChartFrame({
  id,
  title,
  unit,
  state,
  points,
  className,
  figureRef,
  empty,
  emptyText = 'No data in this range.',
  error,
  children,
}: ChartFrameProps) {
  const titleId = useId();
  return (
    <figure
      ref={figureRef}
      className={className ? `chart ${className}` : 'chart'}
      data-chart={id}
      data-state={state}
      data-points={points}
      aria-labelledby={titleId}
    >
      <figcaption id={titleId} className="chart-title">
        {title}
        {unit !== undefined && (
          <>
            {' '}
            <span className="chart-unit">({unit})</span>
          </>
        )}
      </figcaption>
      {state === 'loading' && (
        <p role="status" className="chart-message loading">
          Loading {title.toLowerCase()}…
        </p>
      )}
      {state === 'error' && (
        <div role="alert" className="chart-message error">
          {error ?? `${title} could not be loaded.`}
        </div>
      )}
      {state === 'empty' && <ChartEmpty>{empty ?? emptyText}</ChartEmpty>}
      {state === 'ready' && children}
    </figure>
  );
}

/** The empty message inside a chart's figure (also for a ready chart with nothing to draw). */
export function ChartEmpty({ children }: { children: ReactNode }) {
  return <div className="chart-message empty">{children}</div>;
}
