/** Blood-pressure readings and the clinician report (docs/read-api.md "Lists" and "Reports"; docs/exports.md). */
import { apiFetch } from './client';
import { listParams } from './lists';
import type { ListQuery, MeasuredAt, Page, SourceInfo } from './lists';

export interface BloodPressureReading {
  id: string;
  time: MeasuredAt;
  systolic: number;
  diastolic: number;
  pulse: number | null;
  source: SourceInfo | null;
}

export type BloodPressurePage = Page<BloodPressureReading>;

export type ReadingsQuery = ListQuery;

/** `GET /api/blood-pressure/readings`: newest first, one page per call (keyset cursor). */
export function fetchReadings(query: ReadingsQuery = {}): Promise<BloodPressurePage> {
  return apiFetch<BloodPressurePage>(`/api/blood-pressure/readings${listParams(query)}`);
}

/** The longest period the clinician report covers. */
export const REPORT_MAX_DAYS = 366;

/** The clinician report's download address for local dates `from`–`to` (both inclusive). */
export function reportUrl(from: string, to: string, format: 'html' | 'pdf'): string {
  const params = new URLSearchParams({ from, to, format });
  return `/api/reports/blood-pressure?${params.toString()}`;
}
