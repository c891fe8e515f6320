import { configure, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dashboard } from '../api/dashboard';
import type { Insight, Insights } from '../api/insights';
import type { Settings } from '../api/me';
import type { MetricSeries } from '../api/metrics';
import { setUpChartPage } from '../charts/testing';
import { DANA, emptyDashboard, json, problem, stubApi } from '../test/http';
import { renderApp } from '../test/render';
import { seriousViolations } from './overview/axeCheck';

vi.mock('uplot', async () => (await import('../charts/testing')).uplotModule());

// The page's chunk loads lazily; on a busy machine the first load can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20000 });

const FULL: Dashboard = {
  zone: 'Europe/Berlin',
  today: '2026-03-29',
  restingHeartRate: {
    latest: 57,
    latestDate: '2026-03-29',
    last7: { from: '2026-03-23', to: '2026-03-29', mean: 59.6, days: 7, previousMean: 60, change: -0.4 },
    last30: { from: '2026-02-28', to: '2026-03-29', mean: 59.9, days: 30, previousMean: null, change: null },
    source: 'fitbit/google-health',
  },
  bloodPressure: {
    systolic: 132,
    diastolic: 78,
    pulse: 61,
    // 00:30 in Berlin on the day the clocks go forward (still CET, +01:00).
    at: '2026-03-28T23:30:00Z',
    localDate: '2026-03-29',
    source: 'dropbox/upload',
  },
  sleep: {
    dateOfSleep: '2026-03-29',
    start: '2026-03-28T22:00:00Z',
    end: '2026-03-29T05:15:00Z',
    durationMinutes: 435,
    minutesAsleep: 400,
    minutesAwake: 35,
    efficiency: 92,
    stages: { deep: 70, light: 230, rem: 100, wake: 35 },
    source: 'fitbit/google-health',
  },
  steps: {
    today: 5000,
    last7: { from: '2026-03-23', to: '2026-03-29', total: 12000, mean: 6000, days: 2 },
    last30: { from: '2026-02-28', to: '2026-03-29', total: 22000, mean: 5500, days: 4 },
    source: 'fitbit/google-health',
  },
  caloriesIn: {
    today: 2000,
    last7: { from: '2026-03-23', to: '2026-03-29', total: 14000, mean: 2000, days: 7 },
    last30: null,
    source: 'myfitnesspal/diary',
  },
  caloriesOut: null,
  activities: {
    last7: [{ sportType: 'RUN', count: 2, distanceMeters: 15000, movingSeconds: 4500, energyKcal: null, energyCount: 0 }],
    last30: [],
  },
  sources: [
    {
      provider: 'fitbit',
      status: 'ACTIVE',
      statusReason: null,
      lastSuccessfulSyncAt: '2026-03-29T09:00:00Z',
      lastRunStatus: 'SUCCEEDED',
      data: [
        { kind: 'heart-rate', lastDate: '2026-03-29', lastAt: null },
        { kind: 'sleep', lastDate: '2026-03-29', lastAt: '2026-03-29T05:15:00Z' },
      ],
    },
    {
      provider: 'strava',
      status: 'NEEDS_RECONNECT',
      statusReason: 'Strava revoked the access',
      lastSuccessfulSyncAt: '2026-03-20T09:00:00Z',
      lastRunStatus: 'FAILED',
      data: [{ kind: 'activities', lastDate: '2026-03-20', lastAt: '2026-03-20T06:00:00Z' }],
    },
  ],
};

const EMPTY: Dashboard = emptyDashboard({ today: '2026-03-29' });

const RHR_SERIES: MetricSeries = {
  metric: 'resting-heart-rate',
  unit: 'bpm',
  zone: 'Europe/Berlin',
  resolution: '1d',
  source: 'fitbit/google-health',
  points: [
    { t: '2026-03-27T23:00:00Z', localDate: '2026-03-28', value: 58, min: 58, max: 58 },
    { t: '2026-03-28T23:00:00Z', localDate: '2026-03-29', value: 57, min: 57, max: 57 },
  ],
};

function envelope(kind: string, detail: unknown, overrides: Partial<Insight> = {}): Insight {
  return {
    kind,
    title: kind === 'baselines' ? 'Baselines' : 'Training load',
    status: 'ok',
    summary: `${kind} summary.`,
    formulas: [],
    inputs: [{ data: 'days', from: '2026-01-01', to: '2026-03-29', count: 30, sources: [] }],
    missing: [],
    detail,
    ...overrides,
  };
}

const INSIGHTS: Insights = {
  zone: 'Europe/Berlin',
  today: '2026-03-29',
  computedAt: '2026-03-29T10:00:00Z',
  insights: [
    envelope('training-load', {
      current: { date: '2026-03-29', fitness: 30.25, fatigue: 41.5, form: -11.2 },
      series: [],
      days: [],
      activities: [],
    }),
    envelope('baselines', {
      restingHeartRate: {
        unit: 'bpm',
        status: 'ok',
        rolling7: 59.6,
        rollingDays: 7,
        rolling7Raw: 59.6,
        range: { mean: 52, sd: 2, low: 50, high: 54, days: 60 },
        flag: 'above',
        days: [],
      },
    }),
  ],
};

function routes(settings: Settings, dashboard: Dashboard) {
  return {
    'GET /api/me': () => json({ ...DANA, settings }),
    'GET /api/dashboard': () => json(dashboard),
    'GET /api/insights': () => json(INSIGHTS),
    'GET /api/metrics/resting-heart-rate?from=2026-02-28&to=2026-03-29&resolution=1d': () => json(RHR_SERIES),
  };
}

describe('DashboardPage (Overview)', () => {
  setUpChartPage(new Date('2026-03-29T12:00:00Z'));

  beforeEach(() => {
    localStorage.clear();
  });

  it('shows the whole day from one dashboard call, then the chart and the insights', async () => {
    const mark = vi.spyOn(performance, 'mark');
    const fetchMock = stubApi(routes({ timeZone: 'Europe/Berlin', units: 'metric' }, FULL));

    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    const rhr = await screen.findByRole('region', { name: 'Resting heart rate' });
    expect(within(rhr).getByText('57 bpm')).toBeInTheDocument();
    expect(within(rhr).getByText(/59\.6 bpm, [−-]0\.4 bpm vs the period before \(7 days\)/)).toBeInTheDocument();
    expect(mark).toHaveBeenCalledWith('overview-ready');
    expect(await within(rhr).findByText(/normal range is 50–54 bpm/)).toBeInTheDocument();
    expect(within(rhr).getByText('above')).toBeInTheDocument();
    const chart = document.querySelector('figure[data-chart="overview-resting-heart-rate"]');
    await vi.waitFor(() => expect(chart).toHaveAttribute('data-state', 'ready'), { timeout: 5000 });
    expect(chart).toHaveAttribute('data-points', '2');

    const bp = screen.getByRole('region', { name: 'Blood pressure' });
    expect(within(bp).getByText('Hypertension stage 1')).toBeInTheDocument();
    expect(within(bp).getByText(/132\/78/)).toBeInTheDocument();

    const sleep = screen.getByRole('region', { name: "Last night's sleep" });
    expect(within(sleep).getByText('6 h 40 min')).toBeInTheDocument();
    expect(within(sleep).getByRole('img', { name: /Sleep stages: Deep 1 h 10 min \(16 %\), Light 3 h 50 min/ })).toBeInTheDocument();

    const steps = screen.getByRole('region', { name: 'Steps' });
    expect(within(steps).getByText('5,000 steps')).toBeInTheDocument();
    expect(within(steps).getByText('6,000 steps a day (2 days)')).toBeInTheDocument();

    const calories = screen.getByRole('region', { name: 'Calories in and out' });
    expect(within(calories).getByText('2,000 kcal')).toBeInTheDocument();
    expect(within(calories).getByRole('link', { name: 'Connect Fitbit' })).toHaveAttribute('href', '/connections');

    const training = screen.getByRole('region', { name: 'Training form' });
    expect(await within(training).findByText(/^[−-]11\.2$/)).toBeInTheDocument();
    expect(within(training).getByText('15.00 km')).toBeInTheDocument();

    const changed = screen.getByRole('region', { name: 'Insights that changed this week' });
    expect(within(changed).getByText('baselines summary.')).toBeInTheDocument();

    // One dashboard call for the first paint; the rest after it.
    const urls = fetchMock.mock.calls.map(([url]) => String(url));
    expect(urls.filter((url) => url === '/api/dashboard')).toHaveLength(1);
    expect(urls.indexOf('/api/dashboard')).toBeLessThan(urls.indexOf('/api/insights'));
  });

  it('asks for the heart-rate limits in Settings when training form misses them, not for Strava', async () => {
    const missing = envelope('training-load', null, {
      status: 'insufficient-data',
      missing: ['resting heart rate: enter yours in Settings, or have at least 7 days of resting heart rate'],
    });
    stubApi({
      ...routes({ timeZone: 'Europe/Berlin', units: 'metric' }, EMPTY),
      'GET /api/insights': () => json({ ...INSIGHTS, insights: [missing] }),
    });
    renderApp('/');
    const training = await screen.findByRole('region', { name: 'Training form' });
    expect(await within(training).findByRole('link', { name: 'Enter your heart rate' })).toHaveAttribute('href', '/settings');
    expect(within(training).queryByRole('link', { name: 'Connect Strava' })).not.toBeInTheDocument();
  });

  it('shows a stopped source with a warning instead of hiding it', async () => {
    stubApi(routes({ timeZone: 'Europe/Berlin', units: 'metric' }, FULL));

    renderApp('/');

    const sources = await screen.findByTestId('source-freshness');
    const items = within(sources).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('heading', { name: 'Fitbit' })).toBeInTheDocument();
    expect(within(items[0]!).queryByText(/Stopped syncing/)).not.toBeInTheDocument();
    expect(within(items[0]!).getByText('Heart rate').nextElementSibling).toHaveTextContent('Mar 29, 2026');
    expect(within(items[1]!).getByRole('heading', { name: 'Strava' })).toBeInTheDocument();
    expect(within(items[1]!).getByRole('note')).toHaveTextContent(
      'Stopped syncing: The connection is needs reconnect (Strava revoked the access); reconnect it on Connections.',
    );
  });

  it('dates a reading at 00:30 in Berlin on the spring-forward day on that day', async () => {
    stubApi(routes({ timeZone: 'Europe/Berlin', units: 'metric' }, FULL));

    renderApp('/');

    const bp = await screen.findByRole('region', { name: 'Blood pressure' });
    const measured = within(bp).getByText('Measured').nextElementSibling;
    expect(measured).toHaveTextContent(/Mar 29, 2026/);
    expect(measured).toHaveTextContent(/12:30\sAM/);
  });

  it('dates the same reading in the user zone when the user lives in New York', async () => {
    stubApi(routes({ timeZone: 'America/New_York', units: 'metric' }, FULL));

    renderApp('/');

    const bp = await screen.findByRole('region', { name: 'Blood pressure' });
    expect(within(bp).getByText('Measured').nextElementSibling).toHaveTextContent(/Mar 28, 2026, 7:30\sPM/);
  });

  it('adds the crisis note to a reading above 180 systolic', async () => {
    stubApi(routes({ timeZone: 'Europe/Berlin', units: 'metric' }, { ...FULL, bloodPressure: { ...FULL.bloodPressure!, systolic: 185, diastolic: 100 } }));

    renderApp('/');

    const bp = await screen.findByRole('region', { name: 'Blood pressure' });
    expect(within(bp).getByText('Hypertensive crisis')).toBeInTheDocument();
    expect(within(bp).getByRole('note')).toHaveTextContent(/contact a doctor now/);
  });

  it('shows distances in miles for imperial users', async () => {
    stubApi(routes({ timeZone: 'Europe/Berlin', units: 'imperial' }, FULL));

    renderApp('/');

    const training = await screen.findByRole('region', { name: 'Training form' });
    expect(within(training).getByText('9.32 mi')).toBeInTheDocument();
  });

  it('says what to connect in every card of an empty dashboard, with the button', async () => {
    const fetchMock = stubApi({
      ...routes({ timeZone: 'Europe/Berlin', units: 'metric' }, EMPTY),
      'GET /api/insights': () => json({ ...INSIGHTS, insights: [] }),
    });

    renderApp('/');

    const rhr = await screen.findByRole('region', { name: 'Resting heart rate' });
    expect(within(rhr).getByText('Connect Fitbit to see your resting heart rate.')).toBeInTheDocument();
    expect(within(rhr).getByRole('link', { name: 'Connect Fitbit' })).toHaveAttribute('href', '/connections');
    const bp = screen.getByRole('region', { name: 'Blood pressure' });
    expect(within(bp).getByRole('link', { name: 'Connect Dropbox or upload' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: "Last night's sleep" })).getByRole('link', { name: 'Connect Fitbit' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Steps' })).getByText('Connect Fitbit to see your steps.')).toBeInTheDocument();
    const calories = screen.getByRole('region', { name: 'Calories in and out' });
    expect(within(calories).getByRole('link', { name: 'Connect MyFitnessPal' })).toBeInTheDocument();
    const training = screen.getByRole('region', { name: 'Training form' });
    expect(await within(training).findByRole('link', { name: 'Connect Strava' })).toBeInTheDocument();
    const sources = screen.getByTestId('source-freshness');
    expect(within(sources).getByText(/No source is connected yet/)).toBeInTheDocument();
    expect(within(sources).getByRole('link', { name: 'Go to Connections' })).toBeInTheDocument();
    // Without a resting heart rate the chart's series is not asked for.
    expect(fetchMock.mock.calls.map(([url]) => String(url)).some((url) => url.startsWith('/api/metrics'))).toBe(false);
  });

  it('says the overview could not be loaded, without raw JSON', async () => {
    stubApi({
      'GET /api/me': () => json(DANA),
      'GET /api/dashboard': () =>
        problem(502, { type: 'https://falcon.health/problems/bad-gateway', title: 'Bad Gateway', detail: 'backend-data is not reachable.' }),
    });

    renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The overview could not be loaded: backend-data is not reachable.');
    expect(alert.textContent).not.toMatch(/[{}]/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('has no serious or critical accessibility violations', async () => {
    stubApi(routes({ timeZone: 'Europe/Berlin', units: 'metric' }, FULL));

    renderApp('/');

    await screen.findByText('baselines summary.');
    expect(await seriousViolations()).toEqual([]);
  });
});
