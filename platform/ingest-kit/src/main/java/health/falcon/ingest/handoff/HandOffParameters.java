package health.falcon.ingest.handoff;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The request parameters of a hand-off ({@code ?record=&user=}), bound and validated by
 * the receiving controller.
 *
 * @param record the id of dropbox-ingest's {@code imported_files} record of the file
 * @param user the user the caller means; only a cross-check, since the record names its
 * owner and a record of another user is refused
 */
public record HandOffParameters(@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String record,
		@NotNull @Pattern(regexp = "[^\\s]{1,255}") String user) {

}
