import { usePageTitle } from '../components/usePageTitle';

/** Placeholder until the page is built. */
export function HeartPage() {
  usePageTitle('Heart');
  return <h1>Heart</h1>;
}
