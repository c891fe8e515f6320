/**
 * MyFitnessPal (diet-service, through the gateway): the experimental diary connection with
 * the user's web session cookie, and the import of MyFitnessPal's own export.
 */
import { apiFetch } from './client';

const BASE = '/api/connections/myfitnesspal';

/** The `type` of the problem answered when MyFitnessPal refuses the pasted session ends with this. */
export const INVALID_SESSION_TYPE_SUFFIX = 'invalid-session';

/** `POST /api/connections/myfitnesspal/session`: 201 with the connection; a 400 problem otherwise. */
export function connectMyFitnessPalSession(cookie: string): Promise<unknown> {
  return apiFetch<unknown>(`${BASE}/session`, { method: 'POST', body: { cookie } });
}

export type MfpImportStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

/** Something that could not be read. */
export interface MfpProblem {
  line?: number | null;
  reason: string;
}

/** One CSV of the export. */
export interface MfpFileReport {
  file: string;
  /** `NUTRITION`, `EXERCISE`, `MEASUREMENT` or `UNSUPPORTED` (told by its header row). */
  kind: string;
  rowsImported: number;
  rowsSkipped: number;
  errors: MfpProblem[];
}

export interface MfpImport {
  id: string;
  status: MfpImportStatus;
  fileName: string;
  /** `null` until the import is done. */
  report: { files: MfpFileReport[] } | null;
}

/** `POST /api/connections/myfitnesspal/imports` with `file` (the export ZIP or one of its CSVs): 202. */
export function uploadMyFitnessPalExport(file: File): Promise<{ id: string; status: MfpImportStatus }> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiFetch<{ id: string; status: MfpImportStatus }>(`${BASE}/imports`, { method: 'POST', body: form });
}

/** `GET /api/connections/myfitnesspal/imports/{id}`. */
export function getMyFitnessPalImport(id: string): Promise<MfpImport> {
  return apiFetch<MfpImport>(`${BASE}/imports/${encodeURIComponent(id)}`);
}
