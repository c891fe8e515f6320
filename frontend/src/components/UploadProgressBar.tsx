import type { UploadProgress } from '../api/upload';

/** A labelled bar of the bytes sent; indeterminate while the size is unknown. */
export function Progress({ id, progress, label = 'Uploading' }: { id: string; progress: UploadProgress; label?: string }) {
  const { loaded, total } = progress;
  const percent = total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : null;
  return (
    <div className="upload-progress backfill">
      <label htmlFor={id}>{percent === null ? `${label}…` : `${label}: ${percent}%`}</label>
      {percent === null ? (
        <progress id={id} />
      ) : (
        <progress id={id} max={100} value={percent}>
          {percent}%
        </progress>
      )}
    </div>
  );
}
