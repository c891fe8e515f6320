package health.falcon.ingest.connection;

import java.time.Instant;

/**
 * The sync lease of a connection.
 *
 * @param owner the id of the run that holds it
 * @param until when it expires unless renewed
 */
public record Lease(String owner, Instant until) {

}
