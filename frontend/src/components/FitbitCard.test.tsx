import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '../api/connections';
import type { ImportView } from '../api/imports';
import { DANA, json, problem, stubApi } from '../test/http';
import { renderApp } from '../test/render';
import { IMPORT_POLL_MILLIS } from './useTrackedImport';

/** Unchanged since the Fitbit import had its own component, so a reload still finds older ids. */
const LAST_IMPORT_KEY = 'falcon.fitbit.lastImport';

const IMPORTS = '/api/connections/fitbit/imports';
const FITBIT_NAME = 'Fitbit (Google Health API)';

function fitbit(status: Connection['status']): Connection {
  return {
    provider: 'fitbit',
    displayName: FITBIT_NAME,
    description: 'Sleep and heart rate',
    available: true,
    status,
    statusReason: null,
    lastSuccessfulSyncAt: null,
    lastRunStatus: null,
    counts: {},
  };
}

const STRAVA: Connection = { ...fitbit('ACTIVE'), provider: 'strava', displayName: 'Strava', description: 'Activities' };

const REPORT: Partial<ImportView> = {
  format: 'TAKEOUT_FITBIT',
  rowsImported: 1234567,
  rowsSkipped: 12,
  files: [
    { name: 'Global Export Data/sleep-2024-02-01.json', kind: 'SLEEP', rowsImported: 1234567, rowsSkipped: 0 },
    {
      name: 'Global Export Data/resting_heart_rate-2024-01-01.json',
      kind: 'HEART_RATE',
      rowsImported: 0,
      rowsSkipped: 12,
    },
  ],
  skipped: [{ file: 'Global Export Data/resting_heart_rate-2024-01-01.json', reason: 'no data', count: 12 }],
  errors: [{ file: 'Global Export Data/sleep-2024-02-01.json', line: 7, reason: 'malformed JSON' }],
};

function imported(overrides: Partial<ImportView>): ImportView {
  return {
    id: 'imp-1',
    provider: 'fitbit',
    origin: 'UPLOAD',
    fileName: 'fitbit-export.zip',
    format: null,
    status: 'RUNNING',
    zone: 'Europe/Berlin',
    zoneAssumed: true,
    progress: { done: 0, total: 0 },
    rowsImported: 0,
    rowsSkipped: 0,
    files: [],
    skipped: [],
    errors: [],
    moreErrors: 0,
    dropbox: null,
    ...overrides,
  };
}

function routes(settingsZone: string | null = 'Europe/Berlin', status: Connection['status'] = 'NOT_CONNECTED') {
  return {
    'GET /api/me': () => json({ ...DANA, settings: { ...DANA.settings, timeZone: settingsZone } }),
    'GET /api/connections': () => json([STRAVA, fitbit(status)]),
    [`GET ${IMPORTS}?limit=20`]: () => json([]),
  };
}

const ZIP = new File(['PK\u0003\u0004'], 'fitbit-export.zip', { type: 'application/zip' });

async function importSection() {
  const card = await screen.findByRole('listitem', { name: FITBIT_NAME });
  return within(card).getByRole('region', { name: 'Import a Fitbit or Google Takeout export' });
}

function importGets(fetchMock: ReturnType<typeof stubApi>): number {
  return fetchMock.mock.calls.filter(([url]) => String(url) === `${IMPORTS}/imp-1`).length;
}

describe('Fitbit card', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each(['NOT_CONNECTED', 'ACTIVE', 'DISCONNECTED'] as const)(
    'is offered on the Fitbit card only (%s), with the settings zone as default',
    async (status) => {
      stubApi(routes('America/Chicago', status));
      renderApp('/connections');

      const section = await importSection();
      expect(within(section).getByLabelText('Export ZIP')).toHaveAttribute('accept', '.zip,application/zip');
      expect(within(section).getByLabelText('Time zone of the export')).toHaveValue('America/Chicago');
      expect(within(section).getByLabelText('Time zone of the export')).toHaveAccessibleDescription(
        /times in an export carry no time zone/i,
      );
      expect(within(section).getByRole('button', { name: 'Import' })).toBeEnabled();
      const strava = screen.getByRole('listitem', { name: 'Strava' });
      expect(within(strava).queryByRole('region')).not.toBeInTheDocument();
      const card = screen.getByRole('listitem', { name: FITBIT_NAME });
      const recent = await within(card).findByRole('region', { name: /^Recent files/ });
      // the region shows "Loading files…" until the list has arrived
      await waitFor(() => expect(recent).toHaveTextContent('No files yet.'));
    },
  );

  it("defaults to the browser's zone when no zone is saved", async () => {
    const real = Intl.DateTimeFormat.prototype.resolvedOptions;
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (
      this: Intl.DateTimeFormat,
    ) {
      return { ...real.call(this), timeZone: 'Pacific/Auckland' };
    });
    stubApi(routes(null));
    renderApp('/connections');

    const section = await importSection();
    expect(within(section).getByLabelText('Time zone of the export')).toHaveValue('Pacific/Auckland');
  });

  it('uploads the ZIP as multipart with the chosen zone and the CSRF header, disabled while uploading', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-upload';
    let answer: (response: Response) => void = () => undefined;
    const fetchMock = stubApi({
      ...routes(),
      [`POST ${IMPORTS}`]: () => new Promise<Response>((resolve) => (answer = resolve)),
      [`GET ${IMPORTS}/imp-1`]: () => json(imported({ status: 'QUEUED' })),
    });
    const user = userEvent.setup();
    renderApp('/connections');
    const section = await importSection();

    await user.upload(within(section).getByLabelText('Export ZIP'), ZIP);
    const zone = within(section).getByLabelText('Time zone of the export');
    await user.clear(zone);
    await user.type(zone, 'new y{Enter}');
    await user.click(within(section).getByRole('button', { name: 'Import' }));

    expect(within(section).getByRole('button', { name: 'Uploading…' })).toBeDisabled();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    const init = post?.[1];
    expect(init?.body).toBeInstanceOf(FormData);
    const form = init?.body as FormData;
    expect((form.get('file') as File).name).toBe('fitbit-export.zip');
    expect(form.get('timeZone')).toBe('America/New_York');
    const headers = new Headers(init?.headers);
    expect(headers.get('X-XSRF-TOKEN')).toBe('csrf-upload');
    expect(headers.has('Content-Type')).toBe(false);
    expect(init?.credentials).toBe('same-origin');

    await act(async () => answer(json({ id: 'imp-1', status: 'QUEUED' }, 202)));

    expect(await within(section).findByRole('button', { name: 'Import' })).toBeEnabled();
    expect(await within(section).findByText('Import of fitbit-export.zip')).toBeInTheDocument();
    expect(sessionStorage.getItem(LAST_IMPORT_KEY)).toBe('imp-1');
  });

  it('asks for a file before uploading anything', async () => {
    const fetchMock = stubApi(routes());
    const user = userEvent.setup();
    renderApp('/connections');
    const section = await importSection();

    await user.click(within(section).getByRole('button', { name: 'Import' }));

    expect(within(section).getByText('Choose the export ZIP first.')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('polls every 2 seconds with a progress bar and stops once the import succeeded', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let current = imported({ status: 'QUEUED' });
    const fetchMock = stubApi({
      ...routes(),
      [`POST ${IMPORTS}`]: () => json({ id: 'imp-1', status: 'QUEUED' }, 202),
      [`GET ${IMPORTS}/imp-1`]: () => json(current),
    });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { unmount } = renderApp('/connections');
    const section = await importSection();
    await user.upload(within(section).getByLabelText('Export ZIP'), ZIP);
    await user.click(within(section).getByRole('button', { name: 'Import' }));

    expect(await within(section).findByRole('status')).toHaveTextContent('Waiting for the import to start…');
    expect(importGets(fetchMock)).toBe(1);

    current = imported({ status: 'RUNNING', progress: { done: 3, total: 12 } });
    await act(() => vi.advanceTimersByTimeAsync(IMPORT_POLL_MILLIS));
    expect(importGets(fetchMock)).toBe(2);
    expect(within(section).getByRole('status')).toHaveTextContent('Importing…');
    const bar = within(section).getByRole('progressbar', { name: '3 of 12 done (25%)' });
    expect(bar).toHaveAttribute('value', '3');
    expect(bar).toHaveAttribute('max', '12');

    current = imported({ status: 'RUNNING', progress: { done: 9, total: 12 } });
    await act(() => vi.advanceTimersByTimeAsync(IMPORT_POLL_MILLIS));
    expect(importGets(fetchMock)).toBe(3);
    expect(within(section).getByRole('progressbar')).toHaveAttribute('value', '9');

    const listBefore = fetchMock.mock.calls.filter(([url]) => url === '/api/connections').length;
    const recentBefore = fetchMock.mock.calls.filter(([url]) => url === `${IMPORTS}?limit=20`).length;
    current = imported({ status: 'SUCCEEDED', progress: { done: 12, total: 12 }, ...REPORT });
    await act(() => vi.advanceTimersByTimeAsync(IMPORT_POLL_MILLIS));
    expect(importGets(fetchMock)).toBe(4);
    expect(within(section).getByRole('status')).toHaveTextContent('Import finished.');
    expect(within(section).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(section).getByText('Rows imported').nextElementSibling).toHaveTextContent(
      (1234567).toLocaleString(),
    );
    // The cards are refreshed once, for the new counts.
    expect(fetchMock.mock.calls.filter(([url]) => url === '/api/connections').length).toBe(listBefore + 1);
    expect(fetchMock.mock.calls.filter(([url]) => url === `${IMPORTS}?limit=20`).length).toBe(recentBefore + 1);

    await act(() => vi.advanceTimersByTimeAsync(IMPORT_POLL_MILLIS * 10));
    expect(importGets(fetchMock)).toBe(4);
    unmount();
  });

  it('renders the report: totals, files, skipped files with reasons and errors with lines', async () => {
    sessionStorage.setItem(LAST_IMPORT_KEY, 'imp-1');
    stubApi({
      ...routes(),
      [`GET ${IMPORTS}/imp-1`]: () => json(imported({ status: 'SUCCEEDED', ...REPORT })),
    });
    renderApp('/connections');
    const section = await importSection();

    expect(await within(section).findByText('Import finished.')).toHaveRole('status');
    const facts = Object.fromEntries(
      within(section)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(facts).toEqual({
      'Files read': '2',
      'Rows imported': (1234567).toLocaleString(),
      'Rows skipped': '12',
    });
    expect(within(section).getByText('Format: Fitbit / Google Takeout export')).toBeInTheDocument();
    const files = within(section).getByRole('table', { name: 'Files read' });
    expect(within(files).getAllByRole('row')).toHaveLength(3);
    const skipped = within(section).getByRole('list', { name: 'Skipped (1)' });
    expect(within(skipped).getByRole('listitem')).toHaveTextContent(
      'Global Export Data/resting_heart_rate-2024-01-01.json: no data (12 records)',
    );
    const errors = within(section).getByRole('list', { name: 'Errors (1)' });
    expect(within(errors).getByRole('listitem')).toHaveTextContent(
      'Global Export Data/sleep-2024-02-01.json, line 7: malformed JSON',
    );
    expect(
      within(section).getByText('Times read in Europe/Berlin (assumed: the file states no zone).'),
    ).toBeInTheDocument();
  });

  it('collapses long lists behind a details toggle', async () => {
    sessionStorage.setItem(LAST_IMPORT_KEY, 'imp-1');
    const errors = Array.from({ length: 8 }, (_, i) => ({ file: `steps-${i}.json`, reason: 'malformed JSON' }));
    stubApi({
      ...routes(),
      [`GET ${IMPORTS}/imp-1`]: () =>
        json(imported({ status: 'SUCCEEDED', ...REPORT, errors, skipped: [], moreErrors: 92 })),
    });
    const user = userEvent.setup();
    renderApp('/connections');
    const section = await importSection();

    const toggle = await within(section).findByText('Errors (100)');
    expect(toggle.tagName).toBe('SUMMARY');
    const details = toggle.closest('details');
    expect(details).not.toHaveAttribute('open');
    expect(within(section).queryByRole('list', { name: 'Skipped (0)' })).not.toBeInTheDocument();

    // A <summary> is focusable and opens with Enter or Space in browsers; jsdom only knows the click.
    await user.click(toggle);

    expect(details).toHaveAttribute('open');
    expect(within(details as HTMLElement).getAllByRole('listitem')).toHaveLength(8);
    expect(within(details as HTMLElement).getAllByRole('listitem')[0]).toHaveTextContent(
      'steps-0.json: malformed JSON',
    );
    expect(within(details as HTMLElement).getByText('…and 92 more.')).toBeInTheDocument();
  });

  it('shows the detail of a 413 problem and keeps the form usable', async () => {
    stubApi({
      ...routes(),
      [`POST ${IMPORTS}`]: () =>
        problem(413, {
          type: 'https://falcon.health/problems/payload-too-large',
          title: 'Payload too large',
          detail: 'The export is larger than 2 GB.',
        }),
    });
    const user = userEvent.setup();
    renderApp('/connections');
    const section = await importSection();

    await user.upload(within(section).getByLabelText('Export ZIP'), ZIP);
    await user.click(within(section).getByRole('button', { name: 'Import' }));

    expect(await within(section).findByText('The export is larger than 2 GB.')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Import' })).toBeEnabled();
    expect(sessionStorage.getItem(LAST_IMPORT_KEY)).toBeNull();
  });

  it('shows field errors from a 400 problem next to their fields', async () => {
    stubApi({
      ...routes(),
      [`POST ${IMPORTS}`]: () =>
        problem(400, {
          type: 'https://falcon.health/problems/validation',
          title: 'Validation failed',
          errors: [{ field: 'timeZone', message: 'must be an IANA time zone' }],
        }),
    });
    const user = userEvent.setup();
    renderApp('/connections');
    const section = await importSection();

    await user.upload(within(section).getByLabelText('Export ZIP'), ZIP);
    await user.click(within(section).getByRole('button', { name: 'Import' }));

    expect(await within(section).findByText('Please correct the highlighted fields.')).toBeInTheDocument();
    const zone = within(section).getByLabelText('Time zone of the export');
    expect(zone).toHaveAttribute('aria-invalid', 'true');
    expect(zone).toHaveAccessibleDescription(/must be an IANA time zone/);
  });

  it('shows a failed import with its errors and stops polling', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    sessionStorage.setItem(LAST_IMPORT_KEY, 'imp-1');
    const fetchMock = stubApi({
      ...routes(),
      [`GET ${IMPORTS}/imp-1`]: () =>
        json(
          imported({
            status: 'FAILED',
            reason: 'The export could not be read to the end.',
            errors: [{ file: 'fitbit-export.zip', reason: 'not a ZIP archive' }],
          }),
        ),
    });
    const { unmount } = renderApp('/connections');
    const section = await importSection();

    expect(await within(section).findByText('Import failed.')).toHaveRole('status');
    expect(within(section).getByText('The export could not be read to the end.')).toHaveClass('error');
    expect(within(section).getByRole('list', { name: 'Errors (1)' })).toHaveTextContent(
      'fitbit-export.zip: not a ZIP archive',
    );
    await act(() => vi.advanceTimersByTimeAsync(IMPORT_POLL_MILLIS * 5));
    expect(importGets(fetchMock)).toBe(1);
    unmount();
  });

  it('resumes a running import after a reload and forgets it when dismissed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    sessionStorage.setItem(LAST_IMPORT_KEY, 'imp-1');
    let current = imported({ status: 'RUNNING', progress: { done: 1, total: 4 } });
    const fetchMock = stubApi({ ...routes(), [`GET ${IMPORTS}/imp-1`]: () => json(current) });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { unmount } = renderApp('/connections');
    const section = await importSection();

    expect(await within(section).findByRole('progressbar', { name: '1 of 4 done (25%)' })).toBeInTheDocument();
    current = imported({ status: 'SUCCEEDED', ...REPORT });
    await act(() => vi.advanceTimersByTimeAsync(IMPORT_POLL_MILLIS));
    expect(within(section).getByRole('status')).toHaveTextContent('Import finished.');
    expect(importGets(fetchMock)).toBe(2);

    await user.click(within(section).getByRole('button', { name: 'Dismiss' }));
    expect(within(section).queryByRole('status')).not.toBeInTheDocument();
    expect(sessionStorage.getItem(LAST_IMPORT_KEY)).toBeNull();
    unmount();
  });

  it('forgets a remembered import that the server does not know', async () => {
    sessionStorage.setItem(LAST_IMPORT_KEY, 'imp-1');
    const pending: { answer?: (response: Response) => void } = {};
    stubApi({
      ...routes(),
      [`GET ${IMPORTS}/imp-1`]: () => new Promise<Response>((resolve) => (pending.answer = resolve)),
    });
    renderApp('/connections');
    const section = await importSection();

    expect(await within(section).findByText('Loading the last import…')).toBeInTheDocument();
    // The remembered import is asked for by an effect; answer it only once the request is out.
    await waitFor(() => expect(pending.answer).toBeDefined());
    await act(async () =>
      pending.answer?.(
        problem(404, {
          type: 'https://falcon.health/problems/import-not-found',
          title: 'Not Found',
          detail: 'No such import.',
        }),
      ),
    );
    await waitFor(() => expect(within(section).queryByRole('status')).not.toBeInTheDocument());
    expect(sessionStorage.getItem(LAST_IMPORT_KEY)).toBeNull();
  });
});
