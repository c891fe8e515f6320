import type { ReactNode } from 'react';
import type { TrackedImport } from './useTrackedImport';

/** The statuses after which an export import changes no more. */
export const FINAL_IMPORT_STATUSES: ReadonlySet<string> = new Set(['SUCCEEDED', 'FAILED']);

/** Sentences for the statuses every import has. */
export const IMPORT_STATUS_TEXT: Partial<Record<string, string>> = {
  QUEUED: 'Waiting for the import to start…',
  RUNNING: 'Importing…',
  SUCCEEDED: 'Import finished.',
  FAILED: 'Import failed.',
};

/** The class of the status sentence: `success` or `error` once it is known how the import ended. */
export const IMPORT_STATUS_CLASS: Partial<Record<string, string>> = { SUCCEEDED: 'success', FAILED: 'error' };

/**
 * The import being followed (nothing while there is none): "Import of <file>", its status in a
 * live `role=status` line, a progress bar while it runs (indeterminate unless `progress` is
 * given), then `children` (notes, the report), a polling warning and, once `done`, Dismiss.
 */
export function ImportStatusPanel({
  tracking,
  fileName,
  done,
  statusText = IMPORT_STATUS_TEXT,
  statusClass = IMPORT_STATUS_CLASS,
  progress,
  children,
}: {
  tracking: Pick<TrackedImport<{ status: string }>, 'tracked' | 'pollError' | 'dismiss'>;
  /** Known once the import's details have been loaded. */
  fileName: string | undefined;
  done: boolean;
  statusText?: Partial<Record<string, string>>;
  statusClass?: Partial<Record<string, string>>;
  progress?: ReactNode;
  children?: ReactNode;
}) {
  const { tracked, pollError, dismiss } = tracking;
  if (!tracked) {
    return null;
  }
  const { status } = tracked;
  return (
    <div className="import-status">
      <h4>{fileName !== undefined ? `Import of ${fileName}` : 'Import'}</h4>
      <p role="status" className={status ? statusClass[status] : undefined}>
        {status ? (statusText[status] ?? status) : 'Loading the last import…'}
      </p>
      {status !== null &&
        !done &&
        (progress ?? (
          <progress className="indeterminate" aria-label="Import in progress">
            Importing
          </progress>
        ))}
      {children}
      {pollError && <p className="warning">{pollError}</p>}
      {done && (
        <div className="actions">
          <button type="button" className="button button-quiet" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
