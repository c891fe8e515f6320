import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BloodPressurePage } from '../api/bloodPressure';
import type { BloodPressureDetail, Insight } from '../api/insights';
import type { MetricSeries } from '../api/metrics';
import { DANA, json, problem, stubApi } from '../test/http';
import { renderApp } from '../test/render';
import { chartMaxPoints } from './bloodpressure/bands';
import { seriousViolations } from './overview/axeCheck';
import { FakeResizeObserver } from './overview/uplotMock';

vi.mock('uplot', () => import('./overview/uplotMock'));

// The page's chunk loads lazily; on a busy machine the first load can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20000 });

const RAW: MetricSeries = {
  metric: 'blood-pressure',
  unit: 'mmHg',
  zone: 'Europe/Berlin',
  resolution: 'raw',
  source: 'dropbox/upload',
  points: [
    { t: '2026-03-28T06:30:00Z', localDate: '2026-03-28', value: 128, min: 128, max: 128, systolic: 128, diastolic: 82 },
    { t: '2026-03-28T23:30:00Z', localDate: '2026-03-29', value: 141, min: 141, max: 141, systolic: 141, diastolic: 88 },
  ],
};

const WEEKLY: MetricSeries = { ...RAW, resolution: '1w', points: [{ ...RAW.points[0]!, t: '2026-03-22T23:00:00Z' }] };

const PAGE_1: BloodPressurePage = {
  items: [
    {
      id: 'demo:1',
      // 00:30 in Berlin on the day the clocks go forward.
      time: { instant: '2026-03-28T23:30:00Z', localDate: '2026-03-29', offset: '+01:00', zoneId: 'Europe/Berlin', zoneAssumed: false },
      systolic: 141,
      diastolic: 88,
      pulse: 70,
      source: { provider: 'dropbox', channel: 'upload', file: 'omron.csv', format: 'OMRON_CONNECT', receivedAt: null },
    },
  ],
  nextCursor: 'abc',
};

const PAGE_2: BloodPressurePage = {
  items: [
    {
      id: 'demo:2',
      time: { instant: '2026-03-28T06:30:00Z', localDate: '2026-03-28', offset: '+01:00', zoneId: 'Europe/Berlin', zoneAssumed: true },
      systolic: 118,
      diastolic: 76,
      pulse: null,
      source: null,
    },
  ],
  nextCursor: null,
};

const DETAIL: BloodPressureDetail = {
  readings: [
    {
      id: 'demo:2',
      instant: '2026-03-28T06:30:00Z',
      localDateTime: '2026-03-28T07:30:00',
      offset: '+01:00',
      localDate: '2026-03-28',
      dayPart: 'morning',
      systolic: 118,
      diastolic: 76,
      pulse: null,
      category: 'normal',
      pulsePressure: 42,
      meanArterialPressure: 90,
      source: 'dropbox/upload',
      file: 'omron.csv',
    },
  ],
  last7: { from: '2026-03-23', to: '2026-03-29', count: 9, systolic: 131.2, diastolic: 83.1, category: 'stage-1' },
  last30: { from: '2026-02-28', to: '2026-03-29', count: 9, systolic: 131.2, diastolic: 83.1, category: 'stage-1' },
  morning: { from: '2026-02-28', to: '2026-03-29', count: 5, systolic: 133, diastolic: 84, category: 'stage-1' },
  evening: { from: '2026-02-28', to: '2026-03-29', count: 0, systolic: null, diastolic: null, category: null },
  distribution: { normal: 2, elevated: 1, 'stage-1': 5, 'stage-2': 1, crisis: 0 },
  protocol: {
    from: '2026-03-23',
    to: '2026-03-29',
    days: [
      { date: '2026-03-23', day: 1, discarded: true, morning: 2, evening: 0 },
      { date: '2026-03-24', day: 2, discarded: false, morning: 2, evening: 2 },
    ],
    daysWithReadings: 4,
    readings: 9,
    average: { from: '2026-03-24', to: '2026-03-29', count: 7, systolic: 131.2, diastolic: 83.1, category: 'stage-1' },
    thresholds: [
      { label: 'ESH/AHA home hypertension', systolic: 135, diastolic: 85, atOrAbove: false },
      { label: '2017 ACC/AHA home equivalent of stage 1', systolic: 130, diastolic: 80, atOrAbove: true },
    ],
    validWeekComplete: false,
    missing: '4 of 7 days, 9 readings; 3 more mornings needed',
  },
};

function insight(overrides: Partial<Insight<BloodPressureDetail>> = {}): Insight<BloodPressureDetail> {
  return {
    kind: 'blood-pressure',
    title: 'Blood pressure',
    status: 'ok',
    summary: 'Your average of the last 30 days is 131.2/83.1 mmHg.',
    formulas: [],
    inputs: [],
    missing: ['Home-monitoring week: 4 of 7 days, 9 readings; 3 more mornings needed.'],
    detail: DETAIL,
    ...overrides,
  };
}

function routes(bp: Insight<BloodPressureDetail> = insight()) {
  return {
    'GET /api/me': () => json(DANA),
    'GET /api/metrics/blood-pressure?from=2026-02-28&to=2026-03-29&resolution=raw': () => json(RAW),
    'GET /api/insights/blood-pressure': () => json(bp),
    'GET /api/blood-pressure/readings?from=2026-02-28&to=2026-03-29&limit=50': () => json(PAGE_1),
    'GET /api/blood-pressure/readings?from=2026-02-28&to=2026-03-29&limit=50&cursor=abc': () => json(PAGE_2),
  };
}

describe('BloodPressurePage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-29T12:00:00Z'));
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws 30 days of readings one by one on the category bands', async () => {
    stubApi(routes());

    renderApp('/blood-pressure');

    expect(await screen.findByRole('heading', { level: 1, name: 'Blood pressure' })).toBeInTheDocument();
    const chart = document.querySelector('figure[data-chart="bp-readings"]');
    await vi.waitFor(() => expect(chart).toHaveAttribute('data-state', 'ready'), { timeout: 5000 });
    expect(chart).toHaveAttribute('data-points', '2');
    const legend = screen.getByRole('list', { name: 'Bands behind the readings' });
    expect(within(legend).getByText(/Systolic stage 1 \(130–139\)/)).toBeInTheDocument();
    expect(within(legend).getByText(/Systolic crisis \(above 180\)/)).toBeInTheDocument();
  });

  it('says the home-monitoring week in words', async () => {
    stubApi(routes());

    renderApp('/blood-pressure');

    expect(await screen.findByTestId('bp-protocol')).toHaveTextContent('4 of 7 days, 9 readings; 3 more mornings needed');
    const week = screen.getByRole('region', { name: 'Home-monitoring week' });
    expect(within(week).getByText('131.2/83.1 mmHg – Hypertension stage 1 (7 readings)')).toBeInTheDocument();
    expect(within(week).getByText('At or above')).toBeInTheDocument();
    const categories = screen.getByRole('region', { name: 'Categories' });
    const stage1 = within(categories).getByRole('row', { name: /Hypertension stage 1/ });
    expect(within(stage1).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['130–139 or 80–89', '5', ' 56 %']);
    const morning = screen.getByRole('region', { name: 'Morning and evening' });
    expect(within(morning).getByRole('row', { name: /Evenings/ })).toHaveTextContent('No readings');
    expect(document.querySelector('figure[data-chart="bp-morning-evening"]')).toHaveAttribute('data-state', 'ready');
  });

  it('lists readings in the user zone across the spring-forward night, with their category and file, page by page', async () => {
    const user = userEvent.setup();
    stubApi(routes());

    renderApp('/blood-pressure');

    const table = await screen.findByTestId('bp-readings-table');
    const first = within(table).getAllByRole('row')[1]!;
    expect(within(first).getByRole('rowheader')).toHaveTextContent(/Mar 29, 2026, 12:30\sAM/);
    expect(within(first).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '141',
      '88',
      '70',
      'Hypertension stage 2',
      'dropbox/upload, omron.csv',
    ]);

    await user.click(screen.getByRole('button', { name: 'Show older readings' }));

    expect(await within(table).findByText('Normal')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show older readings' })).not.toBeInTheDocument();
  });

  it('links the clinician report for the chosen range and asks for buckets beyond 92 days', async () => {
    const user = userEvent.setup();
    stubApi({
      ...routes(),
      [`GET /api/metrics/blood-pressure?from=2025-03-30&to=2026-03-29&maxPoints=${chartMaxPoints()}`]: () => json(WEEKLY),
      'GET /api/blood-pressure/readings?from=2025-03-30&to=2026-03-29&limit=50': () => json(PAGE_2),
      [`GET /api/metrics/blood-pressure?from=2000-01-01&to=2026-03-29&maxPoints=${chartMaxPoints()}`]: () => json(WEEKLY),
      'GET /api/blood-pressure/readings?from=2000-01-01&to=2026-03-29&limit=50': () => json(PAGE_2),
    });

    renderApp('/blood-pressure');

    const pdf = await screen.findByRole('link', { name: 'Download the report (PDF)' });
    expect(pdf).toHaveAttribute('href', '/api/reports/blood-pressure?from=2026-02-28&to=2026-03-29&format=pdf');
    expect(pdf).toHaveAttribute('download');
    expect(screen.getByRole('link', { name: 'Download the report (HTML)' })).toHaveAttribute(
      'href',
      '/api/reports/blood-pressure?from=2026-02-28&to=2026-03-29&format=html',
    );

    await user.click(screen.getByRole('radio', { name: 'Year' }));

    expect(screen.getByRole('link', { name: 'Download the report (PDF)' })).toHaveAttribute(
      'href',
      '/api/reports/blood-pressure?from=2025-03-30&to=2026-03-29&format=pdf',
    );
    const chart = document.querySelector('figure[data-chart="bp-readings"]');
    await vi.waitFor(() => expect(chart).toHaveAttribute('data-points', '1'), { timeout: 5000 });

    await user.click(screen.getByRole('radio', { name: 'All time' }));

    // A report covers at most 366 days.
    expect(screen.getByRole('link', { name: 'Download the report (HTML)' })).toHaveAttribute(
      'href',
      '/api/reports/blood-pressure?from=2025-03-29&to=2026-03-29&format=html',
    );
    expect(screen.getByText(/at most a year/)).toBeInTheDocument();
  });

  it('says what is missing without readings, and offers to connect', async () => {
    stubApi({
      ...routes(
        insight({
          status: 'insufficient-data',
          detail: null,
          missing: ['Blood-pressure readings: none in the last 30 days; upload a file or connect Dropbox.'],
        }),
      ),
      'GET /api/metrics/blood-pressure?from=2026-02-28&to=2026-03-29&resolution=raw': () => json({ ...RAW, points: [], source: null }),
      'GET /api/blood-pressure/readings?from=2026-02-28&to=2026-03-29&limit=50': () => json({ items: [], nextCursor: null }),
    });

    renderApp('/blood-pressure');

    const week = await screen.findByRole('region', { name: 'Home-monitoring week' });
    expect(within(week).getByText(/none in the last 30 days/)).toBeInTheDocument();
    expect(within(week).getByRole('link', { name: 'Connect Dropbox or upload' })).toHaveAttribute('href', '/connections');
    const chart = document.querySelector('figure[data-chart="bp-readings"]');
    await vi.waitFor(() => expect(chart).toHaveAttribute('data-state', 'empty'), { timeout: 5000 });
  });

  it('shows errors as sentences, never raw JSON', async () => {
    stubApi({
      ...routes(),
      'GET /api/metrics/blood-pressure?from=2026-02-28&to=2026-03-29&resolution=raw': () =>
        problem(502, { title: 'Bad Gateway', detail: 'backend-data is not reachable.' }),
      'GET /api/insights/blood-pressure': () => json(insight({ status: 'unavailable', detail: null, missing: [] })),
    });

    renderApp('/blood-pressure');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The readings could not be loaded: backend-data is not reachable.');
    expect(alert.textContent).not.toMatch(/[{}]/);
    expect(await screen.findByText(/could not be worked out right now/)).toBeInTheDocument();
  });

  it('has no serious or critical accessibility violations', async () => {
    stubApi(routes());

    renderApp('/blood-pressure');

    await screen.findByTestId('bp-readings-table');
    await screen.findByTestId('bp-protocol');
    expect(await seriousViolations()).toEqual([]);
  });
});
