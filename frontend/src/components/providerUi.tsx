import type { ComponentType } from 'react';
import { DropboxSections } from './DropboxSections';
import { ImportSections } from './ImportSections';
import type { ImportSpec } from './ImportSection';
import { MyFitnessPalSession } from './MyFitnessPalSession';
import type { ProviderPartProps } from './providerParts';

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

/*
 * The file imports. Every provider uses the same upload flow, report and recent files; its card
 * only says what to upload, which files the input accepts, and which extra field it offers.
 */

const FITBIT_IMPORT: ImportSpec = {
  provider: 'fitbit',
  title: 'Import a Fitbit or Google Takeout export',
  hint: (
    <>
      Upload the ZIP from Fitbit&rsquo;s &ldquo;Export your account archive&rdquo; or from Google Takeout to bring in
      your history, whether or not Fitbit is connected. Importing the same export again changes nothing.
    </>
  ),
  formLabel: 'Import an export',
  fileLabel: 'Export ZIP',
  accept: '.zip,application/zip',
  submitLabel: 'Import',
  missingFile: 'Choose the export ZIP first.',
  timeZoneField: {
    label: 'Time zone of the export',
    hint: (
      <>
        The times in an export carry no time zone. Falcon Health reads them in this zone: pick the one your Fitbit
        was set to (usually your own).
      </>
    ),
  },
};

const MYFITNESSPAL_IMPORT: ImportSpec = {
  provider: 'myfitnesspal',
  title: 'Import a MyFitnessPal export',
  hint: (
    <>
      In MyFitnessPal, choose Settings, Export Data; upload the ZIP you receive by e-mail, or one of its CSV files
      (nutrition, exercise, measurements). Importing the same export again changes nothing.
    </>
  ),
  formLabel: 'Import a MyFitnessPal export',
  fileLabel: 'Export ZIP or CSV',
  accept: '.zip,.csv,application/zip,text/csv',
  submitLabel: 'Import',
  missingFile: 'Choose the export file first.',
};

const DROPBOX_IMPORT: ImportSpec = {
  provider: 'dropbox',
  title: 'Upload a file',
  hint: (
    <>
      No Dropbox? Upload a blood-pressure export (Omron, iHealth, Withings), a CardioMood recording or any
      blood-pressure CSV with a column mapping. Uploading the same file again changes nothing.
    </>
  ),
  formLabel: 'Upload a file',
  fileLabel: 'File',
  submitLabel: 'Upload',
  missingFile: 'Choose a file first.',
  profileField: { label: 'Columns', detectLabel: 'Detect the format' },
};

function FitbitSections(props: ProviderPartProps) {
  return <ImportSections spec={FITBIT_IMPORT} {...props} />;
}

function MyFitnessPalSections(props: ProviderPartProps) {
  return <ImportSections spec={MYFITNESSPAL_IMPORT} {...props} />;
}

function DropboxCardSections(props: ProviderPartProps) {
  return <DropboxSections spec={DROPBOX_IMPORT} {...props} />;
}

/**
 * The one place that says which provider connects how and what else its card offers. It
 * depends on the parts; the parts never import it (their props type is in `providerParts.ts`).
 */
const PROVIDER_UI: Readonly<Record<string, ProviderUi>> = {
  fitbit: { Sections: FitbitSections },
  // MyFitnessPal has no public API: the diary is read with the user's web session.
  myfitnesspal: { Connect: MyFitnessPalSession, Sections: MyFitnessPalSections },
  dropbox: { Sections: DropboxCardSections },
};

const OAUTH_ONLY: ProviderUi = {};

/** The card parts of `provider`; an unknown provider gets the plain OAuth card. */
export function providerUi(provider: string): ProviderUi {
  return PROVIDER_UI[provider] ?? OAUTH_ONLY;
}
