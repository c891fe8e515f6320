/**
 * The Dropbox folder connector (dropbox-ingest, through the gateway): the
 * watched folder and the column-mapping profiles for blood-pressure CSVs no built-in format
 * reads. Uploads and the files' reports go through `imports.ts`, like every file import.
 */
import { apiFetch } from './client';

const BASE = '/api/connections/dropbox';

/** A row that could not be read. */
export interface RowError {
  line?: number | null;
  reason: string;
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
