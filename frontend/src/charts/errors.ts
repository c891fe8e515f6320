import { NetworkError, ProblemError } from '../api/client';

/** A sentence for a failed load, never raw JSON: the problem's `detail`, else a plain sentence. */
export function errorText(error: Error, what: string): string {
  if (error instanceof ProblemError) {
    if (error.status >= 500) return `${what} could not be loaded right now. Try again in a moment.`;
    return error.detail ?? `${what} could not be loaded (${error.title}).`;
  }
  if (error instanceof NetworkError) return error.message;
  return `${what} could not be loaded.`;
}
