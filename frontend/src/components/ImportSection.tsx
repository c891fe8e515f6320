import { useState } from 'react';
import type { ReactNode } from 'react';
import { displayName, isFinalImportStatus } from '../api/imports';
import type { ImportProgress, ImportProvider } from '../api/imports';
import { FormField } from './FormField';
import { ImportReport } from './ImportReport';
import { ImportStatusPanel } from './ImportStatusPanel';
import { TimeZoneField } from './TimeZoneField';
import { UploadForm } from './UploadForm';
import { useFileUpload } from './useFileUpload';
import type { ProviderImport } from './useProviderImport';

/** What a provider's card says about its file import; everything else is the same for all. */
export interface ImportSpec {
  provider: ImportProvider;
  /** The section's heading, also its accessible name. */
  title: string;
  /** What to upload and where to get it. */
  hint: ReactNode;
  /** The upload form's accessible name. */
  formLabel: string;
  fileLabel: string;
  /** The `accept` of the file input; any file without it. */
  accept?: string;
  submitLabel: string;
  /** Said when the form is sent without a file. */
  missingFile: string;
  /** Offers the zone the file's zone-less times are read in, defaulting to the user's. */
  timeZoneField?: { label: string; hint: ReactNode };
  /** Offers a saved column-mapping profile instead of the detected format. */
  profileField?: { label: string; detectLabel: string };
}

/** A saved column-mapping profile, as the profile choice lists it. */
export interface ProfileChoice {
  id: string;
  name: string;
}

/** Problems about one field of the form, by the last segment of their `type`. */
const FIELDS_BY_PROBLEM = { 'invalid-time-zone': 'timeZone', 'profile-not-found': 'profile' };

/**
 * The one upload flow of every provider that imports files: the form (the file, and the extra
 * fields `spec` offers), then the import's status (polled), its progress while it runs and its
 * report once it ends. A refused upload shows the problem's detail.
 */
export function ImportSection({
  spec,
  importer,
  timeZone,
  profiles = [],
}: {
  spec: ImportSpec;
  importer: ProviderImport;
  /** The user's zone, the default of the zone field. */
  timeZone: string;
  /** The choices of the profile field, when `spec` offers it. */
  profiles?: readonly ProfileChoice[];
}) {
  const { provider, timeZoneField, profileField } = spec;
  const [zone, setZone] = useState(timeZone);
  const [profile, setProfile] = useState('');
  const upload = useFileUpload(
    spec.missingFile,
    (file) =>
      importer.start(file, {
        timeZone: timeZoneField ? zone : undefined,
        profile: profileField && profile ? profile : undefined,
      }),
    FIELDS_BY_PROBLEM,
  );

  const { tracking } = importer;
  const details = tracking.tracked?.details ?? null;
  const status = tracking.tracked?.status ?? null;
  const done = status !== null && isFinalImportStatus(status);
  const titleId = `${provider}-import-title`;
  return (
    <section className="import" aria-labelledby={titleId}>
      <h3 id={titleId}>{spec.title}</h3>
      <p className="muted">{spec.hint}</p>
      <UploadForm
        label={spec.formLabel}
        upload={upload}
        fileId={`${provider}-upload-file`}
        fileLabel={spec.fileLabel}
        accept={spec.accept}
        submitLabel={spec.submitLabel}
      >
        {timeZoneField && (
          <TimeZoneField
            id={`${provider}-upload-zone`}
            label={timeZoneField.label}
            hint={timeZoneField.hint}
            value={zone}
            onChange={setZone}
            error={upload.fieldErrors['timeZone']}
          />
        )}
        {profileField && (
          <FormField id={`${provider}-upload-profile`} label={profileField.label} error={upload.fieldErrors['profile']}>
            {(control) => (
              <select name="profile" value={profile} onChange={(e) => setProfile(e.target.value)} {...control}>
                <option value="">{profileField.detectLabel}</option>
                {profiles.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
      </UploadForm>
      <ImportStatusPanel
        tracking={tracking}
        fileName={details ? displayName(details) : undefined}
        done={done}
        progress={progressBar(`${provider}-import-progress`, details?.progress)}
      >
        {done && details && <ImportReport item={details} />}
      </ImportStatusPanel>
    </section>
  );
}

/** A bar with `done` of `total` once the total is known; without one the panel shows an indeterminate bar. */
function progressBar(id: string, progress: ImportProgress | null | undefined): ReactNode {
  if (progress == null || !(progress.total > 0)) {
    return undefined;
  }
  const done = Math.min(Math.max(progress.done ?? 0, 0), progress.total);
  const percent = Math.round((done / progress.total) * 100);
  return (
    <div className="backfill">
      <label htmlFor={id}>{`${done} of ${progress.total} done (${percent}%)`}</label>
      <progress id={id} max={progress.total} value={done}>
        {`${percent}%`}
      </progress>
    </div>
  );
}
