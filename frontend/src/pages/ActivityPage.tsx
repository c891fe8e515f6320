import { usePageTitle } from '../components/usePageTitle';

/** Placeholder until the page is built. */
export function ActivityPage() {
  usePageTitle('Activity');
  return <h1>Activity</h1>;
}
