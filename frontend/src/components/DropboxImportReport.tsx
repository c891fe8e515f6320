import type { DropboxImport } from '../api/dropbox';
import { FileReportView } from './ImportReport';
import { IMPORT_STATUS_CLASS, IMPORT_STATUS_TEXT } from './ImportStatusPanel';

/** Short labels, for the recent files table. */
export const DROPBOX_STATUS_LABEL: Partial<Record<string, string>> = {
  QUEUED: 'Queued',
  RUNNING: 'Importing',
  SUCCEEDED: 'Imported',
  FAILED: 'Failed',
  UNSUPPORTED: 'Not supported',
  DUPLICATE: 'Duplicate',
  HANDED_OFF: 'Handed off',
  DELETED: 'Deleted',
};

/** Sentences, for the status of the file just uploaded. */
export const DROPBOX_STATUS_TEXT: Partial<Record<string, string>> = {
  ...IMPORT_STATUS_TEXT,
  UNSUPPORTED: 'This file is not in a format Falcon Health reads; nothing was imported.',
  DUPLICATE: 'Already imported: a file with the same content was imported before, so nothing changed.',
  HANDED_OFF: 'Passed on to the service that reads it.',
  DELETED: 'The file was deleted in Dropbox; its readings are kept and marked as coming from a deleted file.',
};

export const DROPBOX_STATUS_CLASS: Partial<Record<string, string>> = {
  ...IMPORT_STATUS_CLASS,
  UNSUPPORTED: 'warning',
  DUPLICATE: 'warning',
};

const FORMATS: Partial<Record<string, string>> = {
  OMRON: 'Omron',
  IHEALTH: 'iHealth',
  WITHINGS: 'Withings',
  CARDIOMOOD: 'CardioMood',
  GENERIC: 'Generic CSV',
};

const ORIGINS: Partial<Record<string, string>> = { UPLOAD: 'Upload', DROPBOX: 'Dropbox' };

export function formatLabel(format: string | null | undefined): string {
  return format ? (FORMATS[format] ?? format) : 'Not detected';
}

export function originLabel(origin: string | null | undefined): string {
  return origin ? (ORIGINS[origin] ?? origin) : 'Upload';
}

const ASSUMED = ' (assumed: the file states no zone)';

/** Statuses whose rows are worth showing even when none were imported. */
const READ: ReadonlySet<string> = new Set(['SUCCEEDED', 'FAILED']);

/**
 * What happened to one file: why it was refused, handed off or is a duplicate (the server's
 * reason), then rows imported and skipped, the first rows that failed with their line numbers,
 * and the zone its times were read in.
 */
export function DropboxImportReport({ item }: { item: DropboxImport }) {
  const errors = item.errors ?? [];
  const hasRows = READ.has(item.status) || item.rowsImported > 0 || item.rowsSkipped > 0 || errors.length > 0;
  return (
    <div className="import-report">
      {item.reason && <p className={item.status === 'FAILED' ? 'error' : undefined}>{item.reason}</p>}
      {hasRows && (
        <FileReportView
          rowsImported={item.rowsImported}
          rowsSkipped={item.rowsSkipped}
          errors={errors}
          note={item.zone ? `Times read in ${item.zone}${item.zoneAssumed ? ASSUMED : ''}.` : null}
        />
      )}
    </div>
  );
}
