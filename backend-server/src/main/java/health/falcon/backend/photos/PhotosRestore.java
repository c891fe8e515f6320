package health.falcon.backend.photos;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import health.falcon.backend.erasure.ExportArchive;
import health.falcon.backend.erasure.RestorablePersonalData;
import health.falcon.backend.erasure.Restored;
import health.falcon.documents.archive.ExportArchiveFormat;
import health.falcon.documents.photos.PhotosCollection;
import health.falcon.kit.problem.ProblemException;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/**
 * Restores the user's photos: each document of {@code collections/photos.json} with its
 * original {@code photos/<id>.<ext>}, checked and cleaned by {@link PhotoSanitizer} and
 * stored with its thumbnail like an upload ({@link PhotoService#restore}), its caption,
 * date and upload instant kept. The new photo id is a name-based UUID of the user and the
 * archived id, so restoring the same archive again finds the photos there and stores
 * nothing twice. A photo that fails (no file, not an image, over a limit) is reported and
 * the others continue.
 */
@Component
class PhotosRestore implements RestorablePersonalData {

	private static final Logger logger = LoggerFactory.getLogger(PhotosRestore.class);

	private static final String ENTRY = ExportArchiveFormat.entry(PhotosCollection.COLLECTION);

	/** The ids the export uses as entry names (docs/export-format.md). */
	private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final PhotoService photos;

	private final PhotosProperties properties;

	PhotosRestore(PhotoService photos, PhotosProperties properties) {
		this.photos = photos;
		this.properties = properties;
	}

	@Override
	public Restored restore(String userId, ExportArchive archive) throws IOException {
		List<Archived> found = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		archive.documents(PhotosCollection.COLLECTION, new ExportArchive.DocumentVisitor() {

			@Override
			public void document(int line, Document document) {
				Archived photo = Archived.of(document);
				if (photo != null) {
					found.add(photo);
				}
				else {
					errors.add(ENTRY + " line " + line + ": not a photo document with a plain id");
				}
			}

			@Override
			public void malformed(int line) {
				errors.add(ENTRY + " line " + line + ": not a JSON document");
			}

		});
		long restored = 0;
		for (Archived photo : found) {
			String failure = restore(userId, archive, photo);
			if (failure == null) {
				restored++;
			}
			else if (!failure.isEmpty()) {
				errors.add(photo.entry() + ": " + failure);
			}
		}
		logger.info("Restored {} photos, {} not restored", restored, errors.size());
		return new Restored(Map.of(PhotosCollection.COLLECTION, restored), errors);
	}

	/**
	 * Restore one photo.
	 * @return {@code null} when stored, empty when it was there already, otherwise why it
	 * failed
	 */
	private @Nullable String restore(String userId, ExportArchive archive, Archived photo) throws IOException {
		Optional<InputStream> entry = archive.open(photo.entry());
		if (entry.isEmpty()) {
			return "not in the archive";
		}
		byte[] bytes;
		long maxBytes = this.properties.maxBytes().toBytes();
		try (InputStream in = entry.get()) {
			bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
		}
		try {
			if (bytes.length > maxBytes) {
				throw new PhotoTooLargeException(maxBytes);
			}
			String id = UUID.nameUUIDFromBytes((userId + "/" + photo.id()).getBytes(StandardCharsets.UTF_8)).toString();
			boolean stored = this.photos.restore(userId, id, new ByteArrayResource(bytes), photo.caption(),
					photo.date(), photo.uploadedAt());
			return stored ? null : "";
		}
		catch (ProblemException ex) {
			return ex.getMessage();
		}
		catch (RuntimeException ex) {
			logger.warn("Restoring a photo failed: {}", ex.getClass().getSimpleName());
			return "could not be stored";
		}
	}

	/**
	 * A photo as archived.
	 *
	 * @param id the archived id (a plain id)
	 * @param entry the entry of its original
	 * @param caption the caption, {@code null} for none
	 * @param date the date, {@code null} for none
	 * @param uploadedAt the upload instant, {@code null} when not archived
	 */
	record Archived(String id, String entry, @Nullable String caption, @Nullable String date,
			@Nullable Instant uploadedAt) {

		static @Nullable Archived of(Document document) {
			if (!(document.get(PhotosCollection.ID) instanceof String id) || !PLAIN_ID.matcher(id).matches()) {
				return null;
			}
			Object caption = document.get(PhotosCollection.CAPTION);
			Object date = document.get(PhotosCollection.DATE);
			Object uploadedAt = document.get(PhotosCollection.UPLOADED_AT);
			Object contentType = document.get(PhotosCollection.CONTENT_TYPE);
			return new Archived(id, "photos/" + id + "." + extension(contentType),
					(caption instanceof String text) ? text : null, (date instanceof String day) ? day : null,
					(uploadedAt instanceof Date instant) ? instant.toInstant() : null);
		}

		private static String extension(@Nullable Object contentType) {
			if (!(contentType instanceof String type)) {
				return "bin";
			}
			return switch (type) {
				case "image/jpeg" -> "jpg";
				case "image/png" -> "png";
				case "image/webp" -> "webp";
				default -> "bin";
			};
		}

	}

}
