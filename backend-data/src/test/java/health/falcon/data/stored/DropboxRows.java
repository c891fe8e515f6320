package health.falcon.data.stored;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import health.falcon.documents.MeasurementTimeFields;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * The parts dropbox-ingest's stores ({@code BloodPressureStore},
 * {@code HrvRecordingStore}) share: {@code MeasurementTimes.document} and
 * {@code Sources.document} (which live in that service and are not on this module's class
 * path).
 */
public final class DropboxRows {

	private DropboxRows() {
	}

	/**
	 * The stored shape of a measurement time ({@code MeasurementTimes.document}).
	 */
	public static Document time(Instant instant, ZoneId zone, boolean zoneAssumed) {
		return new Document(MeasurementTimeFields.INSTANT, Date.from(instant))
			.append(MeasurementTimeFields.OFFSET, zone.getRules().getOffset(instant).getId())
			.append(MeasurementTimeFields.ZONE_ID, zone.getId())
			.append(MeasurementTimeFields.LOCAL_DATE, LocalDate.ofInstant(instant, zone).toString())
			.append(MeasurementTimeFields.ZONE_ASSUMED, zoneAssumed);
	}

	/**
	 * The stored shape of a row's source ({@code Sources.document}, and
	 * {@code Sources.markDeleted} once the file was deleted in Dropbox).
	 * @param dropboxId the Dropbox file id, {@code null} for an upload
	 * @param deleted whether the Dropbox file was deleted
	 */
	public static Document source(String file, String sha256, String format, @Nullable String dropboxId,
			boolean deleted) {
		Document document = new Document("kind", "file").append("file", file)
			.append("sha256", sha256)
			.append("format", format);
		if (dropboxId == null) {
			return document.append("origin", "UPLOAD");
		}
		document.append("origin", "DROPBOX")
			.append("dropboxId", dropboxId)
			.append("path", "/apps/falcon health/" + file)
			.append("rev", "015f")
			.append("contentHash", "c0ffee")
			.append("deleted", deleted);
		return deleted ? document.append("deletedAt", Date.from(Instant.parse("2026-11-01T00:00:00Z"))) : document;
	}

}
