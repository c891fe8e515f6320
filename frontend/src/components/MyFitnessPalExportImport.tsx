import { getMyFitnessPalImport, uploadMyFitnessPalExport } from '../api/myfitnesspal';
import type { MfpFileReport, MfpImport } from '../api/myfitnesspal';
import { ProblemList, ReportFacts } from './ImportReport';
import { FINAL_IMPORT_STATUSES, ImportStatusPanel } from './ImportStatusPanel';
import type { ProviderPartProps } from './providerUi';
import { UploadForm } from './UploadForm';
import { useFileUpload } from './useFileUpload';
import { useTrackedImport } from './useTrackedImport';

/** `sessionStorage` key of the last export import's id, so that a reload shows it again. */
export const LAST_MFP_IMPORT_KEY = 'falcon.myfitnesspal.lastImport';

const KINDS: Partial<Record<string, string>> = {
  NUTRITION: 'Nutrition',
  EXERCISE: 'Exercise',
  MEASUREMENT: 'Measurements',
  UNSUPPORTED: 'Not supported',
};

/**
 * Upload of MyFitnessPal's own export (the ZIP or one of its CSVs), connected or not, then the
 * import's status (polled) and its report per file.
 */
export function MyFitnessPalExportImport({ onChanged }: ProviderPartProps) {
  const tracking = useTrackedImport<MfpImport>({
    storageKey: LAST_MFP_IMPORT_KEY,
    load: getMyFitnessPalImport,
    isFinal: (status) => FINAL_IMPORT_STATUSES.has(status),
    onFinished: onChanged,
  });
  const upload = useFileUpload('Choose the export file first.', async (file) => {
    const accepted = await uploadMyFitnessPalExport(file);
    tracking.track(accepted.id, accepted.status);
  });

  const details = tracking.tracked?.details ?? null;
  const status = tracking.tracked?.status ?? null;
  const done = status !== null && FINAL_IMPORT_STATUSES.has(status);
  return (
    <section className="import" aria-labelledby="mfp-import-title">
      <h3 id="mfp-import-title">Import a MyFitnessPal export</h3>
      <p className="muted">
        In MyFitnessPal, choose Settings, Export Data; upload the ZIP you receive by e-mail, or one of its CSV files
        (nutrition, exercise, measurements). Importing the same export again changes nothing.
      </p>
      <UploadForm
        label="Import a MyFitnessPal export"
        upload={upload}
        fileId="mfp-import-file"
        fileLabel="Export ZIP or CSV"
        accept=".zip,.csv,application/zip,text/csv"
        submitLabel="Import"
      />
      <ImportStatusPanel tracking={tracking} fileName={details?.fileName} done={done}>
        {done && details?.report && <MfpReport files={details.report.files ?? []} />}
      </ImportStatusPanel>
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
