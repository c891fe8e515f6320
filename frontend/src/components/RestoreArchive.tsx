import { useState } from 'react';
import type { FormEvent } from 'react';
import { ProblemError } from '../api/client';
import { restoreArchive } from '../api/me';
import type { RestoreReport } from '../api/me';
import type { UploadProgress } from '../api/upload';
import { FormField } from './FormField';
import { Progress } from './UploadProgressBar';
import { describeError } from './useTrackedImport';

type State =
  | { kind: 'idle' }
  | { kind: 'uploading'; progress: UploadProgress }
  | { kind: 'done'; report: RestoreReport }
  | { kind: 'failed'; message: string };

/**
 * Restores a Falcon Health export: the archive is sent as it is (`application/zip`) to
 * `POST /api/me/restore` with upload progress; the answer says what was restored and which import
 * services took the rest.
 */
export function RestoreArchive() {
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [fileError, setFileError] = useState<string | undefined>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (file === null) {
      setFileError('Choose the export archive (a ZIP) first.');
      return;
    }
    setFileError(undefined);
    setState({ kind: 'uploading', progress: { loaded: 0, total: file.size } });
    try {
      const report = await restoreArchive(file, (progress) => setState({ kind: 'uploading', progress }));
      setState({ kind: 'done', report });
    } catch (error) {
      setState({ kind: 'failed', message: restoreFailure(error) });
    }
  }

  const uploading = state.kind === 'uploading';
  return (
    <section aria-labelledby="restore-title">
      <h3 id="restore-title">Restore from an export</h3>
      <p className="muted">
        Upload an archive made by &ldquo;Download all my data&rdquo;. Your settings and photos are restored and the
        rest is imported again; restoring the same archive twice adds nothing twice.
      </p>
      <form className="form" onSubmit={submit} noValidate aria-label="Restore from an export">
        <fieldset className="plain" disabled={uploading}>
          <FormField id="restore-file" label="Export archive (ZIP)" error={fileError}>
            {(control) => (
              <input
                {...control}
                type="file"
                name="file"
                accept=".zip,application/zip"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </FormField>
          <button type="submit" className="button button-quiet">
            {uploading ? 'Restoring…' : 'Restore'}
          </button>
        </fieldset>
      </form>
      {state.kind === 'uploading' && <Progress id="restore-progress" progress={state.progress} />}
      <div aria-live="polite">
        {state.kind === 'done' && <RestoreSummary report={state.report} />}
        {state.kind === 'failed' && <p className="error">{state.message}</p>}
      </div>
    </section>
  );
}

function RestoreSummary({ report }: { report: RestoreReport }) {
  const restored = report.restored?.['backend-server'] ?? {};
  const settings = Number(restored['user_settings'] ?? 0);
  const photos = Number(restored['photos'] ?? 0);
  const services = Object.keys(report.imports ?? {});
  const failed = report.failed ?? [];
  return (
    <div className="import-status">
      <p className="success">Restore started.</p>
      <p>
        Restored {settings === 1 ? 'your settings' : `${settings} settings`} and {photos}{' '}
        {photos === 1 ? 'photo' : 'photos'}.
        {services.length > 0 && ` The rest is being imported (${services.join(', ')}); Connections shows the progress.`}
      </p>
      {failed.length > 0 && (
        <p className="warning">
          Not imported by {failed.map((name) => `${name} (${report.reasons?.[name] ?? 'failed'})`).join(', ')}:
          restore the same archive again later to complete it.
        </p>
      )}
    </div>
  );
}

function restoreFailure(error: unknown): string {
  if (error instanceof ProblemError) {
    const type = error.type.slice(error.type.lastIndexOf('/') + 1);
    if (type === 'payload-too-large' || error.status === 413) {
      return 'This archive is larger than the server accepts.';
    }
    if (type === 'invalid-archive') {
      return `This file is not a Falcon Health export archive${error.detail ? `: ${error.detail}` : '.'}`;
    }
    if (type === 'restore-incomplete') {
      return 'Nothing could be imported: no import service answered. Try again in a few minutes.';
    }
  }
  return `Restoring failed: ${describeError(error)}`;
}
