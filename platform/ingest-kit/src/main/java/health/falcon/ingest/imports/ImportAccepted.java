package health.falcon.ingest.imports;

/**
 * The answer to an upload or a hand-off (202, with the import's path in
 * {@code Location}); the same record on both sides of the hand-off contract.
 *
 * @param id the import's id
 * @param status {@code QUEUED}, or {@code DUPLICATE} when the same content was imported
 * before
 */
public record ImportAccepted(String id, ImportStatus status) {

}
