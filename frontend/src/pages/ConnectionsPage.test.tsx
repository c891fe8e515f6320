import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import type { Connection } from '../api/connections';
import { SessionProvider } from '../session/SessionContext';
import { DANA, json, problem, stubApi } from '../test/http';
import { renderApp } from '../test/render';

const SYNCED = '2026-03-10T08:15:00Z';

function connection(overrides: Partial<Connection>): Connection {
  return {
    provider: 'strava',
    displayName: 'Strava',
    description: 'Activities',
    available: true,
    status: 'ACTIVE',
    statusReason: null,
    accountId: '12345',
    lastSuccessfulSyncAt: SYNCED,
    lastRunStatus: 'SUCCEEDED',
    counts: { activities: 412 },
    ...overrides,
  };
}

const FITBIT = connection({
  provider: 'fitbit',
  displayName: 'Fitbit (Google Health API)',
  description: 'Sleep and heart rate',
  available: false,
  status: 'NOT_CONNECTED',
  accountId: undefined,
  lastSuccessfulSyncAt: null,
  lastRunStatus: null,
  counts: {},
});

function withConnections(...connections: Connection[]) {
  return {
    'GET /api/me': () => json(DANA),
    'GET /api/connections': () => json(connections),
  };
}

function card(name: string): HTMLElement {
  return screen.getByRole('listitem', { name });
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

describe('ConnectionsPage', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['ACTIVE', 'Connected', 'Connect'],
    ['SYNCING', 'Syncing', null],
    ['NEEDS_RECONNECT', 'Needs reconnect', 'Reconnect'],
    ['REVOKED', 'Revoked', 'Reconnect'],
    ['DISCONNECTED', 'Disconnected', 'Connect'],
    ['ERROR', 'Error', 'Reconnect'],
    ['NOT_CONNECTED', 'Not connected', 'Connect'],
  ] as const)('shows %s as "%s"', async (status, label, link) => {
    stubApi(withConnections(connection({ status })));

    renderApp('/connections');

    const strava = await screen.findByRole('listitem', { name: 'Strava' });
    expect(within(strava).getByText(label)).toBeInTheDocument();
    const connect = within(strava).queryByRole('link', { name: /connect/i });
    if (status === 'ACTIVE' || status === 'SYNCING') {
      expect(connect).not.toBeInTheDocument();
    } else {
      expect(connect).toHaveTextContent(link ?? '');
      expect(connect).toHaveAttribute('href', '/api/connections/strava/authorize');
    }
  });

  it('shows counts, the last sync in the user zone and providers that are coming soon', async () => {
    stubApi(withConnections(connection({}), FITBIT));

    renderApp('/connections');

    const strava = await screen.findByRole('listitem', { name: 'Strava' });
    expect(within(strava).getByText('Activities', { selector: 'dt' })).toBeInTheDocument();
    expect(within(strava).getByText('412')).toBeInTheDocument();
    // 08:15 UTC is 09:15 in Berlin (DANA's zone).
    expect(within(strava).getByText(/9:15/)).toHaveAttribute('dateTime', SYNCED);
    const fitbit = card('Fitbit (Google Health API)');
    expect(within(fitbit).getByText('Coming soon')).toBeInTheDocument();
    expect(within(fitbit).queryByRole('link')).not.toBeInTheDocument();
    expect(within(fitbit).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows backfill progress while the history import runs', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-10T00:00:00Z'));
    stubApi(
      withConnections(
        connection({
          status: 'SYNCING',
          backfill: { from: '2025-03-10T00:00:00Z', reached: '2025-09-08T00:00:00Z', completed: false },
        }),
      ),
    );

    renderApp('/connections');

    const progress = await screen.findByRole('progressbar');
    expect(progress).toHaveAttribute('value', '50');
    expect(
      screen.getByText(/Importing history since .*2025, newest first: back to .*2025 \(50%\)/),
    ).toBeInTheDocument();
  });

  it('shows a backfill that has not finished its first window as starting with the latest days', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-10T00:00:00Z'));
    stubApi(
      withConnections(
        connection({
          status: 'SYNCING',
          backfill: { from: '2025-03-10T00:00:00Z', reached: null, completed: false },
        }),
      ),
    );

    renderApp('/connections');

    const progress = await screen.findByRole('progressbar');
    expect(progress).toHaveAttribute('value', '0');
    expect(screen.getByText(/newest first: latest days first \(0%\)/)).toBeInTheDocument();
  });

  it('starts a sync with the CSRF header and confirms it', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-123';
    const fetchMock = stubApi({
      ...withConnections(connection({})),
      'POST /api/connections/strava/sync': () => new Response(null, { status: 202 }),
    });
    renderApp('/connections');

    await userEvent.click(await screen.findByRole('button', { name: 'Sync now' }));

    expect(await screen.findByText('Sync started.')).toBeInTheDocument();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(new Headers(post?.[1]?.headers).get('X-XSRF-TOKEN')).toBe('csrf-123');
  });

  it('shows the detail of a 409 problem when a sync cannot start', async () => {
    stubApi({
      ...withConnections(connection({})),
      'POST /api/connections/strava/sync': () =>
        problem(409, {
          type: 'https://falcon.health/problems/sync-running',
          title: 'Conflict',
          detail: 'A sync of Strava is already running.',
        }),
    });
    renderApp('/connections');

    await userEvent.click(await screen.findByRole('button', { name: 'Sync now' }));

    expect(await screen.findByText('A sync of Strava is already running.')).toBeInTheDocument();
  });

  it.each([
    [false, 'purge=false'],
    [true, 'purge=true'],
  ])('disconnects after confirmation (delete data: %s)', async (tick, query) => {
    const fetchMock = stubApi({
      ...withConnections(connection({})),
      [`DELETE /api/connections/strava?${query}`]: () => new Response(null, { status: 204 }),
    });
    const user = userEvent.setup();
    renderApp('/connections');

    await user.click(await screen.findByRole('button', { name: 'Disconnect…' }));
    const confirm = screen.getByRole('group', { name: /Disconnect Strava\?/ });
    const purge = within(confirm).getByLabelText('Also delete the data imported from Strava');
    expect(purge).not.toBeChecked();
    if (tick) {
      await user.click(purge);
    }
    await user.click(within(confirm).getByRole('button', { name: 'Disconnect' }));

    expect(await screen.findByText('Strava is disconnected.')).toBeInTheDocument();
    const deletes = fetchMock.mock.calls.filter(([, init]) => init?.method === 'DELETE');
    expect(deletes.map(([url]) => String(url))).toEqual([`/api/connections/strava?${query}`]);
  });

  it('cancels a disconnect without a request', async () => {
    const fetchMock = stubApi(withConnections(connection({})));
    const user = userEvent.setup();
    renderApp('/connections');

    await user.click(await screen.findByRole('button', { name: 'Disconnect…' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('group', { name: /Disconnect Strava\?/ })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false);
  });

  it('lists recent runs on demand', async () => {
    stubApi({
      ...withConnections(connection({})),
      'GET /api/connections/strava/runs?limit=10': () =>
        json([
          {
            id: 'run-2',
            trigger: 'MANUAL',
            status: 'SUCCEEDED',
            startedAt: '2026-03-10T08:14:00Z',
            finishedAt: '2026-03-10T08:14:42Z',
            recordsWritten: 3,
          },
          {
            id: 'run-1',
            trigger: 'SCHEDULE',
            status: 'SUCCEEDED',
            startedAt: '2026-03-08T04:00:00Z',
            finishedAt: '2026-03-08T04:00:05Z',
            recordsWritten: 0,
            deleted: 2,
          },
        ]),
    });
    renderApp('/connections');

    const toggle = await screen.findByRole('button', { name: 'Recent runs' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);

    const table = await screen.findByRole('table');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const cells = within(table).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells.slice(1, 5)).toEqual(['Manual', 'SUCCEEDED', '3', '42 s']);
    expect(cells.slice(6)).toEqual(['Schedule', 'SUCCEEDED', '0, 2 removed', '5 s']);
  });

  it.each([
    ['result=connected', 'Strava is connected.'],
    ['result=denied', 'You did not allow access to Strava'],
    ['result=error&reason=invalid-state', 'The connection request expired or was already used.'],
    ['result=error&reason=missing-scope', 'Not every permission Falcon Health needs was granted.'],
    ['result=error&reason=exchange-failed', 'The provider did not complete the connection.'],
    ['result=error&reason=teapot', 'Connecting Strava failed. Please try again'],
  ])('explains the connect outcome %s and clears the query string', async (query, text) => {
    stubApi(withConnections(connection({})));
    render(
      <MemoryRouter initialEntries={[`/connections?provider=strava&${query}`]}>
        <SessionProvider>
          <App />
          <LocationProbe />
        </SessionProvider>
      </MemoryRouter>,
    );

    expect(await screen.findByText(new RegExp(text.replace(/[.?]/g, '\\$&')))).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/connections$/));

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(new RegExp(text.replace(/[.?]/g, '\\$&')))).not.toBeInTheDocument();
  });

  it('refreshes every 5 seconds while a provider syncs and stops afterwards', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let status: Connection['status'] = 'SYNCING';
    const fetchMock = stubApi({
      'GET /api/me': () => json(DANA),
      'GET /api/connections': () => json([connection({ status })]),
    });
    const listCalls = () => fetchMock.mock.calls.filter(([url]) => url === '/api/connections').length;
    const { unmount } = renderApp('/connections');
    expect(await screen.findByText('Syncing')).toBeInTheDocument();
    expect(listCalls()).toBe(1);

    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(listCalls()).toBe(2);

    status = 'ACTIVE';
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(listCalls()).toBe(3);
    expect(await screen.findByText('Connected')).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(20000));
    expect(listCalls()).toBe(3);
    unmount();
  });

  it('clears the refresh timer when leaving the page', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fetchMock = stubApi(withConnections(connection({ status: 'SYNCING' })));
    const { unmount } = renderApp('/connections');
    expect(await screen.findByText('Syncing')).toBeInTheDocument();

    unmount();
    await act(() => vi.advanceTimersByTimeAsync(15000));

    expect(fetchMock.mock.calls.filter(([url]) => url === '/api/connections')).toHaveLength(1);
  });
});
