import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Activity, ActivityPage } from '../api/activities';
import type { Settings } from '../api/me';
import { DANA, json, problem } from '../test/http';
import { renderApp } from '../test/render';
import { requested, stubPaths, stubResizeObserver } from './activity/testing';

// The machine running the tests may be busy: give lazy chunks and chained loads time.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20000 });

vi.mock('uplot', async () => (await import('./activity/testing')).uplotMock());
vi.mock('../charts/CalendarHeatmap', () => ({
  CalendarHeatmap: (props: { id: string; state: string; days: { date: string; value: number | null }[] }) => (
    <figure data-chart={props.id} data-state={props.state} data-points={props.days.filter((d) => d.value !== null).length} />
  ),
}));

// The clock: 28 October 2026, 13:00 in Berlin (winter time since the 25th).
const NOW = new Date('2026-10-28T12:00:00Z');

const RUN: Activity = {
  id: 'demo:strava:1',
  name: 'Night run',
  sportType: 'RUN',
  sportTypeRaw: 'Run',
  // 00:30 summer time on the 25th in Berlin; it ends after the clocks went back.
  startTime: '2026-10-24T22:30:00Z',
  localDate: '2026-10-25',
  zoneId: 'Europe/Berlin',
  elapsedSeconds: 10800,
  movingSeconds: 3000,
  distanceMeters: 10000,
  elevationGainMeters: 100,
  averageHeartRateBpm: 148.4,
  maxHeartRateBpm: 176,
  energyKcal: null,
};

const NEW_YORK: Activity = {
  ...RUN,
  id: 'demo:strava:2',
  name: 'Late ride',
  sportType: 'RIDE',
  sportTypeRaw: 'Ride',
  // 23:30 on the 25th in New York is 04:30 on the 26th in Berlin.
  startTime: '2026-10-26T03:30:00Z',
  localDate: '2026-10-25',
  zoneId: 'America/New_York',
  elapsedSeconds: 3600,
  movingSeconds: 3600,
  distanceMeters: 30000,
  energyKcal: 612,
};

function page(items: Activity[], nextCursor: string | null = null, count = items.length): ActivityPage {
  return {
    items,
    totals: {
      count,
      distanceMeters: items.reduce((sum, a) => sum + (a.distanceMeters ?? 0), 0),
      movingSeconds: items.reduce((sum, a) => sum + (a.movingSeconds ?? 0), 0),
      energyKcal: items.some((a) => a.energyKcal !== null)
        ? items.reduce((sum, a) => sum + (a.energyKcal ?? 0), 0)
        : null,
      energyCount: items.filter((a) => a.energyKcal !== null).length,
    },
    nextCursor,
  };
}

const TRAINING = {
  kind: 'training-load',
  title: 'Training load',
  status: 'ok',
  summary: 'Your form is slightly negative.',
  formulas: [],
  inputs: [],
  missing: [],
  detail: {
    from: '2026-07-31',
    to: '2026-10-28',
    heartRate: {
      estimated: true,
      max: { bpm: 188, estimated: true, from: 'activity-max-heart-rate', date: '2026-10-01' },
      resting: { bpm: 52, estimated: true, from: 'resting-heart-rate-30-day-median', date: '2026-10-20' },
    },
    model: { trimpFormula: 'male', a: 0.64, b: 1.92, fitnessDays: 42, fatigueDays: 7, warmUpFrom: '2026-03-27' },
    current: { date: '2026-10-28', fitness: 10.5, fatigue: 12, form: -1.5 },
    days: [{ date: '2026-10-25', load: 80.5, activities: 1, unscored: 0 }],
    series: [
      { date: '2026-10-25', fitness: 1.92, fatigue: 11.5, form: 0 },
      { date: '2026-10-26', fitness: 1.87, fatigue: 10.06, form: -9.58 },
      { date: '2026-10-27', fitness: 1.83, fatigue: 8.8, form: -8.19 },
      { date: '2026-10-28', fitness: 1.78, fatigue: 7.7, form: -6.97 },
    ],
    activities: [],
  },
};

interface Api {
  list?: (params: URLSearchParams) => Response;
  all?: (params: URLSearchParams) => Response;
  training?: () => Response;
  settings?: Settings;
}

function stub({ list, all, training, settings = DANA.settings }: Api) {
  return stubPaths((url) => {
    if (url.pathname === '/api/me') return json({ ...DANA, settings });
    if (url.pathname === '/api/activities') {
      const params = url.searchParams;
      if (params.get('limit') === '500') return (all ?? (() => json(page([RUN, NEW_YORK]))))(params);
      return (list ?? (() => json(page([NEW_YORK, RUN]))))(params);
    }
    if (url.pathname === '/api/insights/training-load') return (training ?? (() => json(TRAINING)))();
    return undefined;
  });
}

function rowOf(name: string): HTMLElement {
  const table = screen.getByTestId('activity-list');
  return within(table).getByRole('row', { name: new RegExp(name) });
}

describe('ActivityPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    stubResizeObserver();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks for the last 90 days, then for the chosen sport, dates and the next page', async () => {
    const fetchMock = stub({
      list: (params) =>
        json(params.get('cursor') === 'next-1' ? page([RUN], null, 2) : page([NEW_YORK], 'next-1', 2)),
    });

    renderApp('/activity');

    // The first render loads the page's chunk.
    expect(await screen.findByRole('heading', { level: 1, name: 'Activity' }, { timeout: 5000 })).toBeInTheDocument();
    await screen.findByTestId('activity-list');
    const first = requested(fetchMock, '/api/activities').find((p) => p.get('limit') === '50');
    expect(Object.fromEntries(first ?? [])).toEqual({ from: '2026-07-31', to: '2026-10-28', limit: '50' });

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(screen.getByTestId('activity-list')).getAllByRole('row')).toHaveLength(3));
    const more = requested(fetchMock, '/api/activities').filter((p) => p.get('cursor') === 'next-1');
    expect(Object.fromEntries(more[0] ?? [])).toEqual({
      from: '2026-07-31',
      to: '2026-10-28',
      limit: '50',
      cursor: 'next-1',
    });
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Sport'), { target: { value: 'RUN' } });
    await waitFor(() =>
      expect(requested(fetchMock, '/api/activities').some((p) => p.get('sport') === 'RUN' && p.get('limit') === '50')).toBe(
        true,
      ),
    );

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-10-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-10-20' } });
    await waitFor(() => {
      const last = requested(fetchMock, '/api/activities').filter((p) => p.get('limit') === '50').at(-1);
      expect(Object.fromEntries(last ?? [])).toEqual({ from: '2026-10-01', to: '2026-10-20', limit: '50', sport: 'RUN' });
    });
    // The weekly volume pages every activity of the same range and sport with the largest page.
    await waitFor(() =>
      expect(
        requested(fetchMock, '/api/activities').some(
          (p) => p.get('limit') === '500' && p.get('from') === '2026-10-01' && p.get('sport') === 'RUN',
        ),
      ).toBe(true),
    );

    fireEvent.click(screen.getByRole('radio', { name: 'Year' }));
    await waitFor(() => {
      const last = requested(fetchMock, '/api/activities').filter((p) => p.get('limit') === '50').at(-1);
      expect(last?.get('from')).toBe('2025-10-29');
    });
  });

  it('shows miles, feet and pace per mile for imperial users, and every field in the detail', async () => {
    stub({ settings: { timeZone: 'Europe/Berlin', units: 'imperial' } });
    const user = userEvent.setup();

    renderApp('/activity');

    await screen.findByTestId('activity-list');
    const cells = within(rowOf('Night run')).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toContain('6.21 mi');
    expect(cells).toContain('8:03 /mi');
    expect(within(rowOf('Late ride')).getByText('18.6 mph')).toBeInTheDocument();

    const open = within(rowOf('Night run')).getByRole('button', { name: 'Night run' });
    open.focus();
    await user.keyboard('{Enter}');
    const detail = await screen.findByTestId('activity-detail');
    expect(within(detail).getByRole('heading', { name: 'Night run' })).toBeInTheDocument();
    expect(within(detail).getByText('328 ft')).toBeInTheDocument();
    expect(within(detail).getByText('6.21 mi')).toBeInTheDocument();
    expect(within(detail).getByText('50:00')).toBeInTheDocument();
    expect(within(detail).getByText('3:00:00')).toBeInTheDocument();
    expect(within(detail).getByText('148 bpm')).toBeInTheDocument();
    expect(within(detail).getByText('176 bpm')).toBeInTheDocument();
    expect(screen.getByTestId('activity-list').querySelector('tr.selected')).toHaveTextContent('Night run');
  });

  it('dates an activity on its own local date and time, across midnight and the change of the clocks', async () => {
    stub({});

    renderApp('/activity');

    await screen.findByTestId('activity-list');
    const night = within(rowOf('Night run')).getAllByRole('cell').map((cell) => cell.textContent);
    // 22:30 UTC on the 24th is 00:30 on the 25th in Berlin (still summer time).
    expect(night[0]).toMatch(/25/);
    expect(night[0]).toMatch(/Oct/);
    expect(night[1]).toMatch(/^(00:30|12:30\sAM)$/);
    const ride = within(rowOf('Late ride')).getAllByRole('cell').map((cell) => cell.textContent);
    // 03:30 UTC on the 26th is 23:30 on the 25th in New York, where it happened.
    expect(ride[0]).toMatch(/25/);
    expect(ride[1]).toMatch(/^(23:30|11:30\sPM)$/);

    fireEvent.click(rowOf('Night run'));
    const detail = await screen.findByTestId('activity-detail');
    // Three hours after 00:30 summer time is 02:30 winter time: the clocks went back at 03:00.
    const end = within(detail).getByText('End').nextElementSibling;
    expect(end).toHaveTextContent(/Oct 25, 2026, 2:30\sAM \(Europe\/Berlin\)/);

    fireEvent.click(within(screen.getByTestId('activity-list')).getByRole('button', { name: 'Late ride' }));
    const rideDetail = await screen.findByRole('heading', { name: 'Late ride' });
    const start = within(rideDetail.closest('section') as HTMLElement).getByText('Start').nextElementSibling;
    expect(start).toHaveTextContent(/America\/New_York/);
    expect(start).toHaveTextContent(/Oct 25, 2026, 11:30\sPM \(America\/New_York\)/);
    expect(start).toHaveTextContent(/Oct 26, 2026, 4:30\sAM in your zone \(Europe\/Berlin\)/);
  });

  it('shows unknown energy as a dash, never 0, and counts the activities the energy covers', async () => {
    stub({});

    renderApp('/activity');

    await screen.findByTestId('activity-list');
    const cells = within(rowOf('Night run')).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells.at(-1)).toBe('–');
    expect(screen.queryByText('0 kcal')).not.toBeInTheDocument();
    const totals = screen.getByRole('region', { name: 'Totals' });
    expect(within(totals).getByText('Energy').nextElementSibling).toHaveTextContent('612 kcal (1 of 2)');
  });

  it('asks to connect Strava when there are no activities, in every section', async () => {
    stub({ list: () => json(page([])), all: () => json(page([])) });

    renderApp('/activity');

    expect((await screen.findAllByText('Connect Strava to see your activities')).length).toBeGreaterThanOrEqual(1);
    expect(screen.getAllByRole('link', { name: 'Connect Strava' })[0]).toHaveAttribute('href', '/connections');
    expect(screen.queryByTestId('activity-list')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(document.querySelector('figure[data-chart="activity-weekly-volume"]')).toHaveAttribute('data-state', 'empty'),
    );
    await waitFor(() =>
      expect(document.querySelector('[data-chart="activity-calendar"]')).toHaveAttribute('data-state', 'empty'),
    );
  });

  it('says in a sentence when activities cannot be loaded, without the raw answer', async () => {
    const body = {
      type: 'https://falcon.health/problems/bad-gateway',
      title: 'Bad Gateway',
      detail: 'The health data could not be read. Try again in a minute.',
    };
    stub({ list: () => problem(502, body), all: () => problem(502, body), training: () => problem(502, body) });

    renderApp('/activity');

    const alerts = await screen.findAllByText('The health data could not be read. Try again in a minute.');
    expect(alerts.length).toBeGreaterThanOrEqual(1);
    await waitFor(() =>
      expect(document.querySelector('figure[data-chart="training-load"]')).toHaveAttribute('data-state', 'error'),
    );
    expect(document.body.textContent).not.toContain('{');
    expect(document.body.textContent).not.toContain('bad-gateway');
    expect(screen.getAllByRole('button', { name: 'Try again' }).length).toBeGreaterThanOrEqual(1);
  });

  it('draws fitness, fatigue and form and says the heart-rate limits are estimated, with the way to set them', async () => {
    stub({});

    renderApp('/activity');

    await waitFor(() =>
      expect(document.querySelector('figure[data-chart="training-load"]')).toHaveAttribute('data-state', 'ready'),
    );
    expect(document.querySelector('figure[data-chart="training-load"]')).toHaveAttribute('data-points', '4');
    expect(screen.getByTestId('heart-rate-estimated')).toHaveTextContent('estimated until you set them');
    expect(screen.getByRole('link', { name: 'Set them in Settings' })).toHaveAttribute('href', '/settings');
    expect(screen.getByText(/188 bpm, estimated from an activity’s maximum heart rate/)).toBeInTheDocument();
  });

  it('says in words what training load still needs', async () => {
    stub({
      training: () =>
        json({
          ...TRAINING,
          status: 'insufficient-data',
          summary: 'Not enough heart-rate data for a training load.',
          missing: ['Set your maximum heart rate in Settings or sync activities with heart rate.'],
          detail: null,
        }),
    });

    renderApp('/activity');

    expect(
      await screen.findByText('Set your maximum heart rate in Settings or sync activities with heart rate.'),
    ).toBeInTheDocument();
    expect(document.querySelector('figure[data-chart="training-load"]')).toHaveAttribute('data-state', 'empty');
    expect(screen.getByText('Not enough data for fitness, fatigue and form yet.')).toBeInTheDocument();
  });

  it('draws the weekly volume per sport and the year calendar from every activity', async () => {
    stub({});

    renderApp('/activity');

    await waitFor(() =>
      expect(document.querySelector('figure[data-chart="activity-weekly-volume"]')).toHaveAttribute(
        'data-state',
        'ready',
      ),
    );
    await waitFor(() =>
      expect(document.querySelector('[data-chart="activity-calendar"]')).toHaveAttribute('data-state', 'ready'),
    );
    // Both activities happened on 25 October, their local date: one day of the year has minutes.
    expect(document.querySelector('[data-chart="activity-calendar"]')).toHaveAttribute('data-points', '1');
    const table = screen.getByTestId('weekly-volume-table');
    const week = table.querySelector('tr[data-week="2026-10-19"]');
    expect(week).not.toBeNull();
    expect(within(week as HTMLElement).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '0.8']);
  });
});
