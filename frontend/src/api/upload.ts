/**
 * Uploads with progress: `fetch` cannot report how much of a request body was sent, so file
 * uploads that show a progress bar use `XMLHttpRequest`, with the same rules as `apiFetch`:
 * same-origin with the session cookie, the CSRF header, problem+json answers as
 * {@link ProblemError}s, a 401 reported to the session, no answer as {@link NetworkError}.
 */
import { CSRF_COOKIE, CSRF_HEADER, NetworkError, notifyUnauthenticated, ProblemError, readCookie } from './client';
import type { ProblemBody } from './client';

export interface UploadProgress {
  /** Bytes sent so far. */
  loaded: number;
  /** Bytes to send; 0 when the browser does not know. */
  total: number;
}

export interface UploadOptions {
  method?: 'POST' | 'PUT';
  /** Sent as it is: a `FormData` as `multipart/form-data`, a `Blob` with its own type. */
  body: FormData | Blob;
  onProgress?: (progress: UploadProgress) => void;
  /** Aborts the upload; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
}

/** Sends `body` to `path` and resolves with the parsed JSON answer (`undefined` when empty). */
export function uploadWithProgress<T>(path: string, options: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(options.method ?? 'POST', path);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    // The gateway rejects state-changing requests without the cookie's value in this header.
    xhr.setRequestHeader(CSRF_HEADER, readCookie(CSRF_COOKIE) ?? '');
    if (options.body instanceof Blob) {
      xhr.setRequestHeader('Content-Type', options.body.type || 'application/octet-stream');
    }
    if (options.onProgress) {
      const report = options.onProgress;
      xhr.upload.addEventListener('progress', (event) =>
        report({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 }),
      );
    }
    xhr.addEventListener('load', () => {
      const text = typeof xhr.responseText === 'string' ? xhr.responseText : '';
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((text === '' ? undefined : JSON.parse(text)) as T);
        } catch (error) {
          reject(error instanceof Error ? error : new Error('The answer could not be read.'));
        }
        return;
      }
      if (xhr.status === 401) {
        notifyUnauthenticated();
      }
      reject(toProblem(xhr.status, xhr.statusText, xhr.getResponseHeader('Content-Type'), text));
    });
    xhr.addEventListener('error', () => reject(new NetworkError(new Error('upload failed'))));
    xhr.addEventListener('abort', () => reject(new DOMException('The upload was cancelled.', 'AbortError')));
    if (options.signal) {
      if (options.signal.aborted) {
        xhr.abort();
        return;
      }
      options.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(options.body);
  });
}

function toProblem(status: number, statusText: string, contentType: string | null, text: string): ProblemError {
  if ((contentType ?? '').includes('json') && text !== '') {
    try {
      return new ProblemError(status, JSON.parse(text) as ProblemBody);
    } catch {
      // Not parseable after all: the generic problem below.
    }
  }
  return new ProblemError(status, { title: statusText || undefined });
}
