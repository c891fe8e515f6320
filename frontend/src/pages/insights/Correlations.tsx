import type { CorrelationPair, CorrelationsDetail, LagResult } from '../../api/insights';
import { formatLocalDate, formatNumber } from '../../format';
import { Scatter } from './Scatter';
import { ScrollRegion } from '../../components/ScrollRegion';

const STATUS_WORDS: Record<CorrelationPair['status'], string> = {
  finding: 'A relation stands out',
  'no-finding': 'No relation stands out',
  'insufficient-data': 'Too few paired days to test',
  'signal-missing': 'No data for one of the two',
  'signal-unavailable': 'One of the two could not be read',
};

/** The sentence that comes with every correlation, whatever the server's caveat says besides. */
export const NOT_CAUSATION = 'Correlation is not causation: a relation between two of your numbers does not show that one causes the other.';

export function lagWords(lag: number): string {
  if (lag === 0) return 'the same day';
  if (lag === 1) return 'the next day';
  return `${lag} days later`;
}

/** A p- or q-value as people can read it: "< 0.001" for tiny ones. */
export function formatP(p: number): string {
  if (p < 0.001) return '< 0.001';
  return formatNumber(p, 3);
}

function label(name: string | null, fallback: string, unit: string | null): string {
  return `${name ?? fallback}${unit ? ` (${unit})` : ''}`;
}

/** The tested lag with the smallest q-value, for the overview of all pairs. */
function bestLag(pair: CorrelationPair): LagResult | undefined {
  return pair.lags
    .filter((lag) => lag.rho !== null && lag.qValue !== null)
    .sort((a, b) => (a.qValue ?? 1) - (b.qValue ?? 1))[0];
}

const ROW = 26;

/** Every tested pair's strongest lag as rho with its 95 % interval on −1…1, with the numbers in a table. */
function PairsPlot({ pairs }: { pairs: CorrelationPair[] }) {
  const tested = pairs
    .map((pair) => ({ pair, lag: bestLag(pair) }))
    .filter((row): row is { pair: CorrelationPair; lag: LagResult } => row.lag !== undefined);
  const width = 320;
  const left = 20;
  const right = 20;
  const x = (rho: number) => left + ((rho + 1) / 2) * (width - left - right);
  const height = Math.max(1, tested.length) * ROW + 24;
  return (
    <figure
      className="chart"
      data-chart="insight-correlations"
      data-state={tested.length === 0 ? 'empty' : 'ready'}
      data-points={tested.length}
      aria-labelledby="insight-correlations-caption"
    >
      <figcaption id="insight-correlations-caption" className="chart-title">
        Strength of each tested pair (Spearman's rho with its 95 % interval)
      </figcaption>
      {tested.length === 0 ? (
        <p className="chart-message">No pair had the 20 paired days a test needs.</p>
      ) : (
        <>
          <svg
            viewBox={`0 0 ${width} ${height}`}
            className="scatter-plot"
            role="img"
            aria-label={`Rho of ${tested.length} tested pairs between −1 and 1. The table below has the same numbers.`}
          >
            <line x1={x(0)} y1={0} x2={x(0)} y2={height - 20} className="axis" />
            {[-1, -0.5, 0, 0.5, 1].map((t) => (
              <text key={t} x={x(t)} y={height - 6} textAnchor="middle" className="tick">
                {formatNumber(t, 1)}
              </text>
            ))}
            {tested.map(({ pair, lag }, i) => (
              <g key={`${pair.x}-${pair.y}`}>
                <line
                  x1={x(lag.ciLow ?? lag.rho ?? 0)}
                  x2={x(lag.ciHigh ?? lag.rho ?? 0)}
                  y1={i * ROW + 12}
                  y2={i * ROW + 12}
                  className={lag.significant ? 'interval significant' : 'interval'}
                />
                <circle cx={x(lag.rho ?? 0)} cy={i * ROW + 12} r={4} className={lag.significant ? 'dot significant' : 'dot'} />
              </g>
            ))}
          </svg>
          <ScrollRegion label="Rho of every tested pair">
            <table className="insight-table">
              <thead>
                <tr>
                  <th scope="col">Pair</th>
                  <th scope="col">Lag</th>
                  <th scope="col">rho (95 % interval)</th>
                  <th scope="col">n</th>
                  <th scope="col">Adjusted p</th>
                </tr>
              </thead>
              <tbody>
                {tested.map(({ pair, lag }) => (
                  <tr key={`${pair.x}-${pair.y}`}>
                    <th scope="row">
                      {pair.xLabel ?? pair.x} → {pair.yLabel ?? pair.y}
                    </th>
                    <td>{lagWords(lag.lag)}</td>
                    <td>
                      {formatNumber(lag.rho ?? 0, 2)} ({formatNumber(lag.ciLow ?? 0, 2)} to {formatNumber(lag.ciHigh ?? 0, 2)})
                    </td>
                    <td>{lag.n}</td>
                    <td>{formatP(lag.qValue ?? 1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </figure>
  );
}

export function CorrelationsView({ detail }: { detail: CorrelationsDetail }) {
  const findings = detail.pairs.filter((pair) => pair.finding !== null);
  return (
    <>
      <p className="caveat">
        <strong>{NOT_CAUSATION}</strong>
      </p>
      <p className="muted">
        {detail.tests} tests over {formatLocalDate(detail.from)} to {formatLocalDate(detail.to)}, each needing at least{' '}
        {detail.minimumPairs} paired days; p-values adjusted together (Benjamini–Hochberg, false discovery rate{' '}
        {formatNumber(detail.falseDiscoveryRate * 100)} %).
      </p>
      <PairsPlot pairs={detail.pairs} />
      {findings.length === 0 && <p>No relation stood out among your numbers.</p>}
      {findings.map((pair, index) => {
        const finding = pair.finding!;
        const xLabel = label(pair.xLabel, pair.x, pair.xUnit);
        const yLabel = label(pair.yLabel, pair.y, pair.yUnit);
        return (
          <article key={`${pair.x}-${pair.y}`} className="correlation" aria-labelledby={`correlation-${index + 1}-title`}>
            <h3 id={`correlation-${index + 1}-title`}>{finding.sentence}</h3>
            <dl className="facts">
              <div>
                <dt>Strength</dt>
                <dd>
                  {finding.strength} (rho {formatNumber(finding.rho, 2)})
                </dd>
              </div>
              <div>
                <dt>95 % interval</dt>
                <dd>
                  {formatNumber(finding.ciLow, 2)} to {formatNumber(finding.ciHigh, 2)}
                </dd>
              </div>
              <div>
                <dt>Paired days (n)</dt>
                <dd>{finding.n}</dd>
              </div>
              <div>
                <dt>Lag</dt>
                <dd>{lagWords(finding.lag)}</dd>
              </div>
              <div>
                <dt>Adjusted p (q)</dt>
                <dd>{formatP(finding.qValue)}</dd>
              </div>
            </dl>
            <Scatter
              id={`correlation-${index + 1}`}
              title={`${pair.xLabel ?? pair.x} and ${pair.yLabel ?? pair.y} ${lagWords(finding.lag)}`}
              points={finding.points}
              xLabel={xLabel}
              yLabel={yLabel}
            />
          </article>
        );
      })}
      <ScrollRegion label="Every pair and its result">
        <table className="insight-table">
          <caption>Every pair</caption>
          <thead>
            <tr>
              <th scope="col">Pair</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {detail.pairs.map((pair) => (
              <tr key={`${pair.x}-${pair.y}`}>
                <th scope="row">
                  {pair.xLabel ?? pair.x} → {pair.yLabel ?? pair.y}
                </th>
                <td>{STATUS_WORDS[pair.status] ?? pair.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
