import { usePageTitle } from '../components/usePageTitle';

/** Placeholder until the page is built. */
export function NutritionPage() {
  usePageTitle('Nutrition');
  return <h1>Nutrition</h1>;
}
