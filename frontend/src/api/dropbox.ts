/**
 * The Dropbox folder connector and file uploads (dropbox-ingest, through the gateway): the
 * watched folder, uploaded or synced files with their per-file report, and the column-mapping
 * profiles for blood-pressure CSVs no built-in format reads.
 */
import { apiFetch } from './client';

const BASE = '/api/connections/dropbox';

/** Statuses the server may send; any other string is shown as it is. */
export type DropboxImportStatus =
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED'
  | 'FAILED'
  | 'UNSUPPORTED'
  | 'DUPLICATE'
  | 'HANDED_OFF'
  | 'DELETED';

/** Every status but these two is final: nothing changes any more. */
export function isFinalDropboxStatus(status: string): boolean {
  return status !== 'QUEUED' && status !== 'RUNNING';
}

/** A row (or the file) that could not be read. */
export interface RowError {
  line?: number | null;
  reason: string;
}

/** One file, uploaded or found in the watched folder, and what its import did. */
export interface DropboxImport {
  id: string;
  file: string;
  sha256?: string | null;
  /** `OMRON`, `IHEALTH`, `WITHINGS`, `CARDIOMOOD`, `GENERIC`; `null` until detected or when unknown. */
  format: string | null;
  status: DropboxImportStatus | string;
  rowsImported: number;
  rowsSkipped: number;
  /** The first rows that could not be read (capped by the server). */
  errors?: RowError[] | null;
  /** Why the file as a whole was refused, handed off or is a duplicate. */
  reason?: string | null;
  /** The earlier import with the same content, for `DUPLICATE`. */
  duplicateOf?: string | null;
  /** The IANA zone wall times were read in. */
  zone?: string | null;
  zoneAssumed?: boolean;
  /** `UPLOAD` or `DROPBOX`. */
  origin?: string | null;
  /** The file's path in Dropbox, for `DROPBOX`. */
  path?: string | null;
  /** Where dropbox-ingest may also give the path (`{path, rev, deleted, …}`), for `DROPBOX`. */
  dropbox?: { path?: string | null; deleted?: boolean | null } | null;
}

/** The file's Dropbox path when it came from Dropbox, else its name. */
export function displayName(item: DropboxImport): string {
  return item.path || item.dropbox?.path || item.file;
}

export interface DropboxSettings {
  /** The watched folder, starting with `/`. */
  folder: string;
}

/** Which column holds what; `time` and `pulse` are optional. */
export interface ProfileColumns {
  date: string;
  time?: string | null;
  systolic: string;
  diastolic: string;
  pulse?: string | null;
}

/** A column-mapping profile before it is saved. */
export interface ProfileDraft {
  name: string;
  columns: ProfileColumns;
  /** A `java.time` pattern, e.g. `yyyy-MM-dd`. */
  dateFormat: string;
  timeFormat?: string | null;
}

export interface MappingProfile extends ProfileDraft {
  id: string;
  createdAt?: string;
}

export interface PreviewRow {
  line: number;
  instant: string | null;
  localDate: string | null;
  systolic: number | null;
  diastolic: number | null;
  pulse: number | null;
}

/** What a profile reads from a sample file; nothing is stored. */
export interface ProfilePreview {
  header: string[];
  rows: PreviewRow[];
  errors: RowError[];
  rowsRead: number;
}

/** `GET /api/connections/dropbox/settings`. */
export function fetchDropboxSettings(): Promise<DropboxSettings> {
  return apiFetch<DropboxSettings>(`${BASE}/settings`);
}

/** `PUT /api/connections/dropbox/settings`: the saved settings; a 400 with a field error on `folder`. */
export function saveDropboxSettings(settings: DropboxSettings): Promise<DropboxSettings> {
  return apiFetch<DropboxSettings>(`${BASE}/settings`, { method: 'PUT', body: settings });
}

/**
 * `POST /api/connections/dropbox/imports` as `multipart/form-data` with `file` and, when given,
 * `profile` (a mapping profile id): 202 with the new import.
 */
export function uploadDropboxFile(file: File, profileId?: string): Promise<DropboxImport> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (profileId) {
    form.append('profile', profileId);
  }
  return apiFetch<DropboxImport>(`${BASE}/imports`, { method: 'POST', body: form });
}

/** `GET /api/connections/dropbox/imports/{id}`. */
export function getDropboxImport(id: string): Promise<DropboxImport> {
  return apiFetch<DropboxImport>(`${BASE}/imports/${encodeURIComponent(id)}`);
}

/** `GET /api/connections/dropbox/imports?limit=…`: newest first. */
export function fetchDropboxImports(limit = 20): Promise<DropboxImport[]> {
  return apiFetch<DropboxImport[]>(`${BASE}/imports?limit=${limit}`);
}

/** `GET /api/connections/dropbox/profiles`. */
export function fetchProfiles(): Promise<MappingProfile[]> {
  return apiFetch<MappingProfile[]>(`${BASE}/profiles`);
}

/**
 * `POST /api/connections/dropbox/profiles/preview`: `file` and the unsaved `profile` as a JSON
 * part (`application/json`), so the server binds it like a request body.
 */
export function previewProfile(file: File, profile: ProfileDraft): Promise<ProfilePreview> {
  const form = new FormData();
  form.append('file', file, file.name);
  form.append('profile', new Blob([JSON.stringify(profile)], { type: 'application/json' }));
  return apiFetch<ProfilePreview>(`${BASE}/profiles/preview`, { method: 'POST', body: form });
}

/** `POST /api/connections/dropbox/profiles`: 201 with the saved profile. */
export function saveProfile(profile: ProfileDraft): Promise<MappingProfile> {
  return apiFetch<MappingProfile>(`${BASE}/profiles`, { method: 'POST', body: profile });
}

/** `DELETE /api/connections/dropbox/profiles/{id}`: 204. */
export function deleteProfile(id: string): Promise<void> {
  return apiFetch<void>(`${BASE}/profiles/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
