package health.falcon.diet.export;

import org.jspecify.annotations.Nullable;

/**
 * An import run as the API shows it.
 *
 * @param id the import id
 * @param status where it is
 * @param fileName the uploaded file's name
 * @param report the report, once finished
 */
record ImportView(String id, ImportStatus status, String fileName, @Nullable ImportReport report) {

}
