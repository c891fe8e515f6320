package health.falcon.ingest.connection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Progress of the history import after connecting.
 *
 * @param from the oldest instant the backfill will reach
 * @param reached how far it got, {@code null} before the first batch
 * @param completed whether a backfill run finished
 */
public record Backfill(Instant from, @Nullable Instant reached, boolean completed) {

}
