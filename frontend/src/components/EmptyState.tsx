import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/**
 * What a section shows when there is nothing to show yet: why, and the one action that fills it
 * ("Connect Fitbit to see your heart rate", with the button to Connections).
 */
export function EmptyState({
  title,
  children,
  action = { to: '/connections', label: 'Go to Connections' },
}: {
  title: string;
  children?: ReactNode;
  action?: { to: string; label: string } | null;
}) {
  return (
    <div className="empty-state">
      <p className="empty-state-title">{title}</p>
      {children}
      {action && (
        <Link className="button" to={action.to}>
          {action.label}
        </Link>
      )}
    </div>
  );
}
