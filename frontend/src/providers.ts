/** The data sources Falcon Health is built to bring together; none is connectable yet. */
export interface Provider {
  name: string;
  data: string;
}

export const PROVIDERS: readonly Provider[] = [
  { name: 'Strava', data: 'Activities' },
  { name: 'Google Health API (Fitbit)', data: 'Sleep and heart rate' },
  { name: 'Fitbit / Google Takeout export', data: 'Sleep and heart rate history' },
  { name: 'MyFitnessPal', data: 'Food diary' },
  { name: 'Dropbox folder', data: 'Blood pressure and HRV files' },
];
