import { usePageTitle } from '../components/usePageTitle';

/** Placeholder until the page is built. */
export function BloodPressurePage() {
  usePageTitle('Blood pressure');
  return <h1>Blood pressure</h1>;
}
