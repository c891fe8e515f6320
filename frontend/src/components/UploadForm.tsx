import type { ReactNode } from 'react';
import { FormField } from './FormField';
import type { FileUpload } from './useFileUpload';
import { UploadOutcome } from './UploadOutcome';

/**
 * A form that uploads one file: the file field, any further fields (`children`), the submit
 * button (disabled with the fields while uploading) and the live region with the upload's outcome.
 */
export function UploadForm({
  label,
  upload,
  fileId,
  fileLabel,
  accept,
  submitLabel,
  children,
}: {
  /** The form's accessible name. */
  label: string;
  upload: FileUpload;
  fileId: string;
  fileLabel: string;
  accept?: string;
  submitLabel: string;
  children?: ReactNode;
}) {
  const { uploading } = upload;
  return (
    <form className="form" onSubmit={upload.submit} noValidate aria-label={label}>
      <fieldset className="plain" disabled={uploading}>
        <FormField id={fileId} label={fileLabel} error={upload.fieldErrors['file']}>
          {(control) => (
            <input
              type="file"
              name="file"
              accept={accept}
              onChange={(e) => upload.setFile(e.target.files?.[0] ?? null)}
              {...control}
            />
          )}
        </FormField>
        {children}
        <button type="submit" className="button">
          {uploading ? 'Uploading…' : submitLabel}
        </button>
      </fieldset>
      <UploadOutcome uploading={uploading} fileName={upload.file?.name} failure={upload.failure} />
    </form>
  );
}
