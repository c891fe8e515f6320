package health.falcon.data.archive;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import health.falcon.documents.archive.ExportArchiveFormat;
import health.falcon.documents.photos.PhotosCollection;
import health.falcon.documents.settings.UserPreferences;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

/**
 * Writes one user's archive to a stream: every collection as
 * {@code collections/<name>.json} (a JSON array, one relaxed extended JSON document per
 * line, written as the cursor delivers them), the photos' originals as
 * {@code photos/<id>.<ext>}, and {@code manifest.json} last, with the counts written.
 */
final class ArchiveWriter {

	static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

	private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final ArchiveRepository repository;

	ArchiveWriter(ArchiveRepository repository) {
		this.repository = repository;
	}

	/**
	 * Write the archive.
	 * @param userId the owner
	 * @param preferences the owner's zone and unit system, for the manifest
	 * @param exportedAt now
	 * @param out the response (not closed; the ZIP is finished)
	 * @throws IOException if writing fails
	 */
	void write(String userId, UserPreferences preferences, Instant exportedAt, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		Map<String, Object> counts = new LinkedHashMap<>();
		for (ExportedCollection collection : ExportedCollection.ALL) {
			long count = writeCollection(zip, collection, userId);
			counts.put(collection.name(), new Document("file", collection.entry()).append("count", count));
		}
		PhotoCounts photos = writePhotos(zip, userId);
		Document manifest = new Document("format", ExportArchiveFormat.FORMAT)
			.append("version", ExportArchiveFormat.VERSION)
			.append("exportedAt", exportedAt.toString())
			.append("zone", preferences.zone().getId())
			.append("units", preferences.imperial() ? "imperial" : "metric")
			.append("collections", new Document(counts))
			.append("photoFiles", new Document("count", photos.written).append("missing", photos.missing));
		zip.putNextEntry(new ZipEntry(ExportArchiveFormat.MANIFEST));
		zip.write(manifest.toJson(JSON).getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
		zip.finish();
		out.flush();
	}

	private long writeCollection(ZipOutputStream zip, ExportedCollection collection, String userId) throws IOException {
		zip.putNextEntry(new ZipEntry(collection.entry()));
		Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
		long[] count = { 0 };
		writer.write("[");
		try {
			this.repository.each(collection, userId, (document) -> {
				try {
					writer.write((count[0] == 0) ? "\n" : ",\n");
					writer.write(collection.written(document).toJson(JSON));
					count[0]++;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		writer.write("\n]\n");
		writer.flush();
		zip.closeEntry();
		return count[0];
	}

	private PhotoCounts writePhotos(ZipOutputStream zip, String userId) throws IOException {
		PhotoCounts counts = new PhotoCounts();
		try {
			this.repository.photos(userId, (photo) -> {
				try {
					writePhoto(zip, userId, photo, counts);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		return counts;
	}

	private void writePhoto(ZipOutputStream zip, String userId, Document photo, PhotoCounts counts) throws IOException {
		Object id = photo.get("_id");
		ObjectId file = this.repository.photoFile(userId, photo.get(PhotosCollection.ORIGINAL_FILE_ID));
		// the id names the entry: only a plain id (backend-server's UUIDs) is used as a
		// name
		if (file == null || !(id instanceof String name) || !PLAIN_ID.matcher(name).matches()) {
			counts.missing++;
			return;
		}
		zip.putNextEntry(new ZipEntry("photos/" + name + "." + extension(photo.get(PhotosCollection.CONTENT_TYPE))));
		this.repository.copyPhoto(file, zip);
		zip.closeEntry();
		counts.written++;
	}

	static String extension(@Nullable Object contentType) {
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

	private static final class PhotoCounts {

		private long written;

		private long missing;

	}

}
