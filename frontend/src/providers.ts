/** The data sources Falcon Health is built to bring together, for the public landing page. */
export interface Provider {
  name: string;
  data: string;
  /** Whether its connector ships in this version. */
  available: boolean;
}

export const PROVIDERS: readonly Provider[] = [
  { name: 'Strava', data: 'Activities', available: true },
  { name: 'Google Health API (Fitbit)', data: 'Sleep and heart rate', available: true },
  { name: 'Fitbit / Google Takeout export', data: 'Sleep and heart rate history', available: true },
  { name: 'MyFitnessPal', data: 'Food diary and export', available: true },
  { name: 'Dropbox folder or file upload', data: 'Blood pressure and HRV files', available: true },
];
