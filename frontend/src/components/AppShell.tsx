import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { SignOutForm } from './SignOutForm';
import { TimeZoneBanner } from './TimeZoneBanner';

export const NAV_ITEMS = [
  { to: '/', label: 'Overview' },
  { to: '/heart', label: 'Heart' },
  { to: '/sleep', label: 'Sleep' },
  { to: '/activity', label: 'Activity' },
  { to: '/nutrition', label: 'Nutrition' },
  { to: '/blood-pressure', label: 'Blood pressure' },
  { to: '/insights', label: 'Insights' },
  { to: '/connections', label: 'Connections' },
  { to: '/photos', label: 'Photos' },
  { to: '/settings', label: 'Settings' },
];

/**
 * The signed-in frame: skip link, header with navigation and the user, the browser-zone proposal
 * and the main landmark. On narrow screens (CSS, below 64rem) the ten links sit behind the Menu
 * button, which says whether they are shown (`aria-expanded`); Escape closes them and returns
 * focus to the button, and following a link closes them too.
 */
export function AppShell({ userName, children }: { userName: string; children: ReactNode }) {
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  // A new page closes the menu.
  useEffect(() => setMenuOpen(false), [pathname]);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key === 'Escape' && menuOpen) {
      event.stopPropagation();
      setMenuOpen(false);
      menuButton.current?.focus();
    }
  }

  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="site-header" onKeyDown={closeOnEscape}>
        <div className="site-header-bar">
          <Link to="/" className="brand">
            Falcon Health
          </Link>
          <button
            ref={menuButton}
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="menu-icon" aria-hidden="true" />
            Menu
          </button>
          <div className="user">
            <span data-testid="user-name" className="user-name">
              {userName}
            </span>
            <SignOutForm />
          </div>
        </div>
        <nav id="main-nav" aria-label="Main" className={menuOpen ? 'main-nav open' : 'main-nav'}>
          <ul className="nav-list">
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end className="nav-link" onClick={() => setMenuOpen(false)}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <TimeZoneBanner />
      <main id="main" tabIndex={-1} className="content">
        {children}
      </main>
    </>
  );
}
