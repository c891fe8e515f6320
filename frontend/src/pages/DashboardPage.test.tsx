import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Activity, ActivityPage } from '../api/activities';
import type { Settings } from '../api/me';
import { DANA, json, problem, stubApi } from '../test/http';
import { renderApp } from '../test/render';

const RUN: Activity = {
  id: 'demo:strava:987',
  name: 'Morning trail',
  sportType: 'RUN',
  sportTypeRaw: 'TrailRun',
  startTime: '2026-03-09T23:30:00Z',
  localDate: '2026-03-10',
  zoneId: 'Europe/Paris',
  elapsedSeconds: 3300,
  movingSeconds: 3000,
  distanceMeters: 10000,
  elevationGainMeters: 240,
  averageHeartRateBpm: 148.4,
  maxHeartRateBpm: 176,
  energyKcal: 712,
};

const WEEK: ActivityPage = {
  items: [RUN],
  totals: { count: 3, distanceMeters: 42195, movingSeconds: 15000, energyKcal: 2500, energyCount: 3 },
  nextCursor: null,
};

function signedInWith(settings: Settings, recent: ActivityPage, week: ActivityPage = WEEK) {
  return {
    'GET /api/me': () => json({ ...DANA, settings }),
    'GET /api/activities?limit=10': () => json(recent),
    // Today in Berlin is 10 March (the fake clock below): the last 7 days are 4–10 March.
    'GET /api/activities?from=2026-03-04&to=2026-03-10&limit=1': () => json(week),
  };
}

describe('DashboardPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-10T12:00:00Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists recent activities in miles for imperial users, dated in their zone', async () => {
    stubApi(signedInWith({ timeZone: 'Europe/Berlin', units: 'imperial' }, WEEK));

    renderApp('/');

    const recent = await screen.findByRole('region', { name: 'Recent activities' });
    const row = within(recent).getByRole('row', { name: /Morning trail/ });
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    // 23:30 UTC on 9 March is 10 March in Berlin.
    expect(cells[0]).toMatch(/10/);
    expect(cells[0]).toMatch(/Mar/);
    expect(cells.slice(1)).toEqual(['Run', 'Morning trail', '6.21 mi', '0:50', '148 bpm']);
    const week = within(recent).getByRole('region', { name: 'Last 7 days' });
    expect(within(week).getByText('3')).toBeInTheDocument();
    expect(within(week).getByText('26.22 mi')).toBeInTheDocument();
    expect(within(week).getByText('4:10')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'No data yet' })).not.toBeInTheDocument();
  });

  it('shows unknown energy as a dash, never 0 kcal', async () => {
    const unknown: ActivityPage = {
      items: [{ ...RUN, energyKcal: null }],
      totals: { count: 3, distanceMeters: 42195, movingSeconds: 15000, energyKcal: null, energyCount: 0 },
      nextCursor: null,
    };
    stubApi(signedInWith({ timeZone: 'Europe/Berlin', units: 'metric' }, unknown, unknown));

    renderApp('/');

    const week = await screen.findByRole('region', { name: 'Last 7 days' });
    const energy = within(week).getByText('Energy').nextElementSibling;
    expect(energy).toHaveTextContent('—');
    expect(within(week).queryByText(/0 kcal/)).not.toBeInTheDocument();
  });

  it('says how many activities the energy covers when only some reported it', async () => {
    const partial: ActivityPage = {
      items: [RUN],
      totals: { count: 3, distanceMeters: 42195, movingSeconds: 15000, energyKcal: 712, energyCount: 1 },
      nextCursor: null,
    };
    stubApi(signedInWith({ timeZone: 'Europe/Berlin', units: 'metric' }, partial, partial));

    renderApp('/');

    const week = await screen.findByRole('region', { name: 'Last 7 days' });
    expect(within(week).getByText('712 kcal (1 of 3)')).toBeInTheDocument();
  });

  it('shows kilometres for metric users', async () => {
    stubApi(signedInWith({ timeZone: 'Europe/Berlin', units: 'metric' }, WEEK));

    renderApp('/');

    const recent = await screen.findByRole('region', { name: 'Recent activities' });
    expect(within(recent).getByText('10.00 km')).toBeInTheDocument();
    expect(within(recent).getByText('42.20 km')).toBeInTheDocument();
  });

  it('keeps the empty state with a link to Connections when there are no activities', async () => {
    const fetchMock = stubApi(
      signedInWith(
        { timeZone: 'Europe/Berlin', units: 'imperial' },
        {
          items: [],
          totals: { count: 0, distanceMeters: 0, movingSeconds: 0, energyKcal: null, energyCount: 0 },
          nextCursor: null,
        },
      ),
    );

    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'No data yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Connections' })).toHaveAttribute('href', '/connections');
    expect(screen.queryByRole('region', { name: 'Recent activities' })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).not.toContain(
      '/api/activities?from=2026-03-04&to=2026-03-10&limit=1',
    );
  });

  it('says so when activities cannot be loaded', async () => {
    stubApi({
      'GET /api/me': () => json(DANA),
      'GET /api/activities?limit=10': () => problem(503, { title: 'Service Unavailable', detail: 'Try later.' }),
    });

    renderApp('/');

    expect(await screen.findByText(/Your activities could not be loaded: Try later\./)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'No data yet' })).not.toBeInTheDocument();
  });
});
