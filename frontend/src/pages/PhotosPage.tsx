import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ProblemError } from '../api/client';
import { deletePhoto, fetchPhotos, PHOTO_TYPES, thumbnailUrl, updatePhoto, uploadPhoto } from '../api/photos';
import type { Photo } from '../api/photos';
import type { UploadProgress } from '../api/upload';
import { EmptyState } from '../components/EmptyState';
import { FormField } from '../components/FormField';
import { Progress } from '../components/UploadProgressBar';
import { usePageTitle } from '../components/usePageTitle';
import { describeError } from '../components/useTrackedImport';
import { formatDate } from '../format';
import { useMe } from '../session/SessionContext';
import { browserTimeZone } from '../timeZones';
import './photos.css';

/** Photos asked for per page of the gallery. */
export const PHOTO_PAGE_SIZE = 24;

type Gallery =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'loaded'; photos: Photo[]; nextCursor: string | null; more: 'idle' | 'loading' | string };

/** Upload with progress, and the gallery of thumbnails with captions and dates, edit and delete. */
export function PhotosPage() {
  usePageTitle('Photos');
  const { settings } = useMe();
  const timeZone = settings.timeZone ?? browserTimeZone();
  const [gallery, setGallery] = useState<Gallery>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setGallery({ kind: 'loading' });
    fetchPhotos(PHOTO_PAGE_SIZE)
      .then(
        (page) =>
          current && setGallery({ kind: 'loaded', photos: page.items, nextCursor: page.nextCursor, more: 'idle' }),
      )
      .catch((error: unknown) => current && setGallery({ kind: 'failed', message: describeError(error) }));
    return () => {
      current = false;
    };
  }, [attempt]);

  function loadMore() {
    if (gallery.kind !== 'loaded' || !gallery.nextCursor) return;
    const cursor = gallery.nextCursor;
    setGallery({ ...gallery, more: 'loading' });
    fetchPhotos(PHOTO_PAGE_SIZE, cursor)
      .then((page) =>
        setGallery((previous) => {
          if (previous.kind !== 'loaded') return previous;
          const known = new Set(previous.photos.map((p) => p.id));
          return {
            kind: 'loaded',
            photos: [...previous.photos, ...page.items.filter((p) => !known.has(p.id))],
            nextCursor: page.nextCursor,
            more: 'idle',
          };
        }),
      )
      .catch((error: unknown) =>
        setGallery((previous) =>
          previous.kind === 'loaded'
            ? { ...previous, more: `More photos could not be loaded: ${describeError(error)}` }
            : previous,
        ),
      );
  }

  const change = useCallback((update: (photos: Photo[]) => Photo[]) => {
    setGallery((previous) => (previous.kind === 'loaded' ? { ...previous, photos: update(previous.photos) } : previous));
  }, []);

  return (
    <>
      <h1>Photos</h1>
      <PhotoUpload onUploaded={(photo) => change((photos) => [photo, ...photos.filter((p) => p.id !== photo.id)])} />
      <section aria-labelledby="gallery-title" className="photo-gallery">
        <h2 id="gallery-title">Gallery</h2>
        {gallery.kind === 'loading' && (
          <p role="status" className="loading">
            Loading photos…
          </p>
        )}
        {gallery.kind === 'failed' && (
          <div className="card" role="alert">
            <p className="error">Your photos could not be loaded: {gallery.message}</p>
            <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
              Retry
            </button>
          </div>
        )}
        {gallery.kind === 'loaded' && gallery.photos.length === 0 && (
          <EmptyState title="No photos yet." action={null}>
            <p>Upload a photo above: a meal, a blood-pressure display, a progress picture.</p>
          </EmptyState>
        )}
        {gallery.kind === 'loaded' && gallery.photos.length > 0 && (
          <>
            <ul className="photo-grid" data-testid="photo-gallery">
              {gallery.photos.map((photo) => (
                <PhotoCard
                  key={photo.id}
                  photo={photo}
                  timeZone={timeZone}
                  onChanged={(changed) => change((photos) => photos.map((p) => (p.id === changed.id ? changed : p)))}
                  onDeleted={() => change((photos) => photos.filter((p) => p.id !== photo.id))}
                />
              ))}
            </ul>
            {gallery.nextCursor && (
              <div className="actions">
                <button
                  type="button"
                  className="button button-quiet"
                  disabled={gallery.more === 'loading'}
                  onClick={loadMore}
                >
                  {gallery.more === 'loading' ? 'Loading…' : 'Load more photos'}
                </button>
              </div>
            )}
            <div aria-live="polite">
              {gallery.more !== 'idle' && gallery.more !== 'loading' && <p className="error">{gallery.more}</p>}
            </div>
          </>
        )}
      </section>
    </>
  );
}

type UploadState =
  | { kind: 'idle' }
  | { kind: 'uploading'; progress: UploadProgress; name: string }
  | { kind: 'done'; name: string }
  | { kind: 'failed'; message: string; fieldErrors: Record<string, string> };

function PhotoUpload({ onUploaded }: { onUploaded: (photo: Photo) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [date, setDate] = useState('');
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (file === null) {
      setState({ kind: 'failed', message: 'Choose a photo first.', fieldErrors: { file: 'Choose a photo first.' } });
      return;
    }
    if (file.type !== '' && !PHOTO_TYPES.includes(file.type)) {
      setState({ kind: 'failed', message: UNSUPPORTED, fieldErrors: { file: UNSUPPORTED } });
      return;
    }
    setState({ kind: 'uploading', progress: { loaded: 0, total: file.size }, name: file.name });
    try {
      const photo = await uploadPhoto(
        file,
        { caption: caption.trim() || undefined, date: date || undefined },
        (progress) => setState({ kind: 'uploading', progress, name: file.name }),
      );
      setState({ kind: 'done', name: file.name });
      setFile(null);
      setCaption('');
      setDate('');
      if (fileInput.current) fileInput.current.value = '';
      onUploaded(photo);
    } catch (error) {
      setState({ kind: 'failed', ...uploadFailure(error) });
    }
  }

  const uploading = state.kind === 'uploading';
  const fieldErrors = state.kind === 'failed' ? state.fieldErrors : {};
  return (
    <section className="card photo-upload" aria-labelledby="photo-upload-title">
      <h2 id="photo-upload-title">Upload a photo</h2>
      <form className="form" onSubmit={submit} noValidate aria-label="Upload a photo">
        <fieldset className="plain" disabled={uploading}>
          <FormField id="photo-file" label="Photo" hint="JPEG, PNG or WebP." error={fieldErrors['file']}>
            {(control) => (
              <input
                {...control}
                ref={fileInput}
                type="file"
                name="file"
                accept={PHOTO_TYPES.join(',')}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </FormField>
          <div className="field-grid">
            <FormField id="photo-caption" label="Caption (optional)" error={fieldErrors['caption']}>
              {(control) => (
                <input {...control} name="caption" maxLength={500} value={caption} onChange={(e) => setCaption(e.target.value)} />
              )}
            </FormField>
            <FormField id="photo-date" label="Date (optional)" error={fieldErrors['date']}>
              {(control) => (
                <input {...control} type="date" name="date" value={date} onChange={(e) => setDate(e.target.value)} />
              )}
            </FormField>
          </div>
          <button type="submit" className="button">
            {uploading ? 'Uploading…' : 'Upload'}
          </button>
        </fieldset>
      </form>
      {state.kind === 'uploading' && (
        <Progress id="photo-upload-progress" progress={state.progress} label={`Uploading ${state.name}`} />
      )}
      <div aria-live="polite" className="form-outcome">
        {state.kind === 'done' && <p className="success">{state.name} was uploaded.</p>}
        {state.kind === 'failed' && <p className="error">{state.message}</p>}
      </div>
    </section>
  );
}

const UNSUPPORTED = 'This file is not a photo Falcon Health can read. Upload a JPEG, PNG or WebP image.';
const FIELDS_MESSAGE = 'Please correct the highlighted fields.';

/** A refused upload or edit in a sentence, with the field errors of a validation problem. */
function uploadFailure(error: unknown): { message: string; fieldErrors: Record<string, string> } {
  if (error instanceof ProblemError) {
    const type = error.type.slice(error.type.lastIndexOf('/') + 1);
    switch (type) {
      case 'unsupported-media':
        return { message: UNSUPPORTED, fieldErrors: { file: UNSUPPORTED } };
      case 'image-too-large': {
        const message = 'This photo has too many pixels. Make it smaller and upload it again.';
        return { message, fieldErrors: { file: message } };
      }
      case 'payload-too-large': {
        const message = 'This file is too large to upload. Make it smaller and upload it again.';
        return { message, fieldErrors: { file: message } };
      }
    }
    if (error.status === 413) {
      const message = 'This file is too large to upload. Make it smaller and upload it again.';
      return { message, fieldErrors: { file: message } };
    }
    if (error.errors.length > 0) {
      return { message: FIELDS_MESSAGE, fieldErrors: Object.fromEntries(error.errors.map((e) => [e.field, e.message])) };
    }
  }
  return { message: `The photo could not be uploaded: ${describeError(error)}`, fieldErrors: {} };
}

/** A calendar date as it is, e.g. "29 Mar 2026" (never moved into a zone). */
function formatCalendarDate(date: string): string {
  return formatDate(`${date}T00:00:00Z`, 'UTC');
}

function altText(photo: Photo, timeZone: string): string {
  if (photo.caption) return photo.caption;
  return photo.date
    ? `Photo from ${formatCalendarDate(photo.date)}`
    : `Photo uploaded ${formatDate(photo.uploadedAt, timeZone)}`;
}

type CardState =
  | { kind: 'view' }
  | { kind: 'editing' }
  | { kind: 'saving' }
  | { kind: 'confirm-delete' }
  | { kind: 'deleting' }
  | { kind: 'failed'; message: string; fieldErrors: Record<string, string>; editing: boolean };

function PhotoCard({
  photo,
  timeZone,
  onChanged,
  onDeleted,
}: {
  photo: Photo;
  timeZone: string;
  onChanged: (photo: Photo) => void;
  onDeleted: () => void;
}) {
  const [state, setState] = useState<CardState>({ kind: 'view' });
  const [caption, setCaption] = useState(photo.caption ?? '');
  const [date, setDate] = useState(photo.date ?? '');
  const editButton = useRef<HTMLButtonElement>(null);
  const base = `photo-${photo.id}`;
  const editing =
    state.kind === 'editing' || state.kind === 'saving' || (state.kind === 'failed' && state.editing);

  function startEditing() {
    setCaption(photo.caption ?? '');
    setDate(photo.date ?? '');
    setState({ kind: 'editing' });
  }

  function stopEditing() {
    setState({ kind: 'view' });
    // The edit button is back once the form is gone.
    window.setTimeout(() => editButton.current?.focus(), 0);
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setState({ kind: 'saving' });
    try {
      const saved = await updatePhoto(photo.id, { caption: caption.trim() || null, date: date || null });
      onChanged(saved);
      stopEditing();
    } catch (error) {
      const failure =
        error instanceof ProblemError && error.errors.length > 0
          ? { message: FIELDS_MESSAGE, fieldErrors: Object.fromEntries(error.errors.map((e) => [e.field, e.message])) }
          : { message: `The changes could not be saved: ${describeError(error)}`, fieldErrors: {} };
      setState({ kind: 'failed', editing: true, ...failure });
    }
  }

  async function remove() {
    setState({ kind: 'deleting' });
    try {
      await deletePhoto(photo.id);
      onDeleted();
    } catch (error) {
      if (error instanceof ProblemError && error.status === 404) {
        // Already gone (deleted in another tab).
        onDeleted();
        return;
      }
      setState({
        kind: 'failed',
        editing: false,
        message: `The photo could not be deleted: ${describeError(error)}`,
        fieldErrors: {},
      });
    }
  }

  const fieldErrors = state.kind === 'failed' ? state.fieldErrors : {};
  return (
    <li className="card photo" aria-labelledby={`${base}-caption`}>
      <figure>
        <img
          src={thumbnailUrl(photo.id)}
          alt={altText(photo, timeZone)}
          loading="lazy"
          decoding="async"
          width={photo.width >= photo.height ? 320 : Math.round((320 * photo.width) / Math.max(1, photo.height))}
          height={photo.height > photo.width ? 320 : Math.round((320 * photo.height) / Math.max(1, photo.width))}
        />
        <figcaption id={`${base}-caption`}>
          <span className="photo-caption">{photo.caption ?? <span className="muted">No caption</span>}</span>
          <span className="photo-date muted">
            {photo.date ? (
              <time dateTime={photo.date}>{formatCalendarDate(photo.date)}</time>
            ) : (
              <>
                Uploaded <time dateTime={photo.uploadedAt}>{formatDate(photo.uploadedAt, timeZone)}</time>
              </>
            )}
          </span>
        </figcaption>
      </figure>
      {editing ? (
        <form className="form photo-edit" onSubmit={save} noValidate aria-label="Edit caption and date">
          <fieldset className="plain" disabled={state.kind === 'saving'}>
            <FormField id={`${base}-edit-caption`} label="Caption" error={fieldErrors['caption']}>
              {(control) => (
                <input {...control} maxLength={500} value={caption} onChange={(e) => setCaption(e.target.value)} />
              )}
            </FormField>
            <FormField id={`${base}-edit-date`} label="Date" error={fieldErrors['date']}>
              {(control) => <input {...control} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
            </FormField>
            <div className="actions">
              <button type="submit" className="button button-small">
                {state.kind === 'saving' ? 'Saving…' : 'Save'}
              </button>
              <button type="button" className="button button-quiet button-small" onClick={stopEditing}>
                Cancel
              </button>
            </div>
          </fieldset>
        </form>
      ) : state.kind === 'confirm-delete' || state.kind === 'deleting' ? (
        <div className="confirm" role="group" aria-labelledby={`${base}-confirm`}>
          <p id={`${base}-confirm`}>Delete this photo? This cannot be undone.</p>
          <div className="actions">
            <button
              type="button"
              className="button button-danger button-small"
              disabled={state.kind === 'deleting'}
              onClick={() => void remove()}
            >
              {state.kind === 'deleting' ? 'Deleting…' : 'Delete'}
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              disabled={state.kind === 'deleting'}
              onClick={() => setState({ kind: 'view' })}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button ref={editButton} type="button" className="button button-quiet button-small" onClick={startEditing}>
            Edit<span className="visually-hidden"> caption and date</span>
          </button>
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => setState({ kind: 'confirm-delete' })}
          >
            Delete…
          </button>
        </div>
      )}
      <div aria-live="polite">{state.kind === 'failed' && <p className="error">{state.message}</p>}</div>
    </li>
  );
}
