package health.falcon.dropbox.handoff;

import java.nio.file.Path;

/**
 * A file to hand over and the record that justifies it.
 *
 * @param recordId the id of the file's {@code imported_files} record (an upload's, or the
 * record of a file synced from the user's Dropbox)
 * @param userId the owner of the record and the file
 * @param file the file's content
 * @param fileName its name, passed on for the receiving service's report
 * @param sha256 the lower-case hex SHA-256 of the content, as the record states it
 */
public record HandOffFile(String recordId, String userId, Path file, String fileName, String sha256) {

}
