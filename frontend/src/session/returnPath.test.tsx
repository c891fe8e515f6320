import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DANA, json, stubApi, unauthenticated } from '../test/http';
import { renderApp } from '../test/render';
import { RETURN_PATH_MILLIS, rememberReturnPath, takeReturnPath } from './returnPath';

describe('the return path after signing in again', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is remembered for ten minutes and taken once', () => {
    rememberReturnPath('/photos?page=2');
    expect(takeReturnPath()).toBe('/photos?page=2');
    expect(takeReturnPath()).toBeNull();

    rememberReturnPath('/heart');
    expect(takeReturnPath(Date.now() + RETURN_PATH_MILLIS + 1)).toBeNull();
  });

  it('never leaves the site', () => {
    for (const path of ['//evil.example', '/\\evil.example', 'https://evil.example/']) {
      rememberReturnPath(path);
      expect(takeReturnPath()).toBeNull();
    }
    sessionStorage.setItem('falcon.returnTo', JSON.stringify({ path: '//evil.example', at: Date.now() }));
    expect(takeReturnPath()).toBeNull();
    sessionStorage.setItem('falcon.returnTo', 'not json');
    expect(takeReturnPath()).toBeNull();
  });

  it('leads from an expired session on a page back to the same page and query after sign-in', async () => {
    stubApi({
      'GET /api/me': () => json(DANA),
      'GET /api/media?limit=24': () => unauthenticated(),
    });
    const user = userEvent.setup();
    const first = renderApp('/photos?view=grid');

    expect(await screen.findByRole('heading', { name: 'Your session ended' })).toBeInTheDocument();
    const signIn = screen.getByRole('link', { name: 'Sign in again' });
    // The gateway's /login remembers returnTo (path and query) and comes back to it after sign-in.
    expect(signIn).toHaveAttribute('href', '/login?returnTo=%2Fphotos%3Fview%3Dgrid');
    signIn.addEventListener('click', (event) => event.preventDefault());
    await user.click(signIn);
    first.unmount();

    // Should sign-in land on the home page instead, the app goes back to the page itself.
    stubApi({
      'GET /api/me': () => json(DANA),
      'GET /api/media?limit=24': () => json({ items: [], nextCursor: null }),
    });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Photos' })).toBeInTheDocument();
    expect(sessionStorage.getItem('falcon.returnTo')).toBeNull();
  });

  it('does not move a user who signed in on another page', async () => {
    rememberReturnPath('/photos');
    stubApi({
      'GET /api/me': () => json(DANA),
      'GET /api/connections': () => json([]),
    });
    renderApp('/connections');

    expect(await screen.findByRole('heading', { level: 1, name: 'Connections' })).toBeInTheDocument();
    expect(sessionStorage.getItem('falcon.returnTo')).toBeNull();
  });
});
