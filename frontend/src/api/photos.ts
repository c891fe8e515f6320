/** The user's photos (`/api/media`, backend-server; docs/photos.md). */
import { apiFetch } from './client';
import { uploadWithProgress } from './upload';
import type { UploadProgress } from './upload';

export interface Photo {
  id: string;
  caption: string | null;
  /** A calendar date `yyyy-MM-dd`, never moved into a zone. */
  date: string | null;
  /** An instant (UTC). */
  uploadedAt: string;
  contentType: string;
  size: number;
  width: number;
  height: number;
}

export interface PhotoPage {
  items: Photo[];
  nextCursor: string | null;
}

/** The types the server stores (recognised by their bytes, not by this list). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** `GET /api/media?limit=&cursor=`: newest first, one page. */
export function fetchPhotos(limit: number, cursor?: string | null): Promise<PhotoPage> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (cursor) {
    query.set('cursor', cursor);
  }
  return apiFetch<PhotoPage>(`/api/media?${query.toString()}`);
}

/** Where the thumbnail (at most 320 px) of a photo is. */
export function thumbnailUrl(id: string): string {
  return `/api/media/${encodeURIComponent(id)}/thumbnail`;
}

/** Where the stored image of a photo is. */
export function photoUrl(id: string): string {
  return `/api/media/${encodeURIComponent(id)}`;
}

/**
 * `POST /api/media` as `multipart/form-data` (`file`, and `caption` and `date` when given), with
 * upload progress. Rejects with the problem: 400 `unsupported-media`, 400 `image-too-large`,
 * 413 `payload-too-large`, 400 `validation`.
 */
export function uploadPhoto(
  file: File,
  details: { caption?: string; date?: string },
  onProgress?: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<Photo> {
  const form = new FormData();
  form.append('file', file);
  if (details.caption) {
    form.append('caption', details.caption);
  }
  if (details.date) {
    form.append('date', details.date);
  }
  return uploadWithProgress<Photo>('/api/media', { body: form, onProgress, signal });
}

/** `PATCH /api/media/{id}`: a member sent is set, `null` clears it. */
export function updatePhoto(id: string, changes: { caption?: string | null; date?: string | null }): Promise<Photo> {
  return apiFetch<Photo>(`/api/media/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes });
}

/** `DELETE /api/media/{id}` → 204. */
export function deletePhoto(id: string): Promise<void> {
  return apiFetch<void>(`/api/media/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
