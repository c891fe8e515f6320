/**
 * Insights computed by backend-data (`GET /api/insights`, `GET /api/insights/{kind}`; docs/insights.md): the same
 * envelope for every kind, with the kind's own `detail`.
 */
import { apiFetch } from './client';

export type InsightStatus = 'ok' | 'insufficient-data' | 'unavailable';

export interface InsightInput {
  data: string;
  from: string | null;
  to: string | null;
  count: number;
  sources: string[];
}

/** One insight; `detail` is `null` when there is nothing to show (always for `unavailable`). */
export interface Insight<D = unknown> {
  kind: string;
  title: string;
  status: InsightStatus;
  summary: string;
  formulas: string[];
  inputs: InsightInput[];
  /** What a (complete) finding still needs; empty or absent when nothing is missing. */
  missing?: string[];
  detail: D | null;
}

export interface Insights {
  zone: string;
  today: string;
  computedAt: string;
  insights: Insight[];
}

// ----- blood-pressure -----

export type BloodPressureCategoryId = 'normal' | 'elevated' | 'stage-1' | 'stage-2' | 'crisis';

export interface BloodPressureReadingView {
  id: string;
  instant: string;
  /** Local date-time where it was measured, without offset (`2026-03-10T07:30:00`). */
  localDateTime: string;
  offset: string;
  localDate: string;
  dayPart: 'morning' | 'evening' | 'other';
  systolic: number;
  diastolic: number;
  pulse: number | null;
  category: BloodPressureCategoryId;
  pulsePressure: number;
  meanArterialPressure: number;
  source: string | null;
  file: string | null;
}

export interface PeriodAverage {
  from: string;
  to: string;
  count: number;
  systolic: number | null;
  diastolic: number | null;
  category: BloodPressureCategoryId | null;
}

export interface ProtocolDay {
  date: string;
  day: number;
  discarded: boolean;
  morning: number;
  evening: number;
}

export interface ThresholdComparison {
  label: string;
  systolic: number;
  diastolic: number;
  atOrAbove: boolean | null;
}

export interface ProtocolWeek {
  from: string;
  to: string;
  days: ProtocolDay[];
  daysWithReadings: number;
  readings: number;
  average: PeriodAverage;
  thresholds: ThresholdComparison[];
  validWeekComplete: boolean;
  /** "4 of 7 days, 9 readings; 3 more mornings needed"; `null` for a complete week. */
  missing: string | null;
}

export interface BloodPressureDetail {
  readings: BloodPressureReadingView[];
  last7: PeriodAverage;
  last30: PeriodAverage;
  morning: PeriodAverage;
  evening: PeriodAverage;
  distribution: Record<BloodPressureCategoryId, number>;
  protocol: ProtocolWeek | null;
}

// ----- training-load -----

export interface HeartRateLimit {
  bpm: number;
  estimated: boolean;
  from: string;
  date: string | null;
}

export interface LoadPoint {
  date: string;
  fitness: number;
  fatigue: number;
  form: number;
}

export interface TrainingLoadDetail {
  from: string;
  to: string;
  heartRate: { estimated: boolean; max: HeartRateLimit | null; resting: HeartRateLimit | null };
  model: { trimpFormula: string; a: number; b: number; fitnessDays: number; fatigueDays: number; warmUpFrom: string };
  current: LoadPoint | null;
  days: { date: string; load: number | null; activities: number; unscored: number }[];
  series: LoadPoint[];
  activities: {
    id: string;
    date: string;
    start: string;
    sportType: string;
    name: string | null;
    durationMinutes: number | null;
    hrSource: string;
    heartRate: number | null;
    coverage: number | null;
    trimp: number | null;
  }[];
}

// ----- baselines -----

export interface NormalRange {
  mean: number;
  sd: number;
  low: number;
  high: number;
  days: number;
}

export type BaselineFlag = 'above' | 'below' | 'within';

export interface BaselineRow {
  date: string;
  raw: number | null;
  value: number | null;
  rolling7: number | null;
  rollingDays: number;
  baselineDays: number;
  range: NormalRange | null;
  flag: BaselineFlag | null;
}

export interface BaselineMetric {
  unit: string;
  status: 'ok' | 'insufficient-data';
  rolling7: number | null;
  rollingDays: number;
  rolling7Raw: number | null;
  range: NormalRange | null;
  flag: BaselineFlag | null;
  days: BaselineRow[];
}

export interface BaselinesDetail {
  from: string;
  to: string;
  baselineFrom: string;
  baselineTo: string;
  restingHeartRate: BaselineMetric;
  rmssd: BaselineMetric;
  recovery: { flagged: boolean; minimumDays: number; from: string | null; to: string | null; days: number; ongoing: boolean };
}

// ----- energy-balance -----

export interface MeanOfDays {
  mean: number | null;
  days: number;
}

export interface EnergyBalanceDetail {
  weightUnit: string;
  days: {
    date: string;
    caloriesIn: number | null;
    caloriesOut: number | null;
    balance: number | null;
    weight: number | null;
    trend: number | null;
  }[];
  caloriesIn: { last7: MeanOfDays; last30: MeanOfDays };
  caloriesOut: { last7: MeanOfDays; last30: MeanOfDays };
  balance: { last7: MeanOfDays; last30: MeanOfDays };
  weight: { latest: number; latestDate: string; trend: number | null; changePerWeek: number | null } | null;
  implied: {
    from: string;
    to: string;
    intakeMean: number;
    intakeDays: number;
    weighIns: number;
    trendSlopePerDay: number;
    expenditure: number;
    measuredMean: number | null;
  } | null;
}

// ----- sleep -----

export interface SleepNight {
  date: string;
  start: string;
  end: string;
  bedTime: string;
  wakeTime: string;
  minutesInBed: number;
  minutesAsleep: number | null;
  efficiency: number | null;
  sleepingHeartRate: number | null;
  eveningHeartRate: number | null;
  dipPercent: number | null;
  source: string | null;
}

export interface SleepDetail {
  nights: SleepNight[];
  minutesAsleep: { last7: MeanOfDays; last30: MeanOfDays };
  efficiency: { last7: MeanOfDays; last30: MeanOfDays };
  regularity: {
    nights: number;
    bedTimeMean: string | null;
    bedTimeSdMinutes: number | null;
    wakeTimeMean: string | null;
    wakeTimeSdMinutes: number | null;
  } | null;
  sleepingHeartRate: { last7: MeanOfDays; last30: MeanOfDays };
  dipPercent: { last7: MeanOfDays; last30: MeanOfDays };
}

// ----- correlations -----

export type CorrelationStrength = 'negligible' | 'weak' | 'moderate' | 'strong';

export interface LagResult {
  lag: number;
  n: number | null;
  rho: number | null;
  pValue: number | null;
  qValue: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  strength: CorrelationStrength | null;
  significant: boolean;
}

export interface PairedDay {
  xDate: string;
  yDate: string;
  x: number;
  y: number;
}

export interface CorrelationFinding {
  lag: number;
  n: number;
  rho: number;
  pValue: number;
  qValue: number;
  ciLow: number;
  ciHigh: number;
  strength: CorrelationStrength;
  sentence: string;
  points: PairedDay[];
}

export interface CorrelationPair {
  x: string;
  xLabel: string | null;
  xUnit: string | null;
  y: string;
  yLabel: string | null;
  yUnit: string | null;
  status: 'finding' | 'no-finding' | 'insufficient-data' | 'signal-missing' | 'signal-unavailable';
  lags: LagResult[];
  finding: CorrelationFinding | null;
}

export interface CorrelationsDetail {
  from: string;
  to: string;
  minimumPairs: number;
  falseDiscoveryRate: number;
  correction: string;
  tests: number;
  pairs: CorrelationPair[];
  caveat: string;
}

/** Each known kind's `detail`. */
export interface InsightDetails {
  'blood-pressure': BloodPressureDetail;
  'training-load': TrainingLoadDetail;
  baselines: BaselinesDetail;
  'energy-balance': EnergyBalanceDetail;
  sleep: SleepDetail;
  correlations: CorrelationsDetail;
}

export type InsightKind = keyof InsightDetails;

/** `GET /api/insights`: every kind, in the server's order. */
export function fetchInsights(): Promise<Insights> {
  return apiFetch<Insights>('/api/insights');
}

/** `GET /api/insights/{kind}`: one envelope; an unknown kind rejects with a 404 `unknown-insight` ProblemError. */
export function fetchInsight<K extends InsightKind>(kind: K): Promise<Insight<InsightDetails[K]>> {
  return apiFetch<Insight<InsightDetails[K]>>(`/api/insights/${encodeURIComponent(kind)}`);
}

/** The insight of `kind` from a `GET /api/insights` answer, typed by its kind; `undefined` when absent. */
export function insightOf<K extends InsightKind>(
  insights: Insights | undefined,
  kind: K,
): Insight<InsightDetails[K]> | undefined {
  return insights?.insights.find((insight) => insight.kind === kind) as Insight<InsightDetails[K]> | undefined;
}
