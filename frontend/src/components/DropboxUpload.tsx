import { useState } from 'react';
import type { FormEvent } from 'react';
import type { DropboxImport } from '../api/dropbox';
import { isFinalDropboxStatus } from '../api/dropbox';
import { DROPBOX_STATUS_CLASS, DROPBOX_STATUS_TEXT, DropboxImportReport, formatLabel } from './DropboxImportReport';
import type { ProfilesState, StartImport } from './DropboxSections';
import { formFailure } from './useTrackedImport';
import type { FormFailure, TrackedImport } from './useTrackedImport';
import { UploadOutcome } from './UploadOutcome';

type Upload = { kind: 'idle' } | { kind: 'uploading' } | ({ kind: 'failed' } & FormFailure);

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
  const [file, setFile] = useState<File | null>(null);
  const [profileId, setProfileId] = useState('');
  const [upload, setUpload] = useState<Upload>({ kind: 'idle' });
  const { tracked, pollError, dismiss } = tracking;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setUpload({ kind: 'failed', message: 'Choose a file first.', fieldErrors: {} });
      return;
    }
    setUpload({ kind: 'uploading' });
    try {
      await startImport(file, profileId || undefined);
      setUpload({ kind: 'idle' });
    } catch (error) {
      setUpload({ kind: 'failed', ...formFailure(error, 'The upload failed.') });
    }
  }

  const uploading = upload.kind === 'uploading';
  const fieldErrors = upload.kind === 'failed' ? upload.fieldErrors : {};
  const items = profiles.kind === 'loaded' ? profiles.items : [];
  const details = tracked?.details ?? null;
  const status = tracked?.status ?? null;
  const done = status !== null && isFinalDropboxStatus(status);
  return (
    <section className="import" aria-labelledby="dropbox-upload-title">
      <h3 id="dropbox-upload-title">Upload a file</h3>
      <p className="muted">
        No Dropbox? Upload a blood-pressure export (Omron, iHealth, Withings), a CardioMood recording or any
        blood-pressure CSV with a column mapping. Uploading the same file again changes nothing.
      </p>
      <form className="form" onSubmit={submit} noValidate aria-label="Upload a file">
        <fieldset className="plain" disabled={uploading}>
          <div className="field">
            <label htmlFor="dropbox-upload-file">File</label>
            <input
              type="file"
              id="dropbox-upload-file"
              name="file"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              aria-invalid={fieldErrors['file'] ? true : undefined}
              aria-describedby={fieldErrors['file'] ? 'dropbox-upload-file-error' : undefined}
            />
            {fieldErrors['file'] && (
              <p id="dropbox-upload-file-error" className="field-error">
                {fieldErrors['file']}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="dropbox-upload-profile">Columns</label>
            <select
              id="dropbox-upload-profile"
              name="profile"
              value={profileId}
              onChange={(e) => setProfileId(e.target.value)}
              aria-invalid={fieldErrors['profile'] ? true : undefined}
              aria-describedby={fieldErrors['profile'] ? 'dropbox-upload-profile-error' : undefined}
            >
              <option value="">Detect the format</option>
              {items.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            {fieldErrors['profile'] && (
              <p id="dropbox-upload-profile-error" className="field-error">
                {fieldErrors['profile']}
              </p>
            )}
          </div>
          <button type="submit" className="button">
            {uploading ? 'Uploading…' : 'Upload'}
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
          <h4>{details ? `Import of ${details.file}` : 'Import'}</h4>
          <p role="status" className={status ? DROPBOX_STATUS_CLASS[status] : undefined}>
            {status ? (DROPBOX_STATUS_TEXT[status] ?? status) : 'Loading the last import…'}
          </p>
          {status !== null && !done && (
            <progress className="indeterminate" aria-label="Import in progress">
              Importing
            </progress>
          )}
          {details && details.format && <p className="muted">Format: {formatLabel(details.format)}</p>}
          {done && details && <DropboxImportReport item={details} />}
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
