/**
 * Imports of a Fitbit or Google Takeout export ZIP (fitbit-service, through the gateway):
 * the upload starts a background import, whose progress and report are then polled.
 */
import { apiFetch } from './client';

const IMPORTS = '/api/connections/fitbit/imports';

export type ImportStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

/** The answer to the upload (202): the import is queued. */
export interface ImportAccepted {
  id: string;
  status: ImportStatus;
}

export interface ImportProgress {
  /** ZIP entries read so far. */
  entriesDone: number;
  /** ZIP entries in the export; 0 while not known yet. */
  entriesTotal: number;
}

/** Records of one file left out on purpose (no data, a duplicate data type, …). */
export interface SkippedFile {
  file: string;
  reason: string;
  count: number;
}

/** A file (or one entry of it) that could not be read; the rest of the export is still imported. */
export interface ImportError {
  file: string;
  line?: number | null;
  reason: string;
}

export interface ImportReport {
  filesRead: number;
  recordsImported: number;
  recordsSkipped: number;
  skipped: SkippedFile[];
  errors: ImportError[];
}

export interface FitbitImport {
  id: string;
  status: ImportStatus;
  fileName: string;
  /** The IANA zone the export's zone-less times were read in. */
  zone: string;
  /** Whether `zone` was assumed (the export's times carry none) rather than read from the data. */
  zoneAssumed: boolean;
  progress: ImportProgress | null;
  /** `null` until the import is done. */
  report: ImportReport | null;
}

/**
 * `POST /api/connections/fitbit/imports` as `multipart/form-data` with `file` and, when given,
 * `timeZone` (the zone the user confirms for the export's times; the server defaults to the
 * settings zone). 202 with the new import; a problem (400, 413 too large) otherwise.
 */
export function uploadFitbitExport(file: File, timeZone?: string): Promise<ImportAccepted> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (timeZone) {
    form.append('timeZone', timeZone);
  }
  return apiFetch<ImportAccepted>(IMPORTS, { method: 'POST', body: form });
}

/** `GET /api/connections/fitbit/imports/{id}`: status, progress and (when done) the report. */
export function getFitbitImport(id: string): Promise<FitbitImport> {
  return apiFetch<FitbitImport>(`${IMPORTS}/${encodeURIComponent(id)}`);
}
