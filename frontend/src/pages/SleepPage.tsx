import { usePageTitle } from '../components/usePageTitle';

/** Placeholder until the page is built. */
export function SleepPage() {
  usePageTitle('Sleep');
  return <h1>Sleep</h1>;
}
