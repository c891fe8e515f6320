import type { ComponentType } from 'react';
import type { Connection } from '../api/connections';
import { DropboxSections } from './DropboxSections';
import { FitbitImport } from './FitbitImport';
import { MyFitnessPalExportImport } from './MyFitnessPalExportImport';
import { MyFitnessPalSession } from './MyFitnessPalSession';

/** What a provider's card gets to render its own parts. */
export interface ProviderPartProps {
  connection: Connection;
  timeZone: string;
  /** Reloads the connection list (status, counts). */
  onChanged: () => void;
}

/** How one provider's card differs from the generic OAuth card. */
export interface ProviderUi {
  /**
   * How the user connects and reconnects. Without it, the card links to the provider's OAuth
   * flow (`/api/connections/{provider}/authorize`).
   */
  Connect?: ComponentType<ProviderPartProps>;
  /** Sections after the card's actions, shown connected or not (uploads, settings). */
  Sections?: ComponentType<ProviderPartProps>;
}

function FitbitSections({ timeZone, onChanged }: ProviderPartProps) {
  return <FitbitImport timeZone={timeZone} onFinished={onChanged} />;
}

/** The one place that says which provider connects how and what else its card offers. */
const PROVIDER_UI: Readonly<Record<string, ProviderUi>> = {
  fitbit: { Sections: FitbitSections },
  // MyFitnessPal has no public API: the diary is read with the user's web session.
  myfitnesspal: { Connect: MyFitnessPalSession, Sections: MyFitnessPalExportImport },
  dropbox: { Sections: DropboxSections },
};

const OAUTH_ONLY: ProviderUi = {};

/** The card parts of `provider`; an unknown provider gets the plain OAuth card. */
export function providerUi(provider: string): ProviderUi {
  return PROVIDER_UI[provider] ?? OAUTH_ONLY;
}
