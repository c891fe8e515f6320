import { useState } from 'react';
import { getFitbitImport, uploadFitbitExport } from '../api/imports';
import type { FitbitImport as Import } from '../api/imports';
import { ImportReportView } from './ImportReport';
import { FINAL_IMPORT_STATUSES, ImportStatusPanel } from './ImportStatusPanel';
import { TimeZoneField } from './TimeZoneField';
import { UploadForm } from './UploadForm';
import { useFileUpload } from './useFileUpload';
import { useTrackedImport } from './useTrackedImport';

export { IMPORT_POLL_MILLIS } from './useTrackedImport';

/** `sessionStorage` key of the last import's id, so that a reload shows it again. */
export const LAST_IMPORT_KEY = 'falcon.fitbit.lastImport';

/**
 * Upload of a Fitbit or Google Takeout export ZIP, then the import's progress (polled every
 * {@link IMPORT_POLL_MILLIS}) and its report. The last import is remembered per browser tab.
 */
export function FitbitImport({ timeZone, onFinished }: { timeZone: string; onFinished: () => void }) {
  const [zone, setZone] = useState(timeZone);
  const tracking = useTrackedImport<Import>({
    storageKey: LAST_IMPORT_KEY,
    load: getFitbitImport,
    isFinal: (status) => FINAL_IMPORT_STATUSES.has(status),
    onFinished,
  });
  const upload = useFileUpload('Choose the export ZIP first.', async (file) => {
    const accepted = await uploadFitbitExport(file, zone);
    tracking.track(accepted.id, accepted.status);
  });

  const details = tracking.tracked?.details ?? null;
  const status = tracking.tracked?.status ?? null;
  const done = status !== null && FINAL_IMPORT_STATUSES.has(status);
  return (
    <section className="import" aria-labelledby="fitbit-import-title">
      <h3 id="fitbit-import-title">Import a Fitbit or Google Takeout export</h3>
      <p className="muted">
        Upload the ZIP from Fitbit&rsquo;s &ldquo;Export your account archive&rdquo; or from Google Takeout to bring in
        your history, whether or not Fitbit is connected. Importing the same export again changes nothing.
      </p>
      <UploadForm
        label="Import an export"
        upload={upload}
        fileId="fitbit-import-file"
        fileLabel="Export ZIP"
        accept=".zip,application/zip"
        submitLabel="Import"
      >
        <TimeZoneField
          id="fitbit-import-zone"
          label="Time zone of the export"
          hint={
            <>
              The times in an export carry no time zone. Falcon Health reads them in this zone: pick the one your
              Fitbit was set to (usually your own).
            </>
          }
          value={zone}
          onChange={setZone}
          error={upload.fieldErrors['timeZone']}
        />
      </UploadForm>
      <ImportStatusPanel
        tracking={tracking}
        fileName={details?.fileName}
        done={done}
        progress={<ImportProgressBar details={details} />}
      >
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
      </ImportStatusPanel>
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
