import { useState } from 'react';
import type { FormEvent } from 'react';
import { getFitbitImport, uploadFitbitExport } from '../api/imports';
import type { FitbitImport as Import, ImportStatus } from '../api/imports';
import { availableTimeZones } from '../timeZones';
import { ImportReportView } from './ImportReport';
import { formFailure, useTrackedImport } from './useTrackedImport';
import { UploadOutcome } from './UploadOutcome';

export { IMPORT_POLL_MILLIS } from './useTrackedImport';

/** `sessionStorage` key of the last import's id, so that a reload shows it again. */
export const LAST_IMPORT_KEY = 'falcon.fitbit.lastImport';

const DONE: ReadonlySet<string> = new Set<ImportStatus>(['SUCCEEDED', 'FAILED']);

const STATUS_CLASS: Partial<Record<string, string>> = { SUCCEEDED: 'success', FAILED: 'error' };

const STATUS_TEXT: Partial<Record<string, string>> = {
  QUEUED: 'Waiting for the import to start…',
  RUNNING: 'Importing…',
  SUCCEEDED: 'Import finished.',
  FAILED: 'Import failed.',
};

type Upload =
  | { kind: 'idle' }
  | { kind: 'uploading' }
  | { kind: 'failed'; message: string; fieldErrors: Record<string, string> };

/**
 * Upload of a Fitbit or Google Takeout export ZIP, then the import's progress (polled every
 * {@link IMPORT_POLL_MILLIS}) and its report. The last import is remembered per browser tab.
 */
export function FitbitImport({ timeZone, onFinished }: { timeZone: string; onFinished: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [zone, setZone] = useState(timeZone);
  const [zones] = useState(() => availableTimeZones(timeZone));
  const [upload, setUpload] = useState<Upload>({ kind: 'idle' });
  const { tracked, pollError, track, dismiss } = useTrackedImport<Import>({
    storageKey: LAST_IMPORT_KEY,
    load: getFitbitImport,
    isFinal: (status) => DONE.has(status),
    onFinished,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setUpload({ kind: 'failed', message: 'Choose the export ZIP first.', fieldErrors: {} });
      return;
    }
    setUpload({ kind: 'uploading' });
    try {
      const accepted = await uploadFitbitExport(file, zone);
      track(accepted.id, accepted.status);
      setUpload({ kind: 'idle' });
    } catch (error) {
      setUpload({ kind: 'failed', ...formFailure(error, 'The upload failed.') });
    }
  }

  const uploading = upload.kind === 'uploading';
  const fieldErrors = upload.kind === 'failed' ? upload.fieldErrors : {};
  const fileError = fieldErrors['file'];
  const zoneError = fieldErrors['timeZone'];
  const details = tracked?.details ?? null;
  const status = tracked?.status ?? null;
  const done = status !== null && DONE.has(status);
  return (
    <section className="import" aria-labelledby="fitbit-import-title">
      <h3 id="fitbit-import-title">Import a Fitbit or Google Takeout export</h3>
      <p className="muted">
        Upload the ZIP from Fitbit&rsquo;s &ldquo;Export your account archive&rdquo; or from Google Takeout to bring in
        your history, whether or not Fitbit is connected. Importing the same export again changes nothing.
      </p>
      <form className="form" onSubmit={submit} noValidate aria-label="Import an export">
        <fieldset className="plain" disabled={uploading}>
          <div className="field">
            <label htmlFor="fitbit-import-file">Export ZIP</label>
            <input
              type="file"
              id="fitbit-import-file"
              name="file"
              accept=".zip,application/zip"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? 'fitbit-import-file-error' : undefined}
            />
            {fileError && (
              <p id="fitbit-import-file-error" className="field-error">
                {fileError}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="fitbit-import-zone">Time zone of the export</label>
            {zones.length > 0 ? (
              <select
                id="fitbit-import-zone"
                name="timeZone"
                value={zone}
                onChange={(e) => setZone(e.target.value)}
                aria-invalid={zoneError ? true : undefined}
                aria-describedby={zoneError ? 'fitbit-import-zone-error fitbit-import-zone-hint' : 'fitbit-import-zone-hint'}
              >
                {zones.map((z) => (
                  <option key={z} value={z}>
                    {z}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id="fitbit-import-zone"
                name="timeZone"
                value={zone}
                onChange={(e) => setZone(e.target.value)}
                aria-invalid={zoneError ? true : undefined}
                aria-describedby={zoneError ? 'fitbit-import-zone-error fitbit-import-zone-hint' : 'fitbit-import-zone-hint'}
              />
            )}
            <p id="fitbit-import-zone-hint" className="hint">
              The times in an export carry no time zone. Falcon Health reads them in this zone: pick the one your
              Fitbit was set to (usually your own).
            </p>
            {zoneError && (
              <p id="fitbit-import-zone-error" className="field-error">
                {zoneError}
              </p>
            )}
          </div>
          <button type="submit" className="button">
            {uploading ? 'Uploading…' : 'Import'}
          </button>
        </fieldset>
        <UploadOutcome
          uploading={uploading}
          fileName={file?.name}
          failure={upload.kind === 'failed' ? upload.message : null}
        />
      </form>
      {tracked && (
        <div className="import-status">
          <h4>{details ? `Import of ${details.fileName}` : 'Import'}</h4>
          <p role="status" className={status ? STATUS_CLASS[status] : undefined}>
            {status ? (STATUS_TEXT[status] ?? status) : 'Loading the last import…'}
          </p>
          {status !== null && !done && <ImportProgressBar details={details} />}
          {details && (
            <p className="muted">
              {details.zoneAssumed
                ? `Times without a zone are read as ${details.zone}.`
                : `Times are read in ${details.zone}.`}
            </p>
          )}
          {status === 'FAILED' && (
            <p className="error">
              The import of {details?.fileName ?? 'the export'} did not complete. Check that the file is the export
              ZIP and import it again: records already imported are kept and are not duplicated.
            </p>
          )}
          {done && details?.report && <ImportReportView report={details.report} />}
          {pollError && <p className="warning">{pollError}</p>}
          {done && (
            <div className="actions">
              <button type="button" className="button button-quiet" onClick={dismiss}>
                Dismiss
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

function ImportProgressBar({ details }: { details: Import | null }) {
  const progress = details?.progress;
  const known = progress != null && progress.entriesTotal > 0;
  const done = known ? Math.min(progress.entriesDone, progress.entriesTotal) : 0;
  const percent = known ? Math.round((done / progress.entriesTotal) * 100) : 0;
  return (
    <div className="backfill">
      <label htmlFor="fitbit-import-progress">
        {known ? `${done} of ${progress.entriesTotal} files read (${percent}%)` : 'Preparing the export…'}
      </label>
      {/* Without a value the bar is indeterminate until the number of files is known. */}
      <progress id="fitbit-import-progress" max={known ? progress.entriesTotal : undefined} value={known ? done : undefined}>
        {known ? `${percent}%` : ''}
      </progress>
    </div>
  );
}
