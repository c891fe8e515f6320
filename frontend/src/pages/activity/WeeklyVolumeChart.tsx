import { useId, useMemo, useState } from 'react';
import { fetchAllActivities } from '../../api/activities';
import { ALL_ACTIVITIES_LIMIT } from '../../api/activities';
import type { Units } from '../../api/me';
import { Chart } from '../../charts/Chart';
import type { ChartSeries } from '../../charts/Chart';
import { errorText } from '../../charts/errors';
import { seriesColor } from '../../charts/palette';
import { EmptyState } from '../../components/EmptyState';
import { useResource } from '../../components/useResource';
import { formatLocalDate, formatNumber, formatSport } from '../../format';
import { stackedColumns, weeklyVolume } from './weeks';
import type { VolumeMeasure } from './weeks';
import { ScrollRegion } from '../../components/ScrollRegion';

function number(value: number | null): string {
  return value === null ? '–' : formatNumber(value, 1);
}

/**
 * Hours (or distance) per ISO week and sport over the chosen range, stacked. Computed here from every activity
 * of the range (paged with limit=500, at most 10,000 activities), by each activity's local date.
 */
export function WeeklyVolumeChart({ from, to, sport, units, timeZone }: {
  from: string;
  to: string;
  sport: string;
  units: Units;
  timeZone: string;
}) {
  const titleId = useId();
  const [measure, setMeasure] = useState<VolumeMeasure>('time');
  const [resource, retry] = useResource(
    () => fetchAllActivities({ from, to, sport: sport || undefined }),
    [from, to, sport],
  );
  const volume = useMemo(
    () => (resource.status === 'ready' ? weeklyVolume(resource.data.items, from, to, measure, units) : null),
    [resource, from, to, measure, units],
  );
  const chart = useMemo(() => {
    if (volume === null) return null;
    const data = stackedColumns(volume, timeZone);
    // Tallest stack first: each sport's segment shows in its own colour above the ones below it.
    const series: ChartSeries[] = volume.sports
      .map((_, k) => ({
        label: volume.sports.slice(0, k + 1).map(formatSport).join(' + '),
        kind: 'bars' as const,
        color: seriesColor(k),
      }))
      .reverse();
    return { data, series };
  }, [volume, timeZone]);
  const state =
    resource.status === 'loading'
      ? 'loading'
      : resource.status === 'error'
        ? 'error'
        : volume && volume.sports.length > 0
          ? 'ready'
          : 'empty';
  return (
    <section aria-labelledby={titleId} className="activity-section">
      <h2 id={titleId}>Weekly volume by sport</h2>
      <fieldset className="range-picker">
        <legend>Measure</legend>
        {(['time', 'distance'] as const).map((value) => (
          <label key={value} className={measure === value ? 'selected' : undefined}>
            <input
              type="radio"
              name={`${titleId}-measure`}
              value={value}
              checked={measure === value}
              onChange={() => setMeasure(value)}
            />
            {value === 'time' ? 'Time' : 'Distance'}
          </label>
        ))}
      </fieldset>
      <Chart
        id="activity-weekly-volume"
        title={measure === 'time' ? 'Hours per week' : 'Distance per week'}
        unit={volume?.unit ?? (measure === 'time' ? 'h' : units === 'imperial' ? 'mi' : 'km')}
        timeZone={timeZone}
        data={chart?.data ?? [[]]}
        series={chart?.series ?? []}
        state={state}
        daily
        empty={
          <EmptyState title="Connect Strava to see your activities" action={{ to: '/connections', label: 'Connect Strava' }}>
            <p>No activities in this range.</p>
          </EmptyState>
        }
        error={
          resource.status === 'error' ? (
            <>
              <p>{errorText(resource.error, 'The weekly volume')}</p>
              <button type="button" className="button" onClick={retry}>
                Try again
              </button>
            </>
          ) : undefined
        }
      />
      {volume && volume.sports.length > 0 && (
        <>
          <p className="hint">
            Bars are stacked: each colour adds one sport. Weeks run Monday to Sunday on each activity’s local date.
            {resource.status === 'ready' && resource.data.truncated
              ? ` Only the newest ${formatNumber(ALL_ACTIVITIES_LIMIT)} activities are counted; choose a shorter range.`
              : ''}
          </p>
          <details className="chart-table">
            <summary>Show each sport’s weekly volume as a table</summary>
            <ScrollRegion label="Weekly volume by sport">
              <table data-testid="weekly-volume-table">
                <caption>
                  {measure === 'time' ? 'Hours' : 'Distance'} per week by sport ({volume.unit})
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Week of</th>
                    {volume.sports.map((s) => (
                      <th scope="col" key={s}>
                        {formatSport(s)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {volume.weeks.map((week, i) =>
                    volume.sports.every((s) => volume.values[s]?.[i] == null) ? null : (
                      <tr key={week} data-week={week}>
                        <th scope="row">{formatLocalDate(week)}</th>
                        {volume.sports.map((s) => (
                          <td key={s}>{number(volume.values[s]?.[i] ?? null)}</td>
                        ))}
                      </tr>
                    ),
                  )}
                </tbody>
              </table>
            </ScrollRegion>
          </details>
        </>
      )}
    </section>
  );
}
