/**
 * File imports, one API for every provider that reads files (Fitbit / Google Takeout exports,
 * MyFitnessPal exports, blood-pressure and HRV files through Dropbox or an upload): the upload
 * starts a background import, whose status, progress and report are then polled, and the
 * provider's recent imports are listed. Every import has the same shape, {@link ImportView}.
 */
import { apiFetch } from './client';

/** The providers that import files. */
export type ImportProvider = 'fitbit' | 'myfitnesspal' | 'dropbox';

/** Statuses the server may send; any other string is shown as it is. */
export type ImportStatus =
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED'
  | 'FAILED'
  | 'UNSUPPORTED'
  | 'DUPLICATE'
  | 'SKIPPED'
  | 'HANDED_OFF';

/** Every status but these two is final: nothing changes any more. */
export function isFinalImportStatus(status: string): boolean {
  return status !== 'QUEUED' && status !== 'RUNNING';
}

/** The answer to the upload (202): the import is queued, or the same content was imported before. */
export interface ImportAccepted {
  id: string;
  status: ImportStatus | string;
}

/** How far a running import is; `total` is 0 while not known yet. */
export interface ImportProgress {
  done: number;
  total: number;
}

/** One file read by the import (an entry of a ZIP, or the uploaded file itself). */
export interface ImportedFile {
  name: string;
  /** What the file holds, e.g. `NUTRITION`, `EXERCISE`, `MEASUREMENT`, `UNSUPPORTED`. */
  kind: string | null;
  rowsImported: number;
  rowsSkipped: number;
}

/** Records of one file left out on purpose (no data, duplicate entries, …). */
export interface SkippedRecords {
  file: string;
  reason: string;
  count: number;
}

/** A line or file that could not be read; the rest of the import goes on. */
export interface ImportError {
  file?: string | null;
  line?: number | null;
  reason: string;
}

/** Where a file synced from the watched Dropbox folder lives there. */
export interface DropboxOrigin {
  dropboxId?: string | null;
  path?: string | null;
  rev?: string | null;
  contentHash?: string | null;
  importedRev?: string | null;
  deleted?: boolean | null;
  deletedAt?: string | null;
}

/** One import and what it did: the same shape for every provider. */
export interface ImportView {
  id: string;
  provider: string;
  /** `UPLOAD`, `DROPBOX` or `HANDOFF` (a Dropbox file passed on to this provider's import). */
  origin: string | null;
  fileName: string;
  size?: number | null;
  sha256?: string | null;
  /** `TAKEOUT_FITBIT`, `OMRON`, `MYFITNESSPAL_EXPORT`, …; `null` until detected or when unknown. */
  format: string | null;
  status: ImportStatus | string;
  /** Why the file was refused, is a duplicate, was skipped or handed off, or why the import failed. */
  reason?: string | null;
  /** The earlier import with the same content, for `DUPLICATE`. */
  duplicateOf?: string | null;
  /** The IANA zone the file's wall times were read in. */
  zone?: string | null;
  /** Whether `zone` was assumed (the file states none) rather than read from the data. */
  zoneAssumed?: boolean;
  progress?: ImportProgress | null;
  rowsImported: number;
  rowsSkipped: number;
  files?: ImportedFile[] | null;
  skipped?: SkippedRecords[] | null;
  /** The first errors (capped by the server); `moreErrors` counts the rest. */
  errors?: ImportError[] | null;
  moreErrors?: number | null;
  dropbox?: DropboxOrigin | null;
  createdAt?: string;
  updatedAt?: string;
  finishedAt?: string | null;
}

/** What the upload may send besides the file. */
export interface UploadOptions {
  /** The IANA zone for the file's zone-less times; the server defaults to the settings zone. */
  timeZone?: string;
  /** A mapping profile id (Dropbox only). */
  profile?: string;
}

/** How many imports the recent list asks for by default (the server allows 1 to 200). */
export const RECENT_IMPORTS_LIMIT = 20;

function imports(provider: string): string {
  return `/api/connections/${encodeURIComponent(provider)}/imports`;
}

/**
 * `POST /api/connections/{provider}/imports` as `multipart/form-data` with `file` and, when
 * given, `timeZone` and `profile`: 202 with the new import's id and status. A problem otherwise
 * (400 `invalid-upload`, `invalid-time-zone` or `validation`, 404 `profile-not-found`, 413
 * `payload-too-large`, 429 `too-many-imports`, 503 `import-queue-full`).
 */
export function uploadImport(provider: string, file: File, options: UploadOptions = {}): Promise<ImportAccepted> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (options.timeZone) {
    form.append('timeZone', options.timeZone);
  }
  if (options.profile) {
    form.append('profile', options.profile);
  }
  return apiFetch<ImportAccepted>(imports(provider), { method: 'POST', body: form });
}

/** `GET /api/connections/{provider}/imports/{id}`: status, progress and report. */
export function getImport(provider: string, id: string): Promise<ImportView> {
  return apiFetch<ImportView>(`${imports(provider)}/${encodeURIComponent(id)}`);
}

/** `GET /api/connections/{provider}/imports?limit=…`: newest first. */
export function listImports(provider: string, limit = RECENT_IMPORTS_LIMIT): Promise<ImportView[]> {
  return apiFetch<ImportView[]>(`${imports(provider)}?limit=${limit}`);
}

/** The file's Dropbox path when it came from Dropbox, else its name. */
export function displayName(item: Pick<ImportView, 'fileName' | 'dropbox'>): string {
  return item.dropbox?.path || item.fileName;
}
