import type { Connection } from '../api/connections';

/**
 * What a provider's card gets to render its own parts. It lives apart from the registry
 * (`providerUi.tsx`) so that the parts never import the registry that imports them.
 */
export interface ProviderPartProps {
  connection: Connection;
  timeZone: string;
  /** Reloads the connection list (status, counts). */
  onChanged: () => void;
}
