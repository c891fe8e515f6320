import { useId } from 'react';
import type { PairedDay } from '../../api/insights';
import { formatNumber } from '../overview/numbers';
import { formatLocalDate } from './dates';

const WIDTH = 320;
const HEIGHT = 220;
const PAD = { left: 48, right: 12, top: 10, bottom: 38 };

function ticks(min: number, max: number): number[] {
  if (min === max) return [min];
  return [0, 1, 2, 3].map((i) => min + ((max - min) * i) / 3);
}

/**
 * The paired days behind a correlation as a small scatter (SVG: a few hundred points at most), with the same pairs
 * as a table for screen readers. Written as a chart figure (`data-chart`, `data-state`) like the uPlot charts.
 */
export function Scatter({
  id,
  title,
  points,
  xLabel,
  yLabel,
}: {
  id: string;
  title: string;
  points: PairedDay[];
  xLabel: string;
  yLabel: string;
}) {
  const titleId = useId();
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  const yMin = Math.min(...ys);
  const yMax = Math.max(...ys);
  const sx = (v: number) =>
    PAD.left + (xMax === xMin ? 0.5 : (v - xMin) / (xMax - xMin)) * (WIDTH - PAD.left - PAD.right);
  const sy = (v: number) =>
    HEIGHT - PAD.bottom - (yMax === yMin ? 0.5 : (v - yMin) / (yMax - yMin)) * (HEIGHT - PAD.top - PAD.bottom);
  const state = points.length === 0 ? 'empty' : 'ready';
  return (
    <figure className="chart scatter" data-chart={id} data-state={state} data-points={points.length} aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart-title">
        {title}
      </figcaption>
      {points.length === 0 ? (
        <p className="chart-message">No paired days.</p>
      ) : (
        <>
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            className="scatter-plot"
            role="img"
            aria-label={`${points.length} paired days: ${xLabel} across, ${yLabel} up. The table below has the same data.`}
          >
            <line x1={PAD.left} y1={HEIGHT - PAD.bottom} x2={WIDTH - PAD.right} y2={HEIGHT - PAD.bottom} className="axis" />
            <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={HEIGHT - PAD.bottom} className="axis" />
            {ticks(xMin, xMax).map((t) => (
              <text key={`x${t}`} x={sx(t)} y={HEIGHT - PAD.bottom + 12} textAnchor="middle" className="tick">
                {formatNumber(t, 1)}
              </text>
            ))}
            {ticks(yMin, yMax).map((t) => (
              <text key={`y${t}`} x={PAD.left - 4} y={sy(t) + 3} textAnchor="end" className="tick">
                {formatNumber(t, 1)}
              </text>
            ))}
            <text x={(PAD.left + WIDTH - PAD.right) / 2} y={HEIGHT - 4} textAnchor="middle" className="axis-label">
              {xLabel}
            </text>
            {points.map((p) => (
              <circle key={`${p.xDate}-${p.yDate}`} cx={sx(p.x)} cy={sy(p.y)} r={3} className="dot" />
            ))}
          </svg>
          <p className="scatter-y-label muted">Up: {yLabel}</p>
          <details className="chart-table">
            <summary>Show the paired days as a table</summary>
            <table>
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">Day of {xLabel}</th>
                  <th scope="col">{xLabel}</th>
                  <th scope="col">Day of {yLabel}</th>
                  <th scope="col">{yLabel}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={`${p.xDate}-${p.yDate}`}>
                    <th scope="row">{formatLocalDate(p.xDate)}</th>
                    <td>{formatNumber(p.x, 1)}</td>
                    <td>{formatLocalDate(p.yDate)}</td>
                    <td>{formatNumber(p.y, 1)}</td>
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
