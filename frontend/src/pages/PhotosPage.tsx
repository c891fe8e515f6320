import { usePageTitle } from '../components/usePageTitle';

/** Placeholder until the page is built. */
export function PhotosPage() {
  usePageTitle('Photos');
  return <h1>Photos</h1>;
}
