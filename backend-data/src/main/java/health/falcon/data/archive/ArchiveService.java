package health.falcon.data.archive;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import health.falcon.documents.settings.UserPreferences;
import health.falcon.documents.settings.UserZones;

import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The full export of a user: the archive's file name (the date in the user's zone) and
 * its body, written when the response streams.
 */
@Service
class ArchiveService {

	private final ArchiveRepository repository;

	private final UserZones zones;

	private final Clock clock;

	ArchiveService(ArchiveRepository repository, UserZones zones, Clock clock) {
		this.repository = repository;
		this.zones = zones;
		this.clock = clock;
	}

	/**
	 * The export of a user, not yet written.
	 * @param userId the signed-in user
	 * @return the file name and the body
	 */
	Download download(String userId) {
		UserPreferences preferences = this.zones.preferencesOf(userId);
		Instant now = this.clock.instant();
		String fileName = "falcon-export-" + LocalDate.ofInstant(now, preferences.zone()) + ".zip";
		ArchiveWriter writer = new ArchiveWriter(this.repository);
		return new Download(fileName, (out) -> writer.write(userId, preferences, now, out));
	}

	/**
	 * An export to stream.
	 *
	 * @param fileName {@code falcon-export-<yyyy-MM-dd>.zip}, today in the user's zone
	 * @param body writes the ZIP to the response
	 */
	record Download(String fileName, StreamingResponseBody body) {

	}

}
