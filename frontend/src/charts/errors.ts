import { NetworkError, ProblemError } from '../api/client';

/**
 * A sentence for a failed load of `what` ("Heart rate", "The calendar"), never raw JSON: the problem's `detail`
 * when it is a sentence, a "try again" sentence for a server error without one, the network error's message, else
 * `fallback`.
 */
export function errorText(error: Error, what: string, fallback = `${what} could not be loaded.`): string {
  if (error instanceof ProblemError) {
    if (error.detail && !/^\s*[[{]/.test(error.detail)) return error.detail;
    if (error.status >= 500) return `${what} could not be loaded right now. Try again in a moment.`;
    return `${what} could not be loaded (${error.title}).`;
  }
  if (error instanceof NetworkError) return error.message;
  return fallback;
}
