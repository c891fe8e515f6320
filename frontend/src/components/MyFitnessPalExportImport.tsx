import { useState } from 'react';
import type { FormEvent } from 'react';
import { getMyFitnessPalImport, uploadMyFitnessPalExport } from '../api/myfitnesspal';
import type { MfpFileReport, MfpImport } from '../api/myfitnesspal';
import { ProblemList, ReportFacts } from './ImportReport';
import type { ProviderPartProps } from './providerUi';
import { formFailure, useTrackedImport } from './useTrackedImport';
import type { FormFailure } from './useTrackedImport';
import { UploadOutcome } from './UploadOutcome';

/** `sessionStorage` key of the last export import's id, so that a reload shows it again. */
export const LAST_MFP_IMPORT_KEY = 'falcon.myfitnesspal.lastImport';

const DONE: ReadonlySet<string> = new Set(['SUCCEEDED', 'FAILED']);

const STATUS_TEXT: Partial<Record<string, string>> = {
  QUEUED: 'Waiting for the import to start…',
  RUNNING: 'Importing…',
  SUCCEEDED: 'Import finished.',
  FAILED: 'Import failed.',
};

const KINDS: Partial<Record<string, string>> = {
  NUTRITION: 'Nutrition',
  EXERCISE: 'Exercise',
  MEASUREMENT: 'Measurements',
  UNSUPPORTED: 'Not supported',
};

type Upload = { kind: 'idle' } | { kind: 'uploading' } | ({ kind: 'failed' } & FormFailure);

/**
 * Upload of MyFitnessPal's own export (the ZIP or one of its CSVs), connected or not, then the
 * import's status (polled) and its report per file.
 */
export function MyFitnessPalExportImport({ onChanged }: ProviderPartProps) {
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<Upload>({ kind: 'idle' });
  const { tracked, pollError, track, dismiss } = useTrackedImport<MfpImport>({
    storageKey: LAST_MFP_IMPORT_KEY,
    load: getMyFitnessPalImport,
    isFinal: (status) => DONE.has(status),
    onFinished: onChanged,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setUpload({ kind: 'failed', message: 'Choose the export file first.', fieldErrors: {} });
      return;
    }
    setUpload({ kind: 'uploading' });
    try {
      const accepted = await uploadMyFitnessPalExport(file);
      track(accepted.id, accepted.status);
      setUpload({ kind: 'idle' });
    } catch (error) {
      setUpload({ kind: 'failed', ...formFailure(error, 'The upload failed.') });
    }
  }

  const uploading = upload.kind === 'uploading';
  const fileError = upload.kind === 'failed' ? upload.fieldErrors['file'] : undefined;
  const details = tracked?.details ?? null;
  const status = tracked?.status ?? null;
  const done = status !== null && DONE.has(status);
  return (
    <section className="import" aria-labelledby="mfp-import-title">
      <h3 id="mfp-import-title">Import a MyFitnessPal export</h3>
      <p className="muted">
        In MyFitnessPal, choose Settings, Export Data; upload the ZIP you receive by e-mail, or one of its CSV files
        (nutrition, exercise, measurements). Importing the same export again changes nothing.
      </p>
      <form className="form" onSubmit={submit} noValidate aria-label="Import a MyFitnessPal export">
        <fieldset className="plain" disabled={uploading}>
          <div className="field">
            <label htmlFor="mfp-import-file">Export ZIP or CSV</label>
            <input
              type="file"
              id="mfp-import-file"
              name="file"
              accept=".zip,.csv,application/zip,text/csv"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? 'mfp-import-file-error' : undefined}
            />
            {fileError && (
              <p id="mfp-import-file-error" className="field-error">
                {fileError}
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
          <p
            role="status"
            className={status === 'SUCCEEDED' ? 'success' : status === 'FAILED' ? 'error' : undefined}
          >
            {status ? (STATUS_TEXT[status] ?? status) : 'Loading the last import…'}
          </p>
          {status !== null && !done && (
            <progress className="indeterminate" aria-label="Import in progress">
              Importing
            </progress>
          )}
          {done && details?.report && <MfpReport files={details.report.files ?? []} />}
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

function MfpReport({ files }: { files: MfpFileReport[] }) {
  const imported = files.reduce((sum, f) => sum + (f.rowsImported ?? 0), 0);
  const skipped = files.reduce((sum, f) => sum + (f.rowsSkipped ?? 0), 0);
  const errors = files.flatMap((f) => (f.errors ?? []).map((e) => ({ file: f.file, line: e.line, reason: e.reason })));
  return (
    <div className="import-report">
      <ReportFacts
        facts={[
          ['Files read', files.length],
          ['Rows imported', imported],
          ['Rows skipped', skipped],
        ]}
      />
      {files.length > 0 && (
        <table className="runs">
          <caption className="visually-hidden">Files in the export</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Contents</th>
              <th scope="col">Imported</th>
              <th scope="col">Skipped</th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.file}>
                <td>
                  <code>{f.file}</code>
                </td>
                <td>{KINDS[f.kind] ?? f.kind}</td>
                <td>{(f.rowsImported ?? 0).toLocaleString()}</td>
                <td>{(f.rowsSkipped ?? 0).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ProblemList errors={errors} />
    </div>
  );
}
