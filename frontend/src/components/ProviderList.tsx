import { PROVIDERS } from '../providers';

/** The data sources, each honestly marked as available or not available yet. */
export function ProviderList() {
  return (
    <ul className="provider-list">
      {PROVIDERS.map((provider) => (
        <li key={provider.name} className="provider">
          <span>
            <strong>{provider.name}</strong>
            <span className="muted"> — {provider.data}</span>
          </span>
          <span className="badge">{provider.available ? 'Available' : 'Coming soon'}</span>
        </li>
      ))}
    </ul>
  );
}
