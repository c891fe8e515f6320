package health.falcon.backend.erasure;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import health.falcon.documents.archive.ExportArchiveFormat;
import health.falcon.documents.archive.RecordLines;
import org.bson.Document;

/**
 * A {@code falcon-export} archive (docs/export-format.md) that is being restored: its
 * entries, read within the archive's limits (entry size, total size, compression ratio),
 * so that a store reading it cannot be made to inflate more than the limits allow.
 */
public interface ExportArchive {

	/**
	 * The longest record read; a longer line is reported as malformed without being kept
	 * (a settings document or a photo's metadata is far below it).
	 */
	int MAX_RECORD_BYTES = 1024 * 1024;

	/**
	 * Open one entry.
	 * @param name the entry name, for example {@code collections/photos.json}
	 * @return the inflated content (close it), empty when the archive has no such entry;
	 * reading fails with an {@link IOException} at a limit
	 * @throws IOException when the entry cannot be read
	 */
	Optional<InputStream> open(String name) throws IOException;

	/**
	 * Read the documents of a collection entry ({@code collections/<name>.json}, a JSON
	 * array with one relaxed extended JSON document per line).
	 * @param collection the collection name, for example {@code photos}
	 * @param visitor told of each document and of each line that is no document
	 * @return whether the archive has the entry
	 * @throws IOException when the entry cannot be read or is over a limit
	 */
	default boolean documents(String collection, DocumentVisitor visitor) throws IOException {
		Optional<InputStream> entry = open(ExportArchiveFormat.entry(collection));
		if (entry.isEmpty()) {
			return false;
		}
		try (InputStream in = entry.get()) {
			RecordLines lines = new RecordLines(in, MAX_RECORD_BYTES);
			for (RecordLines.Line line = lines.next(); line != null; line = lines.next()) {
				if (line.tooLong()) {
					visitor.malformed(line.number());
				}
				else {
					read(line.number(), line.json(), visitor);
				}
			}
		}
		return true;
	}

	private static void read(int line, String text, DocumentVisitor visitor) {
		Document document;
		try {
			document = Document.parse(text);
		}
		catch (RuntimeException ex) {
			visitor.malformed(line);
			return;
		}
		visitor.document(line, document);
	}

	/**
	 * What reads the documents of a collection entry.
	 */
	interface DocumentVisitor {

		/**
		 * One document.
		 * @param line its line in the entry, from 1
		 * @param document the document as archived (without {@code userId})
		 */
		void document(int line, Document document);

		/**
		 * A line that is not a JSON document.
		 * @param line its line in the entry, from 1
		 */
		void malformed(int line);

	}

}
