import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DANA, json, problem, stubApi, unauthenticated } from './test/http';
import { renderApp } from './test/render';

vi.mock('uplot', () => import('./pages/overview/uplotMock'));

const EMPTY_DASHBOARD = {
  zone: 'Europe/Berlin',
  today: '2026-03-10',
  restingHeartRate: null,
  bloodPressure: null,
  sleep: null,
  steps: null,
  caloriesIn: null,
  caloriesOut: null,
  activities: { last7: [], last30: [] },
  sources: [],
};
const NO_INSIGHTS = { zone: 'Europe/Berlin', today: '2026-03-10', computedAt: '2026-03-10T10:00:00Z', insights: [] };

describe('App', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the public landing page with a sign-in link when /api/me answers 401', async () => {
    stubApi({ 'GET /api/me': () => unauthenticated() });

    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: /your health data/i })).toBeInTheDocument();
    const signIn = screen.getAllByRole('link', { name: 'Sign in' });
    expect(signIn[0]).toHaveAttribute('href', '/login');
    expect(screen.queryByTestId('user-name')).not.toBeInTheDocument();
  });

  it('asks the gateway to return to a deep link after sign-in', async () => {
    stubApi({ 'GET /api/me': () => unauthenticated() });

    renderApp('/settings');

    const signIn = await screen.findAllByRole('link', { name: 'Sign in' });
    expect(signIn[0]).toHaveAttribute('href', '/login?returnTo=%2Fsettings');
  });

  it('shows the shell with the user name and an empty overview when signed in', async () => {
    stubApi({
      'GET /api/me': () => json(DANA),
      'GET /api/dashboard': () => json(EMPTY_DASHBOARD),
      'GET /api/insights': () => json(NO_INSIGHTS),
    });

    renderApp('/');

    expect(await screen.findByTestId('user-name')).toHaveTextContent('Dana Demo');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Overview');
    expect(await screen.findByText('Connect Fitbit to see your resting heart rate.')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('shows a loading state until /api/me answers', async () => {
    let answer: (response: Response) => void = () => undefined;
    stubApi({ 'GET /api/me': () => new Promise<Response>((resolve) => (answer = resolve)) });

    renderApp('/');

    expect(screen.getByRole('status')).toHaveTextContent(/loading/i);
    answer(json(DANA));
    expect(await screen.findByTestId('user-name')).toHaveTextContent('Dana Demo');
  });

  it('shows the problem and retries after a server error', async () => {
    const fetchMock = stubApi({
      'GET /api/me': () => problem(503, { title: 'Service Unavailable', detail: 'backend-server is down' }),
    });
    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Service Unavailable' })).toBeInTheDocument();
    expect(screen.getByText('backend-server is down')).toBeInTheDocument();

    fetchMock.mockResolvedValue(json(DANA));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByTestId('user-name')).toHaveTextContent('Dana Demo');
  });

  it('explains a network failure', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Cannot reach Falcon Health' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('shows a not-found page inside the shell for unknown routes', async () => {
    stubApi({ 'GET /api/me': () => json(DANA) });

    renderApp('/no/such/page');

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('says the session ended when a call answers 401 while signed in', async () => {
    stubApi({
      'GET /api/me': () => json(DANA),
      'PUT /api/me/settings': () => unauthenticated(),
    });
    renderApp('/settings');

    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { name: 'Your session ended' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
      'href',
      '/login?returnTo=%2Fsettings',
    );
  });
});
