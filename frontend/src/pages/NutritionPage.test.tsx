import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, afterEach, describe, expect, it, vi } from 'vitest';
import type { MetricName, MetricPoint, MetricSeries } from '../api/metrics';
import type { Settings } from '../api/me';
import type { NutritionDayDetail, NutritionDayPage } from '../api/nutrition';
import { DANA, json, problem } from '../test/http';
import { renderApp } from '../test/render';
import { requested, stubPaths, stubResizeObserver } from './activity/testing';

// The machine running the tests may be busy: give lazy chunks and chained loads time.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20000 });

vi.mock('uplot', async () => (await import('./activity/testing')).uplotMock());

// 28 October 2026 in Berlin; the clocks went back on the 25th (a 25-hour day).
const NOW = new Date('2026-10-28T12:00:00Z');

function point(t: string, localDate: string, value: number): MetricPoint {
  return { t, localDate, value, min: value, max: value };
}

// Daily points at the start of each Berlin date: 22:00 UTC in summer time, 23:00 UTC from the 26th.
const AROUND_DST = [
  point('2026-10-23T22:00:00Z', '2026-10-24', 2100),
  point('2026-10-24T22:00:00Z', '2026-10-25', 2300),
  point('2026-10-25T23:00:00Z', '2026-10-26', 1900),
];

function series(metric: MetricName, unit: string, points: MetricPoint[]): MetricSeries {
  return { metric, unit, zone: 'Europe/Berlin', resolution: '1d', source: 'myfitnesspal/diary', points };
}

const ENERGY = {
  kind: 'energy-balance',
  title: 'Energy balance',
  status: 'ok',
  summary: 'You ate about 400 kcal a day less than you spent.',
  formulas: [],
  inputs: [],
  missing: [],
  detail: {
    weightUnit: 'kg',
    days: [
      { date: '2026-10-24', caloriesIn: 2100, caloriesOut: 2500, balance: -400, weight: 80.0, trend: 80.4 },
      { date: '2026-10-25', caloriesIn: 2300, caloriesOut: null, balance: null, weight: null, trend: 80.36 },
      { date: '2026-10-26', caloriesIn: 1900, caloriesOut: 2400, balance: -500, weight: 79.6, trend: 80.28 },
    ],
    caloriesIn: { last7: { mean: 2100, days: 3 }, last30: { mean: 2100, days: 3 } },
    caloriesOut: { last7: { mean: 2450, days: 2 }, last30: { mean: 2450, days: 2 } },
    balance: { last7: { mean: -450, days: 2 }, last30: { mean: -450, days: 2 } },
    weight: { latest: 79.6, latestDate: '2026-10-26', trend: 80.28, changePerWeek: -0.35 },
    implied: {
      from: '2026-10-01',
      to: '2026-10-28',
      intakeMean: 2100,
      intakeDays: 20,
      weighIns: 4,
      trendSlopePerDay: -0.05,
      expenditure: 2485,
      measuredMean: 2450,
    },
  },
};

const DAYS: NutritionDayPage = {
  items: [
    {
      id: 'demo/2026-10-26',
      date: '2026-10-26',
      channels: ['export', 'diary'],
      channel: 'diary',
      totals: { kcal: 1900 },
      meals: [],
      waterMl: 1500,
      goals: { kcal: 2000, proteinG: 120, carbohydratesG: 250, fatG: 70, sodiumMg: 1500 },
      source: null,
    },
  ],
  nextCursor: null,
};

const DAY: NutritionDayDetail = {
  id: 'demo/2026-10-26',
  date: '2026-10-26',
  diary: {
    totals: { kcal: 1900 },
    meals: [
      {
        name: 'Breakfast',
        totals: { kcal: 420, proteinG: 15 },
        items: [{ name: 'Oats', time: null, nutrients: { kcal: 300, proteinG: 10, sodiumMg: null }, note: null }],
      },
    ],
    goals: { kcal: 2000 },
    waterMl: 1500,
    complete: true,
    source: { provider: 'myfitnesspal', channel: 'diary', file: null, format: null, receivedAt: '2026-10-27T02:00:00Z' },
  },
  export: {
    totals: { kcal: 1850 },
    meals: [{ name: 'Lunch', totals: { kcal: 600 }, items: [{ name: null, time: '12:30', nutrients: { kcal: 600 }, note: null }] }],
    exercise: [],
    source: { provider: 'myfitnesspal', channel: 'export', file: 'Nutrition-Summary.csv', format: null, receivedAt: null },
    exerciseSource: null,
  },
};

interface Api {
  settings?: Settings;
  metric?: (metric: string, params: URLSearchParams) => Response | undefined;
  energy?: () => Response;
  days?: () => Response;
  day?: (date: string) => Response;
}

function defaultMetric(metric: string, imperial: boolean): Response {
  switch (metric) {
    case 'calories-in':
    case 'calories-out':
      return json(series(metric, 'kcal', AROUND_DST));
    case 'protein':
    case 'carbohydrates':
    case 'fat':
    case 'sugar':
      return json(series(metric, 'g', AROUND_DST.map((p) => ({ ...p, value: 60, min: 60, max: 60 }))));
    case 'sodium':
      return json(series(metric, 'mg', AROUND_DST.map((p) => ({ ...p, value: 2300, min: 2300, max: 2300 }))));
    case 'water':
      return json(
        series(metric, imperial ? 'fl oz' : 'ml', [point('2026-10-25T23:00:00Z', '2026-10-26', imperial ? 50.72 : 1500)]),
      );
    case 'weight':
      return json(
        series(metric, imperial ? 'lb' : 'kg', [
          point('2026-10-23T22:00:00Z', '2026-10-24', imperial ? 176.37 : 80),
          point('2026-10-25T23:00:00Z', '2026-10-26', imperial ? 175.49 : 79.6),
        ]),
      );
    default:
      return problem(404, { type: 'https://falcon.health/problems/unknown-metric', title: 'Not Found' });
  }
}

function stub({ settings = DANA.settings, metric, energy, days, day }: Api = {}) {
  return stubPaths((url) => {
    if (url.pathname === '/api/me') return json({ ...DANA, settings });
    const metricPath = /^\/api\/metrics\/(.+)$/.exec(url.pathname);
    if (metricPath?.[1]) {
      return metric?.(metricPath[1], url.searchParams) ?? defaultMetric(metricPath[1], settings.units === 'imperial');
    }
    if (url.pathname === '/api/body/measurements') {
      return json({
        items: [{ id: 'demo/2026-10-26', date: '2026-10-26', weightKg: 79.6, bodyFatPct: null, source: null }],
        nextCursor: null,
      });
    }
    if (url.pathname === '/api/insights/energy-balance') return (energy ?? (() => json(ENERGY)))();
    if (url.pathname === '/api/nutrition/days') return (days ?? (() => json(DAYS)))();
    const dayPath = /^\/api\/nutrition\/days\/(.+)$/.exec(url.pathname);
    if (dayPath?.[1]) return (day ?? (() => json(DAY)))(decodeURIComponent(dayPath[1]));
    return undefined;
  });
}

function figure(id: string): HTMLElement | null {
  return document.querySelector(`figure[data-chart="${id}"]`);
}

async function ready(id: string) {
  await waitFor(() => expect(figure(id)).toHaveAttribute('data-state', 'ready'), { timeout: 5000 });
  return figure(id) as HTMLElement;
}

async function tableOf(id: string): Promise<string[][]> {
  const chart = await ready(id);
  const details = chart.querySelector('details') as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event('toggle'));
  const table = await within(chart).findByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('NutritionPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    stubResizeObserver();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks for every metric over the range with maxPoints, and for all time when chosen', async () => {
    const fetchMock = stub();

    renderApp('/nutrition');

    expect(await screen.findByRole('heading', { level: 1, name: 'Nutrition' }, { timeout: 5000 })).toBeInTheDocument();
    for (const id of ['calories-balance', 'macros', 'sodium-sugar', 'water', 'weight-trend']) {
      await ready(id);
    }
    const calories = requested(fetchMock, '/api/metrics/calories-in');
    expect(calories[0]?.get('from')).toBe('2026-09-29');
    expect(calories[0]?.get('to')).toBe('2026-10-28');
    expect(Number(calories[0]?.get('maxPoints'))).toBeGreaterThan(0);
    expect(calories[0]?.has('resolution')).toBe(false);

    fireEvent.click(screen.getByRole('radio', { name: 'All time' }));
    await waitFor(() => expect(requested(fetchMock, '/api/metrics/weight').at(-1)?.get('from')).toBe('2000-01-01'));
  });

  it('keeps a 25-hour day as one day, not a gap, and adds the implied expenditure', async () => {
    stub();

    renderApp('/nutrition');

    const chart = await ready('calories-balance');
    // The three days around the change of the clocks are contiguous: no gap row between them.
    const rows = (await tableOf('calories-balance')).filter((row) => row[1] !== '–');
    expect(rows.map((row) => row.slice(1, 3))).toEqual([
      ['2100', '2100'],
      ['2300', '2300'],
      ['1900', '1900'],
    ]);
    expect(rows.map((row) => row[3])).toEqual(['2485', '2485', '2485']);
    // The implied expenditure spans its 28 days (1 to 28 October), one row each.
    expect(chart).toHaveAttribute('data-points', '28');
    expect(screen.getByTestId('implied')).toHaveTextContent('about 2,485 kcal a day');
  });

  it('shows a missing day as a gap, never 0', async () => {
    stub({
      metric: (metric) =>
        metric === 'calories-in' || metric === 'calories-out'
          ? json(series(metric, 'kcal', [AROUND_DST[0] as MetricPoint, AROUND_DST[2] as MetricPoint]))
          : undefined,
      energy: () => json({ ...ENERGY, detail: { ...ENERGY.detail, implied: null } }),
    });

    renderApp('/nutrition');

    const chart = await ready('calories-balance');
    // 24th, a gap row, then the 26th.
    expect(chart).toHaveAttribute('data-points', '3');
    const rows = await tableOf('calories-balance');
    expect(rows.map((row) => row[1])).toEqual(['2100', '1900']);
  });

  it('draws macros against the diary goals and sodium against the daily limit', async () => {
    stub();

    renderApp('/nutrition');

    const macros = await tableOf('macros');
    // Protein, carbohydrates, fat, then their goals from the diary (carried back only from when they were set).
    expect(macros.at(-1)?.slice(1)).toEqual(['60', '60', '60', '120', '250', '70']);
    expect(macros[0]?.slice(4)).toEqual(['–', '–', '–']);
    const sodium = await tableOf('sodium-sugar');
    // 2,300 mg is 100 % of the reference limit; on the 26th the diary's goal of 1,500 mg makes it 153.3 %.
    expect(sodium.map((row) => row[1])).toEqual(['100', '100', '153.3']);
    // 60 g of sugar against 50 g.
    expect(sodium.map((row) => row[2])).toEqual(['120', '120', '120']);
    expect(figure('sodium-sugar')).toHaveTextContent('% of daily limit');
  });

  it('shows water and weight in fl oz and lb for imperial users, with the trend from the energy balance', async () => {
    stub({
      settings: { timeZone: 'Europe/Berlin', units: 'imperial' },
      energy: () =>
        json({
          ...ENERGY,
          detail: {
            ...ENERGY.detail,
            weightUnit: 'lb',
            days: ENERGY.detail.days.map((d, i) => ({ ...d, weight: null, trend: [177.25, 177.16, 176.99][i] ?? null })),
          },
        }),
    });

    renderApp('/nutrition');

    const water = await ready('water');
    expect(within(water).getByText('(fl oz)')).toBeInTheDocument();
    const weight = await ready('weight-trend');
    expect(within(weight).getByText('(lb)')).toBeInTheDocument();
    const rows = await tableOf('weight-trend');
    // Weigh-ins as points on their days; the trend on every day of the insight, the 25-hour 25th included.
    expect(rows.map((row) => row.slice(1))).toEqual([
      ['176.37', '177.25'],
      ['–', '177.16'],
      ['175.49', '176.99'],
    ]);
    expect(screen.getByTestId('latest-weigh-in')).toHaveTextContent('175.5 lb');
    expect(screen.getByTestId('latest-weigh-in')).toHaveTextContent('Body fat–');
    const meals = screen.getByTestId('meals');
    await waitFor(() => expect(within(meals).getByTestId('day-water')).toHaveTextContent('50.7 fl oz'));
  });

  it('shows water in ml for metric users', async () => {
    stub();

    renderApp('/nutrition');

    const water = await ready('water');
    expect(within(water).getByText('(ml)')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('day-water')).toHaveTextContent('1,500 ml'));
  });

  it('lists the meals of the newest day with their foods, per channel, and says when a day has nothing', async () => {
    const fetchMock = stub({ day: (date) => (date === '2026-10-26' ? json(DAY) : problem(404, { type: 'https://falcon.health/problems/not-found', title: 'Not Found', detail: 'There is no such day.' })) });

    renderApp('/nutrition');

    const diary = await screen.findByRole('article', { name: 'From the diary' }, { timeout: 5000 });
    expect(within(diary).getByText(/Channel: diary/)).toBeInTheDocument();
    const breakfast = within(diary).getByRole('table', { name: 'Breakfast' });
    const oats = within(breakfast).getByRole('row', { name: /Oats/ });
    expect(within(oats).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['–', '300', '10', '–', '–', '–', '–']);
    const exported = screen.getByRole('article', { name: 'From the export' });
    expect(within(exported).getByText(/Channel: export \(myfitnesspal\/export, Nutrition-Summary.csv\)/)).toBeInTheDocument();
    expect(within(exported).getByRole('table', { name: 'Lunch' })).toHaveTextContent('12:30');
    expect(requested(fetchMock, '/api/nutrition/days/2026-10-26')).toHaveLength(1);

    fireEvent.change(screen.getByLabelText('Day', { selector: 'input[type="date"]' }), { target: { value: '2026-10-20' } });
    expect(await screen.findByText(/Nothing is logged for/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Connect MyFitnessPal' }).length).toBeGreaterThan(0);
  });

  it('asks to connect MyFitnessPal when there is nothing to show', async () => {
    stub({
      metric: (metric) => json(series(metric as MetricName, 'kcal', [])),
      energy: () => json({ ...ENERGY, status: 'insufficient-data', detail: null, missing: ['Calories eaten: none.'] }),
      days: () => json({ items: [], nextCursor: null }),
      day: () => problem(404, { type: 'https://falcon.health/problems/not-found', title: 'Not Found' }),
    });

    renderApp('/nutrition');

    for (const id of ['calories-balance', 'macros', 'sodium-sugar', 'water', 'weight-trend']) {
      await waitFor(() => expect(figure(id)).toHaveAttribute('data-state', 'empty'), { timeout: 5000 });
      expect(within(figure(id) as HTMLElement).getByText('Connect MyFitnessPal or import its export to see what you eat')).toBeInTheDocument();
    }
    expect(screen.getAllByRole('link', { name: 'Connect MyFitnessPal' })[0]).toHaveAttribute('href', '/connections');
  });

  it('says in a sentence when the data cannot be loaded, without the raw answer', async () => {
    const body = { type: 'https://falcon.health/problems/bad-gateway', title: 'Bad Gateway', detail: 'The health data could not be read.' };
    stub({
      metric: () => problem(502, body),
      energy: () => problem(502, body),
      days: () => problem(502, body),
    });

    renderApp('/nutrition');

    await waitFor(() => expect(figure('macros')).toHaveAttribute('data-state', 'error'), { timeout: 5000 });
    expect(within(figure('macros') as HTMLElement).getByText('The health data could not be read.')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('{');
    expect(document.body.textContent).not.toContain('bad-gateway');
  });
});
