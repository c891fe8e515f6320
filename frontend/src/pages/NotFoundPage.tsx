import { Link } from 'react-router-dom';
import { usePageTitle } from '../components/usePageTitle';

/** Any route the app does not know, shown inside the shell. */
export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/">Go to the dashboard</Link>
      </p>
    </>
  );
}
