package health.falcon.data.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of the user's HRV recordings, newest first.
 *
 * @param items at most {@code limit} recordings
 * @param nextCursor the cursor of the next page, {@code null} at the end
 */
public record HrvRecordingPage(List<HrvRecording> items, @Nullable String nextCursor) {

}
