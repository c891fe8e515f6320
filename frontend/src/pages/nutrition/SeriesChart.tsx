import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { MetricName, MetricSeries } from '../../api/metrics';
import { Chart } from '../../charts/Chart';
import type { ChartBand, ChartSeries } from '../../charts/Chart';
import type { Columns } from '../../charts/columns';
import { EmptyState } from '../../components/EmptyState';
import type { DateRange } from '../../components/range';
import { useResource } from '../../components/useResource';
import { errorText } from '../activity/common';
import { fetchAll } from './series';

export interface Built {
  unit: string;
  data: Columns;
  series: ChartSeries[];
  bands?: ChartBand[];
}

export const CONNECT_MFP = 'Connect MyFitnessPal or import its export to see what you eat';

/** The empty state of every nutrition chart: what to connect, with the button. */
export function ConnectMyFitnessPal({ children }: { children?: ReactNode }) {
  return (
    <EmptyState title={CONNECT_MFP} action={{ to: '/connections', label: 'Connect MyFitnessPal' }}>
      {children}
    </EmptyState>
  );
}

/**
 * A section with one Chart over the page's range: loads `metrics` with `maxPoints` ≈ the pixel width, then
 * `build` turns them into columns (`null` when there is nothing to draw).
 */
export function SeriesChart({ id, heading, title, metrics, range, maxPoints, timeZone, build, before, after }: {
  id: string;
  heading: string;
  title: string;
  metrics: readonly MetricName[];
  range: DateRange;
  maxPoints: number;
  timeZone: string;
  build: (series: MetricSeries[]) => Built | null;
  before?: ReactNode;
  after?: (series: MetricSeries[]) => ReactNode;
}) {
  const headingId = useId();
  const [resource, retry] = useResource(
    () => fetchAll(metrics, range, maxPoints),
    [metrics.join(','), range.from, range.to, maxPoints],
  );
  const built = useMemo(() => (resource.status === 'ready' ? build(resource.data) : null), [resource, build]);
  const state =
    resource.status === 'loading' ? 'loading' : resource.status === 'error' ? 'error' : built ? 'ready' : 'empty';
  const fallbackUnit = resource.status === 'ready' ? (resource.data[0]?.unit ?? '') : '';
  return (
    <section aria-labelledby={headingId} className="nutrition-section">
      <h2 id={headingId}>{heading}</h2>
      {before}
      <Chart
        id={id}
        title={title}
        unit={built?.unit ?? fallbackUnit}
        timeZone={timeZone}
        data={built?.data ?? [[]]}
        series={built?.series ?? []}
        bands={built?.bands}
        state={state}
        daily
        empty={<ConnectMyFitnessPal>No values from {range.from} to {range.to}.</ConnectMyFitnessPal>}
        error={
          resource.status === 'error' ? (
            <>
              <p>{errorText(resource.error, `${heading} could not be loaded.`)}</p>
              <button type="button" className="button" onClick={retry}>
                Try again
              </button>
            </>
          ) : undefined
        }
      />
      {resource.status === 'ready' && built && after?.(resource.data)}
    </section>
  );
}
