import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DANA, json, problem, stubApi } from '../test/http';
import { renderApp } from '../test/render';

const BROWSER_ZONE = 'Pacific/Auckland';

describe('AppShell', () => {
  beforeEach(() => {
    const real = Intl.DateTimeFormat.prototype.resolvedOptions;
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (
      this: Intl.DateTimeFormat,
    ) {
      return { ...real.call(this), timeZone: BROWSER_ZONE };
    });
  });

  describe('navigation', () => {
    it('has the ten pages, the current one marked', async () => {
      stubApi({ 'GET /api/me': () => json(DANA), 'GET /api/media?limit=24': () => json({ items: [], nextCursor: null }) });
      renderApp('/photos');

      const nav = await screen.findByRole('navigation', { name: 'Main' });
      expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
        'Overview',
        'Heart',
        'Sleep',
        'Activity',
        'Nutrition',
        'Blood pressure',
        'Insights',
        'Connections',
        'Photos',
        'Settings',
      ]);
      expect(within(nav).getByRole('link', { name: 'Photos' })).toHaveAttribute('aria-current', 'page');
    });

    it('opens and closes the menu on narrow screens, saying so with aria-expanded', async () => {
      stubApi({ 'GET /api/me': () => json(DANA), 'GET /api/media?limit=24': () => json({ items: [], nextCursor: null }) });
      const user = userEvent.setup();
      renderApp('/photos');

      const menu = await screen.findByRole('button', { name: 'Menu' });
      const nav = screen.getByRole('navigation', { name: 'Main' });
      expect(menu).toHaveAttribute('aria-expanded', 'false');
      expect(menu).toHaveAttribute('aria-controls', nav.id);
      expect(nav).not.toHaveClass('open');

      await user.click(menu);
      expect(menu).toHaveAttribute('aria-expanded', 'true');
      expect(nav).toHaveClass('open');

      // Escape closes it from anywhere in the header and gives the focus back to the button.
      within(nav).getByRole('link', { name: 'Heart' }).focus();
      await user.keyboard('{Escape}');
      expect(menu).toHaveAttribute('aria-expanded', 'false');
      expect(nav).not.toHaveClass('open');
      expect(menu).toHaveFocus();

      // Following a link closes it too.
      await user.click(menu);
      await user.click(within(nav).getByRole('link', { name: 'Settings' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
      expect(menu).toHaveAttribute('aria-expanded', 'false');
    });

    it('is operable with the keyboard: Enter on the menu button opens it', async () => {
      stubApi({ 'GET /api/me': () => json(DANA), 'GET /api/media?limit=24': () => json({ items: [], nextCursor: null }) });
      const user = userEvent.setup();
      renderApp('/photos');

      const menu = await screen.findByRole('button', { name: 'Menu' });
      menu.focus();
      await user.keyboard('{Enter}');
      expect(menu).toHaveAttribute('aria-expanded', 'true');
      await user.keyboard(' ');
      expect(menu).toHaveAttribute('aria-expanded', 'false');
    });
  });

  describe('the browser zone on first sign-in', () => {
    it('proposes the browser zone with one button that saves it with the current units', async () => {
      let answer: (response: Response) => void = () => undefined;
      const fetchMock = stubApi({
        'GET /api/me': () => json({ ...DANA, settings: { timeZone: null, units: 'imperial' } }),
        'GET /api/media?limit=24': () => json({ items: [], nextCursor: null }),
        'PUT /api/me/settings': () => new Promise<Response>((resolve) => (answer = resolve)),
      });
      const user = userEvent.setup();
      renderApp('/photos');

      const banner = await screen.findByRole('region', { name: `Use ${BROWSER_ZONE} (from your browser)?` });
      expect(within(banner).getAllByRole('button')).toHaveLength(1);
      await user.click(within(banner).getByRole('button', { name: `Use ${BROWSER_ZONE}` }));

      expect(within(banner).getByRole('button', { name: 'Saving…' })).toBeDisabled();
      const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
      expect(JSON.parse(String(put?.[1]?.body))).toEqual({ timeZone: BROWSER_ZONE, units: 'imperial' });
      answer(json({ timeZone: BROWSER_ZONE, units: 'imperial' }));

      expect(await screen.findByRole('status')).toHaveTextContent(`Your time zone is now ${BROWSER_ZONE}.`);
      expect(screen.queryByRole('button', { name: `Use ${BROWSER_ZONE}` })).not.toBeInTheDocument();
    });

    it('proposes nothing once a zone is saved', async () => {
      stubApi({ 'GET /api/me': () => json(DANA), 'GET /api/media?limit=24': () => json({ items: [], nextCursor: null }) });
      renderApp('/photos');

      expect(await screen.findByRole('heading', { level: 1, name: 'Photos' })).toBeInTheDocument();
      expect(screen.queryByText(/from your browser/)).not.toBeInTheDocument();
    });

    it('says so when the zone cannot be saved', async () => {
      stubApi({
        'GET /api/me': () => json({ ...DANA, settings: { timeZone: null, units: 'metric' } }),
        'GET /api/media?limit=24': () => json({ items: [], nextCursor: null }),
        'PUT /api/me/settings': () => problem(503, { title: 'Service Unavailable', detail: 'Try again shortly.' }),
      });
      const user = userEvent.setup();
      renderApp('/photos');

      await user.click(await screen.findByRole('button', { name: `Use ${BROWSER_ZONE}` }));

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Your time zone could not be saved: Try again shortly.',
      );
    });
  });
});
