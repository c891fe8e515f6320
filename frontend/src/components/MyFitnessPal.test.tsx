import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '../api/connections';
import type { ImportView } from '../api/imports';
import { DANA, json, problem, stubApi } from '../test/http';
import { renderApp } from '../test/render';
import { INVALID_SESSION_MESSAGE } from './MyFitnessPalSession';
import { IMPORT_POLL_MILLIS } from './useTrackedImport';

const SESSION = '/api/connections/myfitnesspal/session';
const IMPORTS = '/api/connections/myfitnesspal/imports';
const LAST_MFP_IMPORT_KEY = 'falcon.myfitnesspal.lastImport';
const SANDBOX_SIGN_IN = 'http://localhost:19100/myfitnesspal/www/account/login';

function mfp(status: Connection['status'], statusReason: string | null = null): Connection {
  return {
    provider: 'myfitnesspal',
    displayName: 'MyFitnessPal',
    description: 'Food diary',
    available: true,
    status,
    statusReason,
    lastSuccessfulSyncAt: null,
    lastRunStatus: null,
    counts: {},
  };
}

function routes(status: Connection['status'] = 'NOT_CONNECTED', reason: string | null = null) {
  return {
    'GET /api/me': () => json(DANA),
    'GET /api/connections': () => json([mfp(status, reason)]),
    [`GET ${IMPORTS}?limit=20`]: () => json([]),
  };
}

async function card() {
  return screen.findByRole('listitem', { name: 'MyFitnessPal' });
}

async function diary() {
  return within(await card()).getByRole('region', { name: 'Diary connection' });
}

function calls(fetchMock: ReturnType<typeof stubApi>, key: string): number {
  return fetchMock.mock.calls.filter(([url, init]) => `${init?.method ?? 'GET'} ${String(url)}` === key).length;
}

describe('MyFitnessPal card', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('offers the experimental diary connection with a cookie form instead of the OAuth link', async () => {
    stubApi({
      ...routes(),
      'GET /api/connections': () => json([{ ...mfp('NOT_CONNECTED'), sandboxSignInUrl: SANDBOX_SIGN_IN }]),
    });
    renderApp('/connections');

    const mfpCard = await card();
    expect(within(mfpCard).queryByRole('link', { name: /connect/i })).not.toBeInTheDocument();
    const section = await diary();
    expect(within(section).getByText('Experimental')).toHaveClass('badge');
    const cookie = within(section).getByLabelText('Session cookie');
    expect(cookie).toHaveAttribute('type', 'password');
    expect(cookie).toHaveAccessibleDescription(/Cookie request header/);
    const sandbox = within(section).getByRole('link', { name: SANDBOX_SIGN_IN });
    expect(sandbox).toHaveAttribute('href', SANDBOX_SIGN_IN);
    expect(sandbox.closest('p')).toHaveTextContent(/as demo with password demo and copy the text/);
    expect(within(section).getByRole('button', { name: 'Connect' })).toBeEnabled();
  });

  it('sends the pasted cookie with the CSRF header and reloads the list', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-mfp';
    let connected = false;
    const fetchMock = stubApi({
      ...routes(),
      'GET /api/connections': () => json([mfp(connected ? 'ACTIVE' : 'NOT_CONNECTED')]),
      [`POST ${SESSION}`]: () => {
        connected = true;
        return json({ provider: 'myfitnesspal', status: 'ACTIVE' }, 201);
      },
    });
    const user = userEvent.setup();
    renderApp('/connections');
    const section = await diary();

    await user.type(within(section).getByLabelText('Session cookie'), '  mfp_session=abc123  ');
    await user.click(within(section).getByRole('button', { name: 'Connect' }));

    expect(await within(section).findByText('MyFitnessPal is connected.')).toBeInTheDocument();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(post?.[1]?.body).toBe('{"cookie":"mfp_session=abc123"}');
    const headers = new Headers(post?.[1]?.headers);
    expect(headers.get('X-XSRF-TOKEN')).toBe('csrf-mfp');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(await within(await card()).findByText('Connected')).toBeInTheDocument();
    expect(calls(fetchMock, 'GET /api/connections')).toBe(2);
    // Connected: the form is behind a toggle now.
    expect(within(await diary()).queryByLabelText('Session cookie')).not.toBeInTheDocument();
  });

  it('asks for a cookie before sending anything', async () => {
    const fetchMock = stubApi(routes());
    const user = userEvent.setup();
    renderApp('/connections');
    const section = await diary();

    await user.click(within(section).getByRole('button', { name: 'Connect' }));

    expect(within(section).getByText('Paste the session cookie first.')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('shows no sandbox hint when the server names no sandbox (the real MyFitnessPal)', async () => {
    stubApi(routes());
    renderApp('/connections');
    const section = await diary();

    expect(within(section).getByLabelText('Session cookie')).toBeInTheDocument();
    expect(within(section).queryByText('Trying it with the local sandbox?')).not.toBeInTheDocument();
  });

  it('explains an invalid session', async () => {
    stubApi({
      ...routes(),
      [`POST ${SESSION}`]: () =>
        problem(400, {
          type: 'https://falcon.health/problems/myfitnesspal/invalid-session',
          title: 'Invalid session',
          detail: 'The diary page redirected to the login page.',
        }),
    });
    const user = userEvent.setup();
    renderApp('/connections');
    const section = await diary();

    await user.type(within(section).getByLabelText('Session cookie'), 'mfp_session=expired');
    await user.click(within(section).getByRole('button', { name: 'Connect' }));

    expect(await within(section).findByText(INVALID_SESSION_MESSAGE)).toHaveClass('error');
    expect(within(section).getByRole('button', { name: 'Connect' })).toBeEnabled();
  });

  it('shows a field error on the cookie from a validation problem', async () => {
    stubApi({
      ...routes(),
      [`POST ${SESSION}`]: () =>
        problem(400, {
          type: 'https://falcon.health/problems/validation',
          title: 'Validation failed',
          errors: [{ field: 'cookie', message: 'must look like name=value' }],
        }),
    });
    const user = userEvent.setup();
    renderApp('/connections');
    const section = await diary();

    await user.type(within(section).getByLabelText('Session cookie'), 'nonsense');
    await user.click(within(section).getByRole('button', { name: 'Connect' }));

    expect(await within(section).findByText('Please correct the highlighted fields.')).toBeInTheDocument();
    const cookie = within(section).getByLabelText('Session cookie');
    expect(cookie).toHaveAttribute('aria-invalid', 'true');
    expect(cookie).toHaveAccessibleDescription(/must look like name=value/);
  });

  it('asks for a new cookie when the session expired', async () => {
    stubApi(routes('NEEDS_RECONNECT', 'session-expired'));
    renderApp('/connections');

    const mfpCard = await card();
    expect(within(mfpCard).getByText('Needs reconnect')).toBeInTheDocument();
    const section = await diary();
    expect(within(section).getByText('Your MyFitnessPal session expired: paste a new cookie.')).toBeInTheDocument();
    expect(within(section).getByLabelText('Session cookie')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Reconnect' })).toBeInTheDocument();
    expect(within(mfpCard).queryByRole('link', { name: /connect/i })).not.toBeInTheDocument();
  });

  it.each([
    ['diary-private', /diary is private.*Diary Sharing to public or friends only/],
    ['Diary is locked with a key', /diary is locked with a key.*unlock the diary/],
  ])('shows the reason of an ERROR (%s) and what to do', async (reason, advice) => {
    stubApi(routes('ERROR', reason));
    const user = userEvent.setup();
    renderApp('/connections');

    const mfpCard = await card();
    expect(within(mfpCard).getByText('Error')).toBeInTheDocument();
    expect(within(mfpCard).getByText(`Reason: ${reason}`)).toBeInTheDocument();
    const section = await diary();
    expect(within(section).getByText(advice)).toBeInTheDocument();
    expect(within(mfpCard).getByRole('button', { name: 'Sync now' })).toBeEnabled();
    // The cookie can still be replaced, behind a toggle.
    expect(within(section).queryByLabelText('Session cookie')).not.toBeInTheDocument();
    const toggle = within(section).getByRole('button', { name: 'Paste a new session cookie…' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(section).getByLabelText('Session cookie')).toBeInTheDocument();
  });

  it('uploads an export and polls until its report is there', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    document.cookie = 'XSRF-TOKEN=csrf-export';
    let current: ImportView = {
      id: 'mfp-1',
      provider: 'myfitnesspal',
      origin: 'UPLOAD',
      fileName: 'export.zip',
      format: 'MYFITNESSPAL_EXPORT',
      status: 'RUNNING',
      rowsImported: 0,
      rowsSkipped: 0,
    };
    const fetchMock = stubApi({
      ...routes('NOT_CONNECTED'),
      [`POST ${IMPORTS}`]: () => json({ id: 'mfp-1', status: 'QUEUED' }, 202),
      [`GET ${IMPORTS}/mfp-1`]: () => json(current),
    });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { unmount } = renderApp('/connections');
    const section = within(await card()).getByRole('region', { name: 'Import a MyFitnessPal export' });

    await user.upload(
      within(section).getByLabelText('Export ZIP or CSV'),
      new File(['PK'], 'export.zip', { type: 'application/zip' }),
    );
    await user.click(within(section).getByRole('button', { name: 'Import' }));

    expect(await within(section).findByText('Importing…')).toHaveRole('status');
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    const form = post?.[1]?.body as FormData;
    expect((form.get('file') as File).name).toBe('export.zip');
    expect(new Headers(post?.[1]?.headers).get('X-XSRF-TOKEN')).toBe('csrf-export');
    expect(sessionStorage.getItem(LAST_MFP_IMPORT_KEY)).toBe('mfp-1');

    current = {
      ...current,
      status: 'SUCCEEDED',
      rowsImported: 150,
      rowsSkipped: 2,
      files: [
        { name: 'Nutrition-Summary.csv', kind: 'NUTRITION', rowsImported: 120, rowsSkipped: 2 },
        { name: 'Exercise-Summary.csv', kind: 'EXERCISE', rowsImported: 30, rowsSkipped: 0 },
      ],
      errors: [{ file: 'Nutrition-Summary.csv', line: 14, reason: 'bad date' }],
    };
    await act(() => vi.advanceTimersByTimeAsync(IMPORT_POLL_MILLIS));

    expect(within(section).getByRole('status')).toHaveTextContent('Import finished.');
    expect(within(section).getByText('Rows imported').nextElementSibling).toHaveTextContent('150');
    const files = within(section).getByRole('table', { name: 'Files read' });
    expect(within(files).getByRole('row', { name: /Nutrition-Summary.csv Nutrition 120 2/ })).toBeInTheDocument();
    expect(within(section).getByRole('list', { name: 'Errors (1)' })).toHaveTextContent(
      'Nutrition-Summary.csv, line 14: bad date',
    );
    const gets = calls(fetchMock, `GET ${IMPORTS}/mfp-1`);
    await act(() => vi.advanceTimersByTimeAsync(IMPORT_POLL_MILLIS * 5));
    expect(calls(fetchMock, `GET ${IMPORTS}/mfp-1`)).toBe(gets);
    unmount();
  });

  it('shows the detail of a refused export', async () => {
    stubApi({
      ...routes(),
      [`POST ${IMPORTS}`]: () =>
        problem(400, {
          type: 'https://falcon.health/problems/invalid-upload',
          title: 'Invalid upload',
          detail: 'Not a MyFitnessPal export.',
        }),
    });
    const user = userEvent.setup();
    renderApp('/connections');
    const section = within(await card()).getByRole('region', { name: 'Import a MyFitnessPal export' });

    await user.upload(within(section).getByLabelText('Export ZIP or CSV'), new File(['x'], 'notes.csv'));
    await user.click(within(section).getByRole('button', { name: 'Import' }));

    expect(await within(section).findByText('Not a MyFitnessPal export.')).toBeInTheDocument();
  });
});
