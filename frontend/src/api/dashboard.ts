/** The user's health at a glance in one call (`GET /api/dashboard`; docs/read-api.md, "Dashboard"). */
import { apiFetch } from './client';

/** A period of `days` local dates ending today, with the mean over the days that have a value. */
export interface DashboardTrend {
  from: string;
  to: string;
  mean: number;
  days: number;
  /** The period of equal length just before; `null` without a value in it. */
  previousMean: number | null;
  /** `mean - previousMean`; `null` when `previousMean` is. */
  change: number | null;
}

export interface DashboardRestingHeartRate {
  latest: number;
  latestDate: string;
  last7: DashboardTrend | null;
  last30: DashboardTrend | null;
  source: string | null;
}

export interface DashboardBloodPressure {
  systolic: number;
  diastolic: number;
  pulse: number | null;
  /** The instant it was measured. */
  at: string;
  /** The date where it was measured. */
  localDate: string;
  source: string | null;
}

export interface DashboardSleep {
  dateOfSleep: string;
  start: string;
  end: string;
  durationMinutes: number;
  minutesAsleep: number | null;
  minutesAwake: number | null;
  efficiency: number | null;
  /** Minutes per stored stage level (`deep`, `light`, `rem`, `wake`, or `asleep`, `restless`, `awake`). */
  stages: Record<string, number> | null;
  source: string | null;
}

export interface DashboardSum {
  from: string;
  to: string;
  total: number;
  mean: number;
  days: number;
}

export interface DashboardDailySums {
  today: number | null;
  last7: DashboardSum | null;
  last30: DashboardSum | null;
  source: string | null;
}

export interface SportVolume {
  sportType: string;
  count: number;
  distanceMeters: number | null;
  movingSeconds: number | null;
  energyKcal: number | null;
  energyCount: number;
}

export interface DataFreshness {
  /** `heart-rate`, `daily-activity`, `sleep`, `activities`, `blood-pressure`, `hrv` or `nutrition`. */
  kind: string;
  lastDate: string | null;
  lastAt: string | null;
}

export interface SourceFreshness {
  provider: string;
  status: string | null;
  statusReason: string | null;
  lastSuccessfulSyncAt: string | null;
  lastRunStatus: string | null;
  data: DataFreshness[];
}

export interface Dashboard {
  zone: string;
  today: string;
  restingHeartRate: DashboardRestingHeartRate | null;
  bloodPressure: DashboardBloodPressure | null;
  sleep: DashboardSleep | null;
  steps: DashboardDailySums | null;
  caloriesIn: DashboardDailySums | null;
  caloriesOut: DashboardDailySums | null;
  activities: { last7: SportVolume[]; last30: SportVolume[] };
  sources: SourceFreshness[];
}

/** `GET /api/dashboard`: every section independent, `null` without data. */
export function fetchDashboard(): Promise<Dashboard> {
  return apiFetch<Dashboard>('/api/dashboard');
}
