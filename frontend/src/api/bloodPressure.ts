/** Blood-pressure readings and the clinician report (docs/read-api.md "Lists" and "Reports"; docs/exports.md). */
import { apiFetch } from './client';

export interface MeasuredAt {
  instant: string;
  localDate: string;
  offset: string | null;
  zoneId: string | null;
  zoneAssumed: boolean;
}

export interface SourceInfo {
  provider: string;
  channel: string | null;
  file: string | null;
  format: string | null;
  receivedAt: string | null;
}

export interface BloodPressureReading {
  id: string;
  time: MeasuredAt;
  systolic: number;
  diastolic: number;
  pulse: number | null;
  source: SourceInfo | null;
}

export interface BloodPressurePage {
  items: BloodPressureReading[];
  /** `null` on the last page. */
  nextCursor: string | null;
}

export interface ReadingsQuery {
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string;
}

/** `GET /api/blood-pressure/readings`: newest first, one page per call (keyset cursor). */
export function fetchReadings(query: ReadingsQuery = {}): Promise<BloodPressurePage> {
  const params = new URLSearchParams();
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.cursor) params.set('cursor', query.cursor);
  const search = params.toString();
  return apiFetch<BloodPressurePage>(`/api/blood-pressure/readings${search ? `?${search}` : ''}`);
}

/** The longest period the clinician report covers. */
export const REPORT_MAX_DAYS = 366;

/** The clinician report's download address for local dates `from`–`to` (both inclusive). */
export function reportUrl(from: string, to: string, format: 'html' | 'pdf'): string {
  const params = new URLSearchParams({ from, to, format });
  return `/api/reports/blood-pressure?${params.toString()}`;
}
