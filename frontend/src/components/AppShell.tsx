import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import { SignOutForm } from './SignOutForm';

const NAV_ITEMS = [
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

/** The signed-in frame: skip link, header with navigation and the user, and the main landmark. */
export function AppShell({ userName, children }: { userName: string; children: ReactNode }) {
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          Falcon Health
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end className="nav-link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="user">
          <span data-testid="user-name" className="user-name">
            {userName}
          </span>
          <SignOutForm />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="content">
        {children}
      </main>
    </>
  );
}
