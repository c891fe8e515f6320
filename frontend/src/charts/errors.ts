import { NetworkError, ProblemError } from '../api/client';

/** Words for people: `null` for none or for anything that looks like raw JSON. */
function ownWords(text: string | null | undefined): string | null {
  const words = text?.trim();
  return words && !/^[[{]/.test(words) ? words : null;
}

/**
 * A sentence for a failed load of `what` ("Heart rate", "The calendar"), never raw JSON: the problem's `detail`
 * when it is a sentence, a "try again" sentence for a server error without one, the network error's message, else
 * `fallback`.
 */
export function errorText(error: Error, what: string, fallback = `${what} could not be loaded.`): string {
  if (error instanceof ProblemError) {
    const detail = ownWords(error.detail);
    if (detail) return detail;
    if (error.status >= 500) return `${what} could not be loaded right now. Try again in a moment.`;
    return `${what} could not be loaded (${error.title}).`;
  }
  if (error instanceof NetworkError) return error.message;
  return fallback;
}

/** "`what` could not be loaded: <the error's message>." with the message as a sentence, never raw JSON. */
export function couldNotLoad(error: Error, what: string): string {
  const words = ownWords(error.message);
  if (!words) return `${what} could not be loaded: the server answered with an error.`;
  return `${what} could not be loaded: ${/[.!?]$/.test(words) ? words : `${words}.`}`;
}
