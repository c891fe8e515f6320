import { useState } from 'react';
import type { FormEvent } from 'react';
import { formFailure } from './useTrackedImport';
import type { FieldsByProblem, FormFailure } from './useTrackedImport';

type Upload = { kind: 'idle' } | { kind: 'uploading' } | ({ kind: 'failed' } & FormFailure);

/**
 * The state of a form that uploads one file: the chosen file, and `submit`, which asks for a file
 * (`missingFile`) before sending anything, then hands it to `send` and keeps what went wrong
 * (a message, and field errors from a 400 problem, or from the problems `fieldsByProblem` ties
 * to a field).
 */
export function useFileUpload(
  missingFile: string,
  send: (file: File) => Promise<void>,
  fieldsByProblem: FieldsByProblem = {},
) {
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<Upload>({ kind: 'idle' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setUpload({ kind: 'failed', message: missingFile, fieldErrors: {} });
      return;
    }
    setUpload({ kind: 'uploading' });
    try {
      await send(file);
      setUpload({ kind: 'idle' });
    } catch (error) {
      setUpload({ kind: 'failed', ...formFailure(error, 'The upload failed.', fieldsByProblem) });
    }
  }

  return {
    file,
    setFile,
    submit,
    uploading: upload.kind === 'uploading',
    failure: upload.kind === 'failed' ? upload.message : null,
    fieldErrors: upload.kind === 'failed' ? upload.fieldErrors : {},
  };
}

/** What {@link useFileUpload} gives its form. */
export type FileUpload = ReturnType<typeof useFileUpload>;
