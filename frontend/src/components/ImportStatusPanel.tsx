import type { ReactNode } from 'react';
import { IMPORT_STATUS_CLASS, IMPORT_STATUS_TEXT } from './importLabels';
import type { TrackedImport } from './useTrackedImport';

/**
 * The import being followed (nothing while there is none): "Import of <file>", its status in a
 * live `role=status` line, a progress bar while it runs (indeterminate unless `progress` is
 * given), then `children` (the report), a polling warning and, once `done`, Dismiss.
 */
export function ImportStatusPanel({
  tracking,
  fileName,
  done,
  progress,
  children,
}: {
  tracking: Pick<TrackedImport<{ status: string }>, 'tracked' | 'pollError' | 'dismiss'>;
  /** Known once the import's details have been loaded. */
  fileName: string | undefined;
  done: boolean;
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
      <p role="status" className={status ? IMPORT_STATUS_CLASS[status] : undefined}>
        {status ? (IMPORT_STATUS_TEXT[status] ?? status) : 'Loading the last import…'}
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
