package health.falcon.dropbox.handoff;

import org.jspecify.annotations.Nullable;

/**
 * How a hand-off ended.
 *
 * @param format what the file was recognised as
 * @param accepted whether the receiving service accepted the file for import
 * @param importId the receiving service's import id, when accepted
 * @param reason what happened, for the file's report (no health values)
 * @param retryable whether trying again later may succeed (the service was unreachable or
 * failed), as opposed to a refusal of the file itself
 */
public record HandOffResult(ForeignFormat format, boolean accepted, @Nullable String importId, String reason,
		boolean retryable) {

}
