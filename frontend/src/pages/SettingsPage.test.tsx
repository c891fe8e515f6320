import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../api/me';
import { DANA, json, problem, stubApi } from '../test/http';
import { renderApp } from '../test/render';
import { FakeResizeObserver } from './overview/uplotMock';

vi.mock('uplot', () => import('./overview/uplotMock'));
import { stubXhr } from '../test/xhr';
import { checkHeartRate } from './SettingsPage';

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

    const zone = await screen.findByLabelText('Time zone');
    await user.clear(zone);
    await user.type(zone, 'new y');
    await user.click(screen.getByRole('option', { name: 'America/New_York' }));
    await user.click(screen.getByLabelText(/imperial/i));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByRole('button', { name: 'Saving…' })).toBeDisabled();
    expect(screen.getByLabelText('Time zone')).toBeDisabled();
    const [, init] = fetchMock.mock.calls[1] ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({
      timeZone: 'America/New_York',
      units: 'imperial',
      heartRate: { trimpFormula: 'male' },
    });
    expect(screen.getByText(`Use ${BROWSER_ZONE} (from your browser)?`)).toBeInTheDocument();

    answer(json({ timeZone: 'America/New_York', units: 'imperial' }));

    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    await user.click(screen.getByRole('link', { name: 'Overview' }));
    // The overview uses the saved units at once.
    // The first load of the overview's chunk (charts included) can take a while under the test transform.
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' }, { timeout: 10000 })).toBeInTheDocument();
    expect(await screen.findByText('9.32 mi')).toBeInTheDocument();
    // The session knows the saved zone: the browser-zone proposal is gone.
    expect(screen.queryByText(`Use ${BROWSER_ZONE} (from your browser)?`)).not.toBeInTheDocument();
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

  describe('heart rate for training load', () => {
    const stored: Settings = {
      timeZone: 'Europe/Berlin',
      units: 'metric',
      heartRate: { max: 188, resting: null, fitnessDays: 42, fatigueDays: 7, trimpFormula: 'female' },
    };

    it('shows the stored values, blank where estimated', async () => {
      stubApi(signedInWith(stored));
      renderApp('/settings');

      expect(await screen.findByLabelText('Maximum heart rate (bpm)')).toHaveValue('188');
      expect(screen.getByLabelText('Resting heart rate (bpm)')).toHaveValue('');
      expect(screen.getByLabelText('Resting heart rate (bpm)')).toHaveAccessibleDescription(
        '25–120. Blank: estimated from your data.',
      );
      expect(screen.getByLabelText('Fitness time constant (days)')).toHaveValue('42');
      expect(screen.getByLabelText('Fatigue time constant (days)')).toHaveValue('7');
      expect(screen.getByLabelText(/Female coefficients/)).toBeChecked();
    });

    it('sends whole numbers, leaves blank fields out and keeps the formula', async () => {
      const fetchMock = stubApi({
        ...signedInWith(stored),
        'PUT /api/me/settings': () => json({ ...stored }),
      });
      const user = userEvent.setup();
      renderApp('/settings');

      await user.type(await screen.findByLabelText('Resting heart rate (bpm)'), '52');
      await user.clear(screen.getByLabelText('Fitness time constant (days)'));
      await user.clear(screen.getByLabelText('Fatigue time constant (days)'));
      await user.type(screen.getByLabelText('Fatigue time constant (days)'), '10');
      await user.click(screen.getByRole('button', { name: 'Save' }));

      expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
      const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
      expect(JSON.parse(String(put?.[1]?.body))).toEqual({
        timeZone: 'Europe/Berlin',
        units: 'metric',
        heartRate: { max: 188, resting: 52, fatigueDays: 10, trimpFormula: 'female' },
      });
    });

    it('refuses values out of range, non-numbers and a resting rate above the maximum without sending', async () => {
      const fetchMock = stubApi(signedInWith(stored));
      const user = userEvent.setup();
      renderApp('/settings');

      const max = await screen.findByLabelText('Maximum heart rate (bpm)');
      await user.clear(max);
      await user.type(max, '250');
      await user.type(screen.getByLabelText('Fatigue time constant (days)'), 'x');
      await user.click(screen.getByRole('button', { name: 'Save' }));

      expect(await screen.findByText('Please correct the highlighted fields.')).toBeInTheDocument();
      expect(max).toHaveAttribute('aria-invalid', 'true');
      expect(max).toHaveAccessibleDescription(/Enter a whole number from 100 to 230/);
      expect(screen.getByLabelText('Fatigue time constant (days)')).toHaveAccessibleDescription(
        /Enter a whole number from 2 to 30/,
      );

      await user.clear(max);
      await user.type(max, '100');
      await user.clear(screen.getByLabelText('Fatigue time constant (days)'));
      await user.type(screen.getByLabelText('Resting heart rate (bpm)'), '110');
      await user.click(screen.getByRole('button', { name: 'Save' }));

      expect(screen.getByLabelText('Resting heart rate (bpm)')).toHaveAccessibleDescription(
        /must be below the maximum/,
      );
      expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);
    });

    it('shows the server’s field errors next to the heart-rate fields', async () => {
      stubApi({
        ...signedInWith(stored),
        'PUT /api/me/settings': () =>
          problem(400, {
            type: 'https://falcon.health/problems/validation',
            errors: [{ field: 'heartRate.resting', message: 'must be below max' }],
          }),
      });
      renderApp('/settings');

      await userEvent.click(await screen.findByRole('button', { name: 'Save' }));

      expect(await screen.findByText('must be below max')).toBeInTheDocument();
      expect(screen.getByLabelText('Resting heart rate (bpm)')).toHaveAttribute('aria-invalid', 'true');
    });

    it('checks each field on its own (checkHeartRate)', () => {
      const blank = { max: '', resting: '', fitnessDays: '', fatigueDays: '', trimpFormula: 'male' as const };
      expect(checkHeartRate(blank)).toEqual({ update: { trimpFormula: 'male' } });
      expect(checkHeartRate({ ...blank, max: ' 230 ', resting: '25', fitnessDays: '7', fatigueDays: '30' })).toEqual({
        update: { max: 230, resting: 25, fitnessDays: 7, fatigueDays: 30, trimpFormula: 'male' },
      });
      expect(checkHeartRate({ ...blank, max: '99' })).toHaveProperty(['fieldErrors', 'heartRate.max']);
      expect(checkHeartRate({ ...blank, fitnessDays: '91' })).toHaveProperty(['fieldErrors', 'heartRate.fitnessDays']);
      expect(checkHeartRate({ ...blank, resting: '60.5' })).toHaveProperty(['fieldErrors', 'heartRate.resting']);
      expect(checkHeartRate({ ...blank, max: '120', resting: '120' })).toHaveProperty([
        'fieldErrors',
        'heartRate.resting',
      ]);
    });
  });

  describe('your data', () => {
    it('links to the full export as a download', async () => {
      stubApi(signedInWith({ timeZone: 'Europe/Berlin', units: 'metric' }));
      renderApp('/settings');

      const link = await screen.findByRole('link', { name: 'Download all my data' });
      expect(link).toHaveAttribute('href', '/api/export/all');
      expect(link).toHaveAttribute('download');
    });

    it('restores an archive sent as raw application/zip with the CSRF header, with progress and the report', async () => {
      stubApi(signedInWith({ timeZone: 'Europe/Berlin', units: 'metric' }));
      const requests = stubXhr();
      document.cookie = 'XSRF-TOKEN=csrf-restore; path=/';
      const user = userEvent.setup();
      renderApp('/settings');

      const form = await screen.findByRole('form', { name: 'Restore from an export' });
      await user.click(within(form).getByRole('button', { name: 'Restore' }));
      expect(await within(form).findByText('Choose the export archive (a ZIP) first.')).toBeInTheDocument();
      expect(requests).toHaveLength(0);

      const archive = new File(['PK\u0003\u0004'], 'falcon-export.zip', { type: 'application/x-zip-compressed' });
      await user.upload(within(form).getByLabelText('Export archive (ZIP)'), archive);
      await user.click(within(form).getByRole('button', { name: 'Restore' }));

      const [xhr] = requests;
      expect(xhr?.method).toBe('POST');
      expect(xhr?.url).toBe('/api/me/restore');
      expect(xhr?.headers['X-XSRF-TOKEN']).toBe('csrf-restore');
      expect(xhr?.headers['Content-Type']).toBe('application/zip');
      expect(xhr?.body).toBeInstanceOf(Blob);
      expect((xhr?.body as Blob).type).toBe('application/zip');
      expect(within(form).getByRole('button', { name: 'Restoring…' })).toBeDisabled();

      act(() => xhr?.progress(50, 200));
      expect(screen.getByLabelText('Uploading: 25%')).toHaveAttribute('value', '25');

      act(() =>
        xhr?.respond(202, {
          restored: { 'backend-server': { user_settings: 1, photos: 3, errors: [] } },
          imports: { 'fitness-service': { id: 'a' }, 'diet-service': { id: 'b' } },
          failed: ['dropbox-ingest'],
          reasons: { 'dropbox-ingest': 'HTTP 503' },
        }),
      );
      expect(await screen.findByText(/Restored your settings and 3 photos/)).toBeInTheDocument();
      expect(screen.getByText(/fitness-service, diet-service/)).toBeInTheDocument();
      expect(screen.getByText(/dropbox-ingest \(HTTP 503\)/)).toBeInTheDocument();
    });

    it.each([
      [400, 'invalid-archive', 'no manifest', 'This file is not a Falcon Health export archive: no manifest'],
      [413, 'payload-too-large', undefined, 'This archive is larger than the server accepts.'],
    ])('says why a restore was refused (%s %s)', async (status, type, detail, text) => {
      stubApi(signedInWith({ timeZone: 'Europe/Berlin', units: 'metric' }));
      const requests = stubXhr();
      const user = userEvent.setup();
      renderApp('/settings');

      const form = await screen.findByRole('form', { name: 'Restore from an export' });
      await user.upload(within(form).getByLabelText('Export archive (ZIP)'), new File(['x'], 'a.zip'));
      await user.click(within(form).getByRole('button', { name: 'Restore' }));
      act(() => requests[0]?.respond(status, { type: `https://falcon.health/problems/${type}`, detail }));

      expect(await screen.findByText(text)).toBeInTheDocument();
    });
  });

  describe('delete account', () => {
    it('sends confirm=<sub> only after the user id is typed, then signs out', async () => {
      const submit = vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(() => undefined);
      document.cookie = 'XSRF-TOKEN=csrf-delete; path=/';
      const fetchMock = stubApi({
        ...signedInWith({ timeZone: 'Europe/Berlin', units: 'metric' }),
        'DELETE /api/me?confirm=demo': () => json({ removed: { 'backend-server': { user_settings: 1 } } }),
      });
      const user = userEvent.setup();
      renderApp('/settings');

      await user.click(await screen.findByRole('button', { name: 'Delete account…' }));
      const dialog = screen.getByRole('dialog', { name: 'Delete your account?' });
      const confirm = within(dialog).getByLabelText('Your user id');
      expect(confirm).toHaveFocus();
      const button = within(dialog).getByRole('button', { name: 'Delete my account' });
      expect(button).toBeDisabled();

      await user.type(confirm, 'dem');
      expect(button).toBeDisabled();
      await user.type(confirm, '{Enter}');
      expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false);

      await user.type(confirm, 'o');
      expect(button).toBeEnabled();
      await user.click(button);

      expect(await within(dialog).findByText('Your account was deleted. Signing you out…')).toBeInTheDocument();
      const call = fetchMock.mock.calls.find(([, init]) => init?.method === 'DELETE');
      expect(String(call?.[0])).toBe('/api/me?confirm=demo');
      expect(new Headers(call?.[1]?.headers).get('X-XSRF-TOKEN')).toBe('csrf-delete');
      expect(submit).toHaveBeenCalledTimes(1);
      const form = submit.mock.contexts[0] as HTMLFormElement;
      expect(form.getAttribute('action')).toBe('/logout');
      expect(form.method).toBe('post');
      expect((form.elements.namedItem('_csrf') as HTMLInputElement).value).toBe('csrf-delete');
    });

    it('closes with Escape or Cancel, returning the focus to its button', async () => {
      stubApi(signedInWith({ timeZone: 'Europe/Berlin', units: 'metric' }));
      const user = userEvent.setup();
      renderApp('/settings');

      const open = await screen.findByRole('button', { name: 'Delete account…' });
      await user.click(open);
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(open).toHaveFocus();

      await user.click(open);
      await user.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(open).toHaveFocus();
    });

    it('says so when a service could not erase yet, and lets the user try again', async () => {
      const submit = vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(() => undefined);
      let calls = 0;
      stubApi({
        ...signedInWith({ timeZone: 'Europe/Berlin', units: 'metric' }),
        'DELETE /api/me?confirm=demo': () =>
          ++calls === 1
            ? problem(502, { type: 'https://falcon.health/problems/erasure-incomplete', failed: ['diet-service'] })
            : json({ removed: {} }),
      });
      const user = userEvent.setup();
      renderApp('/settings');

      await user.click(await screen.findByRole('button', { name: 'Delete account…' }));
      await user.type(screen.getByLabelText('Your user id'), 'demo');
      await user.click(screen.getByRole('button', { name: 'Delete my account' }));

      expect(await screen.findByText(/could not be deleted yet/)).toBeInTheDocument();
      expect(submit).not.toHaveBeenCalled();
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
    });
  });
});
