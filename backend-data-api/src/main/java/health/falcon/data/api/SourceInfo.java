package health.falcon.data.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where a listed record came from, named the same way for every list.
 *
 * @param provider the provider ({@code fitbit}, {@code myfitnesspal}, {@code dropbox})
 * @param channel how it arrived: {@code google-health} or {@code export} (Fitbit),
 * {@code export} or {@code diary} (MyFitnessPal), {@code upload} or {@code dropbox}
 * (files read by dropbox-ingest); {@code null} when not stored
 * @param file the file it was read from, {@code null} for an API
 * @param format the file's detected format ({@code OMRON_CONNECT}), {@code null} when not
 * stored
 * @param receivedAt when Falcon received it, {@code null} when not stored (files)
 */
public record SourceInfo(String provider, @Nullable String channel, @Nullable String file, @Nullable String format,
		@Nullable Instant receivedAt) {

}
