import { useMemo } from 'react';
import type { BloodPressureDetail, PeriodAverage, ProtocolWeek } from '../../api/insights';
import { Chart } from '../../charts/Chart';
import type { ChartSeries } from '../../charts/Chart';
import type { Columns } from '../../charts/columns';
import { formatLocalDate, formatNumber } from '../../format';
import { CATEGORY_LABELS, CATEGORY_ORDER, CATEGORY_RULES } from './category';
import { ScrollRegion } from '../../components/ScrollRegion';

/** "4 of 7 days, 9 readings; 3 more mornings needed", or that the week is complete. */
export function protocolWords(protocol: ProtocolWeek): string {
  if (protocol.validWeekComplete || !protocol.missing) {
    return `Complete: ${protocol.daysWithReadings} of 7 days, ${protocol.readings} ${protocol.readings === 1 ? 'reading' : 'readings'}.`;
  }
  return protocol.missing;
}

function averageText(average: PeriodAverage): string {
  if (average.count === 0 || average.systolic === null || average.diastolic === null) {
    return 'No readings';
  }
  const category = average.category ? ` – ${CATEGORY_LABELS[average.category]}` : '';
  return `${formatNumber(average.systolic, 1)}/${formatNumber(average.diastolic, 1)} mmHg${category} (${average.count} ${
    average.count === 1 ? 'reading' : 'readings'
  })`;
}

export function ProtocolSection({ protocol }: { protocol: ProtocolWeek }) {
  return (
    <>
      <p className="protocol-status" data-testid="bp-protocol">
        <strong>{protocolWords(protocol)}</strong>
      </p>
      <p className="muted">
        The week of {formatLocalDate(protocol.from)} to {formatLocalDate(protocol.to)}: day 1 is left out, then the first
        two readings of each morning and evening count; a valid week has readings on all 7 days and at least 12 readings
        on days 2–7.
      </p>
      <dl className="facts">
        <div>
          <dt>Home average (days 2–7)</dt>
          <dd>{averageText(protocol.average)}</dd>
        </div>
        {protocol.thresholds.map((threshold) => (
          <div key={threshold.label}>
            <dt>
              {threshold.label} ({threshold.systolic}/{threshold.diastolic})
            </dt>
            <dd>
              {threshold.atOrAbove === null ? 'No average yet' : threshold.atOrAbove ? 'At or above' : 'Below'}
            </dd>
          </div>
        ))}
      </dl>
      <ScrollRegion label="Readings per day of the week">
        <table className="bp-table">
          <caption>Readings per day of the week</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Date</th>
              <th scope="col">Mornings</th>
              <th scope="col">Evenings</th>
            </tr>
          </thead>
          <tbody>
            {protocol.days.map((day) => (
              <tr key={day.date}>
                <th scope="row">
                  {day.day}
                  {day.discarded ? ' (not counted)' : ''}
                </th>
                <td>{formatLocalDate(day.date)}</td>
                <td>{day.morning}</td>
                <td>{day.evening}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

const MORNING_EVENING_SERIES: ChartSeries[] = [
  { label: 'Morning systolic', kind: 'points', color: '#0072B2' },
  { label: 'Evening systolic', kind: 'points', color: '#D55E00' },
  { label: 'Morning diastolic', kind: 'points', color: '#56B4E9' },
  { label: 'Evening diastolic', kind: 'points', color: '#E69F00' },
];

export function MorningEveningSection({ detail, timeZone }: { detail: BloodPressureDetail; timeZone: string }) {
  const data = useMemo<Columns>(() => {
    const rows = detail.readings.filter((reading) => reading.dayPart !== 'other');
    const x = rows.map((reading) => Date.parse(reading.instant) / 1000);
    const pick = (part: string, key: 'systolic' | 'diastolic') =>
      rows.map((reading) => (reading.dayPart === part ? reading[key] : null));
    return [x, pick('morning', 'systolic'), pick('evening', 'systolic'), pick('morning', 'diastolic'), pick('evening', 'diastolic')];
  }, [detail]);
  return (
    <>
      <ScrollRegion label="Averages of the last 30 days">
        <table className="bp-table">
          <caption>Averages of the last 30 days</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Average</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Mornings (04:00–11:59)</th>
              <td>{averageText(detail.morning)}</td>
            </tr>
            <tr>
              <th scope="row">Evenings (17:00–23:59)</th>
              <td>{averageText(detail.evening)}</td>
            </tr>
            <tr>
              <th scope="row">Last 7 days</th>
              <td>{averageText(detail.last7)}</td>
            </tr>
            <tr>
              <th scope="row">Last 30 days</th>
              <td>{averageText(detail.last30)}</td>
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
      <Chart
        id="bp-morning-evening"
        title="Morning and evening readings, last 30 days"
        unit="mmHg"
        timeZone={timeZone}
        data={data}
        series={MORNING_EVENING_SERIES}
        state={data[0].length === 0 ? 'empty' : 'ready'}
        empty="No morning or evening readings in the last 30 days."
        height={200}
      />
    </>
  );
}

export function DistributionSection({ detail }: { detail: BloodPressureDetail }) {
  const total = CATEGORY_ORDER.reduce((sum, category) => sum + (detail.distribution[category] ?? 0), 0);
  return (
    <ScrollRegion label="Readings by category">
      <table className="bp-table bp-distribution">
        <caption>Readings of the last 30 days by category ({total} in all)</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Limits (mmHg)</th>
            <th scope="col">Readings</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {CATEGORY_ORDER.map((category) => {
            const count = detail.distribution[category] ?? 0;
            const share = total === 0 ? 0 : (count / total) * 100;
            return (
              <tr key={category}>
                <th scope="row">{CATEGORY_LABELS[category]}</th>
                <td>{CATEGORY_RULES[category]}</td>
                <td>{count}</td>
                <td>
                  <span className="share-bar" aria-hidden="true">
                    <span className={`share-fill bp-${category}`} style={{ width: `${share}%` }} />
                  </span>{' '}
                  {formatNumber(share)} %
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
