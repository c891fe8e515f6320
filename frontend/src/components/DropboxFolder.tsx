import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { fetchDropboxSettings, saveDropboxSettings } from '../api/dropbox';
import { FormField } from './FormField';
import { describeError, formFailure } from './useTrackedImport';
import type { FormFailure } from './useTrackedImport';

type Load = { kind: 'loading' } | { kind: 'loaded' } | { kind: 'failed'; message: string };
type Save = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | ({ kind: 'failed' } & FormFailure);

/** The Dropbox folder whose files are imported, editable while Dropbox is connected. */
export function DropboxFolder() {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [folder, setFolder] = useState('');
  const [save, setSave] = useState<Save>({ kind: 'idle' });

  useEffect(() => {
    let current = true;
    fetchDropboxSettings()
      .then((settings) => {
        if (!current) return;
        setFolder(settings.folder ?? '');
        setLoad({ kind: 'loaded' });
      })
      .catch((error: unknown) => current && setLoad({ kind: 'failed', message: describeError(error) }));
    return () => {
      current = false;
    };
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSave({ kind: 'saving' });
    try {
      const saved = await saveDropboxSettings({ folder: folder.trim() });
      setFolder(saved.folder);
      setSave({ kind: 'saved' });
    } catch (error) {
      setSave({ kind: 'failed', ...formFailure(error, 'The folder could not be saved.') });
    }
  }

  const folderError = save.kind === 'failed' ? save.fieldErrors['folder'] : undefined;
  return (
    <section className="import" aria-labelledby="dropbox-folder-title">
      <h3 id="dropbox-folder-title">Watched folder</h3>
      {load.kind === 'loading' && (
        <p role="status" className="muted">
          Loading the folder…
        </p>
      )}
      {load.kind === 'failed' && <p className="error">{load.message}</p>}
      {load.kind === 'loaded' && (
        <form className="form" onSubmit={submit} noValidate aria-label="Watched folder">
          <fieldset className="plain" disabled={save.kind === 'saving'}>
            <FormField
              id="dropbox-folder"
              label="Dropbox folder"
              hint={
                <>
                  Files you put in this folder (a path starting with <code>/</code>) are imported on each sync.
                </>
              }
              error={folderError}
            >
              {(control) => (
                <input
                  name="folder"
                  value={folder}
                  spellCheck={false}
                  onChange={(e) => {
                    setFolder(e.target.value);
                    if (save.kind === 'saved') setSave({ kind: 'idle' });
                  }}
                  {...control}
                />
              )}
            </FormField>
            <button type="submit" className="button">
              {save.kind === 'saving' ? 'Saving…' : 'Save folder'}
            </button>
          </fieldset>
          <div aria-live="polite" className="form-outcome">
            {save.kind === 'saved' && <p className="success">Folder saved.</p>}
            {save.kind === 'failed' && <p className="error">{save.message}</p>}
          </div>
        </form>
      )}
    </section>
  );
}
