import type { ReactNode } from 'react';
import type { Insight, InsightDetails, InsightStatus } from '../api/insights';
import { fetchInsights } from '../api/insights';
import { EmptyState } from '../components/EmptyState';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { formatDateTime } from '../format';
import { useMe } from '../session/SessionContext';
import { browserTimeZone } from '../timeZones';
import { CorrelationsView } from './insights/Correlations';
import { formatLocalDate } from './insights/dates';
import {
  BaselinesView,
  BloodPressureView,
  EnergyBalanceView,
  SleepView,
  TrainingLoadView,
} from './insights/KindViews';
import './insights.css';

const STATUS_WORDS: Record<InsightStatus, { text: string; badge: string }> = {
  ok: { text: 'Finding', badge: 'badge-ok' },
  'insufficient-data': { text: 'Not enough data yet', badge: 'badge-warn' },
  unavailable: { text: 'Not available right now', badge: 'badge-muted' },
};

/** Every insight in plain language, with its strength, sample size and the data behind it. */
export function InsightsPage() {
  usePageTitle('Insights');
  const { settings } = useMe();
  const timeZone = settings.timeZone ?? browserTimeZone();
  const [insights, reload] = useResource(fetchInsights, []);
  return (
    <div className="insights">
      <h1>Insights</h1>
      {insights.status === 'loading' && (
        <p role="status" className="loading">
          Working out your insights…
        </p>
      )}
      {insights.status === 'error' && (
        <div role="alert" className="card error">
          <p>The insights could not be loaded: {insights.error.message}</p>
          <button type="button" className="button" onClick={reload}>
            Try again
          </button>
        </div>
      )}
      {insights.status === 'ready' && (
        <>
          <p className="muted">
            Computed {formatDateTime(insights.data.computedAt, timeZone)} for {formatLocalDate(insights.data.today)} from
            the data stored so far; they are worked out again when new data arrives.
          </p>
          {insights.data.insights.length === 0 && (
            <EmptyState title="No insights yet. Connect a source to get your first ones." />
          )}
          {insights.data.insights.map((insight) => (
            <InsightCard key={insight.kind} insight={insight} timeZone={timeZone} />
          ))}
        </>
      )}
    </div>
  );
}

function detailView(insight: Insight, timeZone: string): ReactNode {
  if (insight.detail === null || insight.detail === undefined) return null;
  switch (insight.kind) {
    case 'blood-pressure':
      return <BloodPressureView detail={insight.detail as InsightDetails['blood-pressure']} timeZone={timeZone} />;
    case 'training-load':
      return <TrainingLoadView detail={insight.detail as InsightDetails['training-load']} timeZone={timeZone} />;
    case 'baselines':
      return <BaselinesView detail={insight.detail as InsightDetails['baselines']} timeZone={timeZone} />;
    case 'energy-balance':
      return <EnergyBalanceView detail={insight.detail as InsightDetails['energy-balance']} timeZone={timeZone} />;
    case 'sleep':
      return <SleepView detail={insight.detail as InsightDetails['sleep']} timeZone={timeZone} />;
    case 'correlations':
      return <CorrelationsView detail={insight.detail as InsightDetails['correlations']} />;
    default:
      return null;
  }
}

const CONNECT_HINTS: Record<string, string> = {
  'blood-pressure': 'Upload a blood-pressure file or connect Dropbox.',
  'training-load': 'Connect Strava for activities and Fitbit for heart rate.',
  baselines: 'Connect Fitbit for resting heart rate and Dropbox for HRV recordings.',
  'energy-balance': 'Connect MyFitnessPal for what you eat and Fitbit for what you burn.',
  sleep: 'Connect Fitbit for your sleep.',
  correlations: 'Keep your sources syncing: a comparison needs at least 20 paired days.',
};

function InsightCard({ insight, timeZone }: { insight: Insight; timeZone: string }) {
  const titleId = `insight-${insight.kind}-title`;
  const status = STATUS_WORDS[insight.status] ?? STATUS_WORDS.unavailable;
  const missing = insight.missing ?? [];
  const title = insight.title === insight.kind ? insight.kind.replaceAll('-', ' ').replace(/^./, (c) => c.toUpperCase()) : insight.title;
  return (
    <section className="card insight" aria-labelledby={titleId} data-insight={insight.kind} data-status={insight.status}>
      <h2 id={titleId}>
        {title} <span className={`badge ${status.badge}`}>{status.text}</span>
      </h2>
      {insight.status === 'unavailable' ? (
        <p>This insight could not be worked out right now. Your data is safe; it will be tried again the next time you open this page.</p>
      ) : (
        <>
          <p className="insight-summary">{insight.summary}</p>
          {insight.status === 'insufficient-data' && missing.length > 0 && (
            <EmptyState title="What is missing" action={{ to: '/connections', label: 'Go to Connections' }}>
              <ul>
                {missing.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              {CONNECT_HINTS[insight.kind] && <p>{CONNECT_HINTS[insight.kind]}</p>}
            </EmptyState>
          )}
          {detailView(insight, timeZone)}
          {insight.status === 'ok' && missing.length > 0 && (
            <div className="insight-missing">
              <h3>Still missing</h3>
              <ul>
                {missing.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
          {insight.inputs.length > 0 && (
            <details className="insight-more">
              <summary>Data used and how it is computed</summary>
              <ul>
                {insight.inputs.map((input) => (
                  <li key={input.data}>
                    {input.data}: {input.count}
                    {input.from && input.to ? `, ${formatLocalDate(input.from)} to ${formatLocalDate(input.to)}` : ''}
                    {input.sources.length > 0 ? ` (${input.sources.join(', ')})` : ''}
                  </li>
                ))}
              </ul>
              {insight.formulas.length > 0 && (
                <ul className="formulas">
                  {insight.formulas.map((formula) => (
                    <li key={formula}>
                      <code>{formula}</code>
                    </li>
                  ))}
                </ul>
              )}
            </details>
          )}
        </>
      )}
    </section>
  );
}
