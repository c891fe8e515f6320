import { useState } from 'react';
import type { DropboxImport } from '../api/dropbox';
import { isFinalDropboxStatus } from '../api/dropbox';
import { DROPBOX_STATUS_CLASS, DROPBOX_STATUS_TEXT, DropboxImportReport, formatLabel } from './DropboxImportReport';
import type { ProfilesState, StartImport } from './DropboxSections';
import { FormField } from './FormField';
import { ImportStatusPanel } from './ImportStatusPanel';
import { UploadForm } from './UploadForm';
import { useFileUpload } from './useFileUpload';
import type { TrackedImport } from './useTrackedImport';

/**
 * Upload of one blood-pressure or CardioMood file, Dropbox connected or not: the format is
 * detected, or read with a saved column-mapping profile. Then the file's status (polled) and
 * its report.
 */
export function DropboxUpload({
  profiles,
  startImport,
  tracking,
}: {
  profiles: ProfilesState;
  startImport: StartImport;
  tracking: TrackedImport<DropboxImport>;
}) {
  const [profileId, setProfileId] = useState('');
  const upload = useFileUpload('Choose a file first.', (file) => startImport(file, profileId || undefined));

  const items = profiles.kind === 'loaded' ? profiles.items : [];
  const details = tracking.tracked?.details ?? null;
  const status = tracking.tracked?.status ?? null;
  const done = status !== null && isFinalDropboxStatus(status);
  return (
    <section className="import" aria-labelledby="dropbox-upload-title">
      <h3 id="dropbox-upload-title">Upload a file</h3>
      <p className="muted">
        No Dropbox? Upload a blood-pressure export (Omron, iHealth, Withings), a CardioMood recording or any
        blood-pressure CSV with a column mapping. Uploading the same file again changes nothing.
      </p>
      <UploadForm
        label="Upload a file"
        upload={upload}
        fileId="dropbox-upload-file"
        fileLabel="File"
        submitLabel="Upload"
      >
        <FormField id="dropbox-upload-profile" label="Columns" error={upload.fieldErrors['profile']}>
          {(control) => (
            <select name="profile" value={profileId} onChange={(e) => setProfileId(e.target.value)} {...control}>
              <option value="">Detect the format</option>
              {items.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </UploadForm>
      <ImportStatusPanel
        tracking={tracking}
        fileName={details?.file}
        done={done}
        statusText={DROPBOX_STATUS_TEXT}
        statusClass={DROPBOX_STATUS_CLASS}
      >
        {details && details.format && <p className="muted">Format: {formatLabel(details.format)}</p>}
        {done && details && <DropboxImportReport item={details} />}
      </ImportStatusPanel>
    </section>
  );
}
