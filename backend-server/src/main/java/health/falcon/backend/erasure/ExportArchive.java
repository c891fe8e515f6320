package health.falcon.backend.erasure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.bson.Document;

/**
 * A {@code falcon-export} archive (docs/export-format.md) that is being restored: its
 * entries, read within the archive's limits (entry size, total size, compression ratio),
 * so that a store reading it cannot be made to inflate more than the limits allow.
 */
public interface ExportArchive {

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
		Optional<InputStream> entry = open("collections/" + collection + ".json");
		if (entry.isEmpty()) {
			return false;
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(entry.get(), StandardCharsets.UTF_8))) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				String text = line.strip();
				if (text.endsWith(",")) {
					text = text.substring(0, text.length() - 1);
				}
				if (text.isEmpty() || text.equals("[") || text.equals("]")) {
					continue;
				}
				read(number, text, visitor);
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
