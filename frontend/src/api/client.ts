/**
 * The one way the app talks to the gateway: same-origin fetch with the session cookie,
 * the CSRF header on state-changing requests, and RFC 9457 problems turned into
 * {@link ProblemError}s.
 */

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** One entry of the `errors` extension on a validation problem. */
export interface FieldError {
  field: string;
  message: string;
}

/** The members of an RFC 9457 problem body that the app uses; all optional on the wire. */
export interface ProblemBody {
  type?: string;
  title?: string;
  detail?: string;
  errors?: FieldError[];
}

/** An error response from the server, parsed from problem+json when it is one. */
export class ProblemError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  /** From a `Retry-After` header given in seconds (429, 503); `undefined` without one. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, body: ProblemBody = {}, retryAfterSeconds?: number) {
    const title = body.title ?? `Request failed (${status})`;
    super(body.detail ?? title);
    this.name = 'ProblemError';
    this.status = status;
    this.type = body.type ?? 'about:blank';
    this.title = title;
    this.detail = body.detail;
    this.errors = Array.isArray(body.errors) ? body.errors : [];
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The request never got an HTTP response (server down, connection lost). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Falcon Health could not be reached. Check your connection and try again.', { cause });
    this.name = 'NetworkError';
  }
}

/** Reads a cookie visible to scripts; `undefined` when it is not set. */
export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      return decodeURIComponent(value.join('='));
    }
  }
  return undefined;
}

type UnauthenticatedListener = () => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

/**
 * Tells the listeners that a request was answered 401; for requests made without {@link apiFetch}
 * (an `XMLHttpRequest` upload with progress events).
 */
export function notifyUnauthenticated(): void {
  unauthenticatedListeners.forEach((listener) => listener());
}

/** Registers a callback for every 401 answer; returns the function that removes it. */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export interface RequestOptions {
  method?: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  /**
   * Sent as JSON, except a `FormData`, which goes as `multipart/form-data`, and a `Blob` (a file),
   * which goes as it is with its own type as `Content-Type`.
   */
  body?: unknown;
}

/**
 * Sends a request and resolves with the parsed JSON body (`undefined` when there is none).
 * Rejects with {@link ProblemError} for non-2xx answers and {@link NetworkError} when the
 * server cannot be reached.
 */
export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  if (!SAFE_METHODS.has(method)) {
    // The gateway rejects state-changing requests without the cookie's value in this header.
    headers.set(CSRF_HEADER, readCookie(CSRF_COOKIE) ?? '');
  }
  let body: string | FormData | Blob | undefined;
  if (options.body instanceof FormData) {
    // No Content-Type here: fetch sets multipart/form-data with its boundary itself.
    body = options.body;
  } else if (options.body instanceof Blob) {
    headers.set('Content-Type', options.body.type || 'application/octet-stream');
    body = options.body;
  } else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  if (!response.ok) {
    if (response.status === 401) {
      notifyUnauthenticated();
    }
    throw await toProblem(response);
  }
  return (await readJson(response)) as T;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  return text === '' ? undefined : JSON.parse(text);
}

async function toProblem(response: Response): Promise<ProblemError> {
  const contentType = response.headers.get('Content-Type') ?? '';
  const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
  if (contentType.includes('json')) {
    try {
      const body = (await readJson(response)) as ProblemBody | undefined;
      return new ProblemError(response.status, body, retryAfter);
    } catch {
      // Not parseable after all: fall through to the generic problem.
    }
  }
  return new ProblemError(response.status, { title: response.statusText || undefined }, retryAfter);
}

/** `Retry-After` in seconds; an HTTP date or anything else is ignored. */
function retryAfterSeconds(header: string | null): number | undefined {
  return header !== null && /^\d+$/.test(header.trim()) ? Number(header.trim()) : undefined;
}
