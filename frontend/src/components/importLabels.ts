/** How the statuses, formats, origins and file kinds of an import are shown; unknown values as they come. */

/** Sentences, for the status of the import being followed. */
export const IMPORT_STATUS_TEXT: Partial<Record<string, string>> = {
  QUEUED: 'Waiting for the import to start…',
  RUNNING: 'Importing…',
  SUCCEEDED: 'Import finished.',
  FAILED: 'Import failed.',
  UNSUPPORTED: 'This file is not in a format Falcon Health reads; nothing was imported.',
  DUPLICATE: 'Already imported: a file with the same content was imported before, so nothing changed.',
  SKIPPED: 'Skipped: nothing was imported from this file.',
  HANDED_OFF: 'Passed on to the import that reads it.',
};

/** The class of the status sentence once it is known how the import ended. */
export const IMPORT_STATUS_CLASS: Partial<Record<string, string>> = {
  SUCCEEDED: 'success',
  FAILED: 'error',
  UNSUPPORTED: 'warning',
  DUPLICATE: 'warning',
  SKIPPED: 'warning',
};

/** Short labels, for the recent files table. */
const STATUS_LABEL: Partial<Record<string, string>> = {
  QUEUED: 'Queued',
  RUNNING: 'Importing',
  SUCCEEDED: 'Imported',
  FAILED: 'Failed',
  UNSUPPORTED: 'Not supported',
  DUPLICATE: 'Already imported',
  SKIPPED: 'Skipped',
  HANDED_OFF: 'Handed off',
};

const FORMATS: Partial<Record<string, string>> = {
  TAKEOUT_FITBIT: 'Fitbit / Google Takeout export',
  FITBIT_EXPORT: 'Fitbit export',
  MYFITNESSPAL_EXPORT: 'MyFitnessPal export',
  OMRON: 'Omron',
  IHEALTH: 'iHealth',
  WITHINGS: 'Withings',
  CARDIOMOOD: 'CardioMood',
  GENERIC: 'Generic CSV',
};

const ORIGINS: Partial<Record<string, string>> = { UPLOAD: 'Upload', DROPBOX: 'Dropbox', HANDOFF: 'From Dropbox' };

const KINDS: Partial<Record<string, string>> = {
  NUTRITION: 'Nutrition',
  EXERCISE: 'Exercise',
  MEASUREMENT: 'Measurements',
  UNSUPPORTED: 'Not supported',
};

export function statusLabel(status: string): string {
  return STATUS_LABEL[status] ?? status;
}

export function formatLabel(format: string | null | undefined): string {
  return format ? (FORMATS[format] ?? format) : 'Not detected';
}

export function originLabel(origin: string | null | undefined): string {
  return origin ? (ORIGINS[origin] ?? origin) : 'Upload';
}

export function kindLabel(kind: string | null | undefined): string {
  return kind ? (KINDS[kind] ?? kind) : '—';
}
