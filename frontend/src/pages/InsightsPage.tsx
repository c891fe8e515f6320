import { usePageTitle } from '../components/usePageTitle';

/** Placeholder until the page is built. */
export function InsightsPage() {
  usePageTitle('Insights');
  return <h1>Insights</h1>;
}
