import { configure, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CorrelationsDetail, Insight, Insights, TrainingLoadDetail } from '../api/insights';
import { DANA, json, problem, stubApi } from '../test/http';
import { renderApp } from '../test/render';
import { seriousViolations } from './overview/axeCheck';
import { FakeResizeObserver } from './overview/uplotMock';

vi.mock('uplot', () => import('./overview/uplotMock'));

// The page's chunk loads lazily; on a busy machine the first load can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20000 });

const CORRELATIONS: CorrelationsDetail = {
  from: '2025-10-01',
  to: '2026-03-29',
  minimumPairs: 20,
  falseDiscoveryRate: 0.05,
  correction: 'benjamini-hochberg',
  tests: 28,
  pairs: [
    {
      x: 'sodium',
      xLabel: 'sodium intake',
      xUnit: 'mg',
      y: 'morning-systolic',
      yLabel: 'morning systolic pressure',
      yUnit: 'mmHg',
      status: 'finding',
      lags: [
        { lag: 0, n: 120, rho: 0.04, pValue: 0.66, qValue: 0.93, ciLow: -0.14, ciHigh: 0.22, strength: 'negligible', significant: false },
        { lag: 1, n: 119, rho: 0.62, pValue: 1.2e-12, qValue: 3.4e-11, ciLow: 0.48, ciHigh: 0.73, strength: 'strong', significant: true },
      ],
      finding: {
        lag: 1,
        n: 119,
        rho: 0.62,
        pValue: 1.2e-12,
        qValue: 3.4e-11,
        ciLow: 0.48,
        ciHigh: 0.73,
        strength: 'strong',
        sentence: 'On days after a higher sodium intake, your morning systolic pressure tends to be higher.',
        points: [
          { xDate: '2026-03-27', yDate: '2026-03-28', x: 2810, y: 141.5 },
          { xDate: '2026-03-28', yDate: '2026-03-29', x: 1900, y: 128 },
          { xDate: '2026-03-29', yDate: '2026-03-30', x: 2300, y: 133 },
        ],
      },
    },
    {
      x: 'training-load',
      xLabel: null,
      xUnit: null,
      y: 'rmssd',
      yLabel: 'RMSSD',
      yUnit: 'ms',
      status: 'signal-missing',
      lags: [],
      finding: null,
    },
  ],
  caveat: 'Correlation is not causation: …',
};

const TRAINING: TrainingLoadDetail = {
  from: '2025-12-30',
  to: '2026-03-29',
  heartRate: {
    estimated: true,
    max: { bpm: 190, estimated: true, from: 'activity-max-heart-rate', date: '2026-03-01' },
    resting: { bpm: 50, estimated: true, from: 'resting-heart-rate-30-day-median', date: '2026-03-20' },
  },
  model: { trimpFormula: 'male', a: 0.64, b: 1.92, fitnessDays: 42, fatigueDays: 7, warmUpFrom: '2025-08-26' },
  current: { date: '2026-03-29', fitness: 30.2, fatigue: 41.5, form: -11.3 },
  days: [],
  series: [
    { date: '2026-03-27', fitness: 30, fatigue: 40, form: -9 },
    { date: '2026-03-29', fitness: 30.2, fatigue: 41.5, form: -11.3 },
  ],
  activities: [],
};

function insight(kind: string, title: string, overrides: Partial<Insight>): Insight {
  return { kind, title, status: 'ok', summary: `${title} summary.`, formulas: ['f = 1'], inputs: [], missing: [], detail: null, ...overrides };
}

const INSIGHTS: Insights = {
  zone: 'Europe/Berlin',
  today: '2026-03-29',
  computedAt: '2026-03-29T10:00:00Z',
  insights: [
    insight('blood-pressure', 'Blood pressure', {
      status: 'insufficient-data',
      missing: ['Blood-pressure readings: none in the last 30 days.'],
    }),
    insight('training-load', 'Training load', {
      detail: TRAINING,
      inputs: [{ data: 'activities', from: '2026-01-01', to: '2026-03-29', count: 14, sources: ['strava/api'] }],
    }),
    insight('sleep', 'sleep', { status: 'unavailable', summary: 'This insight could not be computed right now; it will be tried again.' }),
    insight('correlations', 'Correlations', { detail: CORRELATIONS, missing: ['Alcohol: MyFitnessPal records no alcohol.'] }),
  ],
};

describe('InsightsPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-29T12:00:00Z'));
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows every kind with its status in plain words', async () => {
    stubApi({ 'GET /api/me': () => json(DANA), 'GET /api/insights': () => json(INSIGHTS) });

    renderApp('/insights');

    const bp = await screen.findByRole('region', { name: /Blood pressure/ });
    expect(within(bp).getByText('Not enough data yet')).toBeInTheDocument();
    expect(within(bp).getByText('Blood-pressure readings: none in the last 30 days.')).toBeInTheDocument();
    expect(within(bp).getByRole('link', { name: 'Go to Connections' })).toHaveAttribute('href', '/connections');

    const sleep = screen.getByRole('region', { name: /Sleep/ });
    expect(within(sleep).getByText('Not available right now')).toBeInTheDocument();
    expect(within(sleep).getByText(/could not be worked out right now/)).toBeInTheDocument();
    expect(within(sleep).queryByRole('alert')).not.toBeInTheDocument();

    const training = screen.getByRole('region', { name: /Training load/ });
    expect(within(training).getByText('Finding')).toBeInTheDocument();
    expect(within(training).getByText(/^[−-]11\.3$/)).toBeInTheDocument();
    expect(within(training).getByText(/190 max, 50 resting bpm \(estimated/)).toBeInTheDocument();
    const chart = document.querySelector('figure[data-chart="insight-training-load"]');
    expect(chart).toHaveAttribute('data-state', 'ready');
    // Two days with a missing day between them: three rows, the middle one a gap.
    expect(chart).toHaveAttribute('data-points', '3');
    expect(within(training).getByText(/activities: 14, Jan 1, 2026 to Mar 29, 2026 \(strava\/api\)/)).toBeInTheDocument();
  });

  it('explains a correlation with its strength, sample size, lag, interval and adjusted p, and plots its pairs', async () => {
    stubApi({ 'GET /api/me': () => json(DANA), 'GET /api/insights': () => json(INSIGHTS) });

    renderApp('/insights');

    const correlations = await screen.findByRole('region', { name: /Correlations/ });
    expect(within(correlations).getByText(/Correlation is not causation/)).toBeInTheDocument();
    const finding = within(correlations).getByRole('article', {
      name: 'On days after a higher sodium intake, your morning systolic pressure tends to be higher.',
    });
    const facts = (term: string) => within(finding).getByText(term).nextElementSibling;
    expect(facts('Strength')).toHaveTextContent('strong (rho 0.62)');
    expect(facts('95 % interval')).toHaveTextContent('0.48 to 0.73');
    expect(facts('Paired days (n)')).toHaveTextContent('119');
    expect(facts('Lag')).toHaveTextContent('the next day');
    expect(facts('Adjusted p (q)')).toHaveTextContent('< 0.001');
    const scatter = finding.querySelector('figure[data-chart="correlation-1"]');
    expect(scatter).toHaveAttribute('data-state', 'ready');
    expect(scatter).toHaveAttribute('data-points', '3');
    expect(within(finding).getByRole('img', { name: /3 paired days: sodium intake \(mg\) across/ })).toBeInTheDocument();
    expect(document.querySelector('figure[data-chart="insight-correlations"]')).toHaveAttribute('data-points', '1');
    expect(within(correlations).getByRole('row', { name: /training-load → RMSSD/ })).toHaveTextContent('No data for one of the two');
    expect(within(correlations).getByText('Alcohol: MyFitnessPal records no alcohol.')).toBeInTheDocument();
  });

  it('shows baselines against the normal range, with the recovery note', async () => {
    const range = { mean: 52, sd: 2, low: 50, high: 54, days: 60 };
    const metric = (unit: string, status: 'ok' | 'insufficient-data') => ({
      unit,
      status,
      rolling7: status === 'ok' ? 59.6 : null,
      rollingDays: 7,
      rolling7Raw: status === 'ok' ? 59.6 : null,
      range: status === 'ok' ? range : null,
      flag: status === 'ok' ? ('above' as const) : null,
      days: [
        { date: '2026-03-28', raw: 60, value: 60, rolling7: 59.1, rollingDays: 7, baselineDays: 60, range, flag: 'above' as const },
        { date: '2026-03-29', raw: 58, value: 58, rolling7: 59.6, rollingDays: 7, baselineDays: 60, range, flag: 'above' as const },
      ],
    });
    stubApi({
      'GET /api/me': () => json(DANA),
      'GET /api/insights': () =>
        json({
          ...INSIGHTS,
          insights: [
            insight('baselines', 'Baselines', {
              detail: {
                from: '2026-03-23',
                to: '2026-03-29',
                baselineFrom: '2026-01-16',
                baselineTo: '2026-03-22',
                restingHeartRate: metric('bpm', 'ok'),
                rmssd: { ...metric('ln(ms)', 'insufficient-data'), days: [] },
                recovery: { flagged: true, minimumDays: 3, from: '2026-03-27', to: '2026-03-29', days: 3, ongoing: true },
              },
            }),
          ],
        }),
    });

    renderApp('/insights');

    const baselines = await screen.findByRole('region', { name: /Baselines/ });
    expect(
      within(baselines).getByText(
        "Resting heart rate: this week's 59.6 bpm is above your normal range of 50–54 bpm (60 days).",
      ),
    ).toBeInTheDocument();
    expect(within(baselines).getByText('HRV (RMSSD): not enough days yet for a normal range.')).toBeInTheDocument();
    expect(within(baselines).getByRole('note')).toHaveTextContent(/together for 3 days .* still today/);
    expect(document.querySelector('figure[data-chart="insight-baselines"]')).toHaveAttribute('data-state', 'ready');
    expect(document.querySelector('figure[data-chart="insight-baselines-rmssd"]')).toHaveAttribute('data-state', 'empty');
  });

  it('says the insights could not be loaded, without raw JSON', async () => {
    stubApi({
      'GET /api/me': () => json(DANA),
      'GET /api/insights': () => problem(502, { title: 'Bad Gateway', detail: 'backend-data is not reachable.' }),
    });

    renderApp('/insights');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The insights could not be loaded: backend-data is not reachable.');
    expect(alert.textContent).not.toMatch(/[{}]/);
  });

  it('has no serious or critical accessibility violations', async () => {
    stubApi({ 'GET /api/me': () => json(DANA), 'GET /api/insights': () => json(INSIGHTS) });

    renderApp('/insights');

    await screen.findByRole('region', { name: /Correlations/ });
    expect(await seriousViolations()).toEqual([]);
  });
});
