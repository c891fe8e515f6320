import { ProviderList } from '../components/ProviderList';
import { usePageTitle } from '../components/usePageTitle';

/** Placeholder that tells the truth: nothing can be connected in this version yet. */
export function ConnectionsPage() {
  usePageTitle('Connections');
  return (
    <>
      <h1>Connections</h1>
      <p>
        You cannot connect accounts in this version yet. Each source below gets its own connector,
        and once it arrives you will connect it here.
      </p>
      <ProviderList />
    </>
  );
}
