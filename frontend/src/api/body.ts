/** Body measurements (MyFitnessPal's export): `GET /api/body/measurements`, in kg as stored. */
import { apiFetch } from './client';
import { listParams } from './nutrition';
import type { ListQuery, SourceInfo } from './nutrition';

export interface BodyMeasurement {
  id: string;
  date: string;
  weightKg: number | null;
  bodyFatPct: number | null;
  source: SourceInfo | null;
}

export interface BodyMeasurementPage {
  items: BodyMeasurement[];
  nextCursor: string | null;
}

/** `GET /api/body/measurements`: newest first, one page at a time. */
export function fetchBodyMeasurements(query: ListQuery = {}): Promise<BodyMeasurementPage> {
  return apiFetch<BodyMeasurementPage>(`/api/body/measurements${listParams(query)}`);
}
