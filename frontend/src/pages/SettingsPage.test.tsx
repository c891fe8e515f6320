import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../api/me';
import { DANA, json, problem, stubApi } from '../test/http';
import { renderApp } from '../test/render';
import { FakeResizeObserver } from './overview/uplotMock';

vi.mock('uplot', () => import('./overview/uplotMock'));

const BROWSER_ZONE = 'Pacific/Auckland';

function signedInWith(settings: Settings) {
  return { 'GET /api/me': () => json({ ...DANA, settings }) };
}

/** The overview's answers: a week with one 15 km run, and no insights. */
const OVERVIEW = {
  'GET /api/dashboard': () =>
    json({
      zone: 'America/New_York',
      today: '2026-03-10',
      restingHeartRate: null,
      bloodPressure: null,
      sleep: null,
      steps: null,
      caloriesIn: null,
      caloriesOut: null,
      activities: {
        last7: [{ sportType: 'RUN', count: 1, distanceMeters: 15000, movingSeconds: 4500, energyKcal: null, energyCount: 0 }],
        last30: [],
      },
      sources: [],
    }),
  'GET /api/insights': () =>
    json({ zone: 'America/New_York', today: '2026-03-10', computedAt: '2026-03-10T10:00:00Z', insights: [] }),
};

describe('SettingsPage', () => {
  beforeEach(() => {
    // Pretend the browser runs in a zone that no test stores, so the default is observable.
    const real = Intl.DateTimeFormat.prototype.resolvedOptions;
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (
      this: Intl.DateTimeFormat,
    ) {
      return { ...real.call(this), timeZone: BROWSER_ZONE };
    });
  });

  beforeEach(() => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('defaults the time zone to the browser zone when none is stored', async () => {
    stubApi(signedInWith({ timeZone: null, units: 'imperial' }));

    renderApp('/settings');

    expect(await screen.findByLabelText('Time zone')).toHaveValue(BROWSER_ZONE);
    expect(screen.getByLabelText(/imperial/i)).toBeChecked();
  });

  it('shows the stored time zone rather than the browser zone', async () => {
    stubApi(signedInWith({ timeZone: 'Europe/Berlin', units: 'metric' }));

    renderApp('/settings');

    expect(await screen.findByLabelText('Time zone')).toHaveValue('Europe/Berlin');
    expect(screen.getByLabelText(/metric/i)).toBeChecked();
  });

  it('sends the chosen settings, disables the form while saving and confirms', async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetchMock = stubApi({
      ...signedInWith({ timeZone: null, units: 'metric' }),
      ...OVERVIEW,
      'PUT /api/me/settings': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    const user = userEvent.setup();
    renderApp('/settings');

    await user.selectOptions(await screen.findByLabelText('Time zone'), 'America/New_York');
    await user.click(screen.getByLabelText(/imperial/i));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByRole('button', { name: 'Saving…' })).toBeDisabled();
    expect(screen.getByLabelText('Time zone')).toBeDisabled();
    const [, init] = fetchMock.mock.calls[1] ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({ timeZone: 'America/New_York', units: 'imperial' });

    answer(json({ timeZone: 'America/New_York', units: 'imperial' }));

    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    await user.click(screen.getByRole('link', { name: 'Overview' }));
    // The overview uses the saved units at once.
    // The first load of the overview's chunk (charts included) can take a while under the test transform.
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' }, { timeout: 10000 })).toBeInTheDocument();
    expect(await screen.findByText('9.32 mi')).toBeInTheDocument();
  });

  it('shows validation messages from a 400 problem next to the fields', async () => {
    stubApi({
      ...signedInWith({ timeZone: 'Europe/Berlin', units: 'metric' }),
      'PUT /api/me/settings': () =>
        problem(400, {
          type: 'https://falcon.health/problems/validation',
          title: 'Bad Request',
          errors: [
            { field: 'timeZone', message: 'must be a valid IANA time zone' },
            { field: 'units', message: 'must be metric or imperial' },
          ],
        }),
    });
    renderApp('/settings');

    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));

    const zone = screen.getByLabelText('Time zone');
    expect(await screen.findByText('must be a valid IANA time zone')).toBeInTheDocument();
    expect(zone).toHaveAttribute('aria-invalid', 'true');
    expect(zone).toHaveAccessibleDescription('must be a valid IANA time zone');
    expect(screen.getByText('must be metric or imperial')).toBeInTheDocument();
    expect(screen.getByText('Please correct the highlighted fields.')).toBeInTheDocument();
    expect(screen.queryByText('Settings saved.')).not.toBeInTheDocument();
  });

  it('shows the problem detail when saving fails without field errors', async () => {
    stubApi({
      ...signedInWith({ timeZone: 'Europe/Berlin', units: 'metric' }),
      'PUT /api/me/settings': () => problem(500, { title: 'Internal Server Error', detail: 'Try again later.' }),
    });
    renderApp('/settings');

    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Try again later.')).toBeInTheDocument();
  });
});
