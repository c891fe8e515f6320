package health.falcon.ingest.uploads;

import java.nio.file.Path;

/**
 * An upload kept in a temporary file.
 *
 * @param file the temporary file (the caller, or {@link UploadWorkers#submit}, deletes
 * it)
 * @param sha256 the content's SHA-256, lower-case hex
 */
public record KeptUpload(Path file, String sha256) {

}
