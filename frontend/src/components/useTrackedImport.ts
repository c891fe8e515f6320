import { useCallback, useEffect, useRef, useState } from 'react';
import { ProblemError } from '../api/client';

/** How often a running import is asked for its progress. */
export const IMPORT_POLL_MILLIS = 2000;

/**
 * The import being shown: right after the upload only its id and status may be known; after a
 * reload only its id (`status` null) until the first answer.
 */
export interface Tracked<T> {
  id: string;
  status: string | null;
  details: T | null;
}

/**
 * Follows one background import: asks for it right away and then every
 * {@link IMPORT_POLL_MILLIS} until `isFinal`, remembers its id in `sessionStorage` under
 * `storageKey` (so a reload in the same tab shows it again) and calls `onFinished` once when an
 * import started on this page ends. A 404 forgets the id; a 401 stops quietly (the app says the
 * session ended); any other failure is reported and retried.
 */
export function useTrackedImport<T extends { status: string }>({
  storageKey,
  load,
  isFinal,
  onFinished,
}: {
  storageKey: string;
  load: (id: string) => Promise<T>;
  isFinal: (status: string) => boolean;
  onFinished?: (details: T) => void;
}) {
  const [tracked, setTracked] = useState<Tracked<T> | null>(() => {
    const id = readStored(storageKey);
    return id ? { id, status: null, details: null } : null;
  });
  const [pollError, setPollError] = useState<string | null>(null);
  // The id of an import uploaded from this page, whose end should refresh what depends on it.
  const uploadedRef = useRef<string | null>(null);
  const latest = useRef({ load, isFinal, onFinished });
  latest.current = { load, isFinal, onFinished };

  const id = tracked?.id;
  useEffect(() => {
    if (!id) return undefined;
    let cancelled = false;
    let timer: number | undefined;
    let running = uploadedRef.current === id;
    const poll = async () => {
      try {
        const current = await latest.current.load(id);
        if (cancelled) return;
        setPollError(null);
        setTracked({ id, status: current.status, details: current });
        const final = latest.current.isFinal(current.status);
        if (!final) {
          timer = window.setTimeout(() => void poll(), IMPORT_POLL_MILLIS);
        } else if (running) {
          // Counts change once an import ends; not when a finished one is shown again.
          latest.current.onFinished?.(current);
        }
        running = !final;
      } catch (error) {
        if (cancelled) return;
        if (error instanceof ProblemError && error.status === 401) {
          return; // The session has ended; the app says so, and the id stays for after signing in.
        }
        if (error instanceof ProblemError && error.status === 404) {
          // Unknown, or not this user's: forget it.
          forgetStored(storageKey);
          setTracked(null);
          return;
        }
        setPollError(`The import status could not be refreshed (${describeError(error)}); trying again.`);
        timer = window.setTimeout(() => void poll(), IMPORT_POLL_MILLIS);
      }
    };
    void poll();
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [id, storageKey]);

  /** Starts following an import just uploaded from this page. */
  const track = useCallback(
    (newId: string, status: string | null, details: T | null = null) => {
      rememberStored(storageKey, newId);
      uploadedRef.current = newId;
      setPollError(null);
      setTracked({ id: newId, status, details });
    },
    [storageKey],
  );

  /** Stops showing the import and forgets it. */
  const dismiss = useCallback(() => {
    forgetStored(storageKey);
    setTracked(null);
  }, [storageKey]);

  return { tracked, pollError, track, dismiss };
}

/**
 * The problem's detail (else its title) and, when the server said when to retry (`Retry-After`),
 * for how long to wait; or the error's message.
 */
export function describeError(error: unknown): string {
  if (error instanceof ProblemError) {
    const text = error.detail ?? error.title;
    const wait = error.retryAfterSeconds;
    return wait === undefined ? text : `${text} Try again in ${wait} ${wait === 1 ? 'second' : 'seconds'}.`;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

const FIELDS_MESSAGE = 'Please correct the highlighted fields.';

/** A failed request as a form shows it: field errors next to their fields, one message on top. */
export interface FormFailure {
  message: string;
  fieldErrors: Record<string, string>;
}

/** The fields that some problems are about, by the last segment of the problem's `type`. */
export type FieldsByProblem = Readonly<Record<string, string>>;

/**
 * What went wrong, for a form: the field errors of a validation problem next to their fields, a
 * problem that `fieldsByProblem` ties to one field with its detail next to that field, and
 * otherwise the problem's detail on top.
 */
export function formFailure(
  error: unknown,
  fallback = 'The request failed.',
  fieldsByProblem: FieldsByProblem = {},
): FormFailure {
  if (!(error instanceof ProblemError)) {
    return { message: error instanceof Error ? error.message : fallback, fieldErrors: {} };
  }
  const field = fieldsByProblem[error.type.slice(error.type.lastIndexOf('/') + 1)];
  if (field !== undefined && error.errors.length === 0) {
    return { message: FIELDS_MESSAGE, fieldErrors: { [field]: describeError(error) } };
  }
  const fieldErrors = Object.fromEntries(error.errors.map((e) => [e.field, e.message]));
  const message = error.errors.length > 0 ? FIELDS_MESSAGE : describeError(error);
  return { message, fieldErrors };
}

function readStored(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null; // Storage disabled: the import is simply not remembered.
  }
}

function rememberStored(key: string, id: string) {
  try {
    window.sessionStorage.setItem(key, id);
  } catch {
    // Storage disabled or full: nothing to remember it in.
  }
}

function forgetStored(key: string) {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // Nothing stored.
  }
}

/** What {@link useTrackedImport} gives its component. */
export type TrackedImport<T extends { status: string }> = ReturnType<typeof useTrackedImport<T>>;
