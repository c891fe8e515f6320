package health.falcon.data.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.bson.Document;

/**
 * The entries of an archive, read back in a test.
 *
 * @param entries the bytes of every entry by name, in the archive's order
 */
record ZipContents(Map<String, byte[]> entries) {

	static ZipContents of(byte[] zip) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ZipContents(entries);
	}

	String text(String name) {
		byte[] bytes = this.entries.get(name);
		if (bytes == null) {
			throw new IllegalArgumentException("no entry " + name + " in " + this.entries.keySet());
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	Document manifest() {
		return Document.parse(text("manifest.json"));
	}

	/**
	 * The documents of a collection entry.
	 * @param collection the collection
	 * @return its documents in order
	 */
	List<Document> collection(String collection) {
		String json = text("collections/" + collection + ".json");
		List<Document> documents = new ArrayList<>();
		for (Object document : Document.parse("{\"all\": " + json + "}").getList("all", Object.class)) {
			documents.add((Document) document);
		}
		return documents;
	}

	String all() {
		StringBuilder all = new StringBuilder();
		this.entries.values().forEach((bytes) -> all.append(new String(bytes, StandardCharsets.ISO_8859_1)));
		return all.toString();
	}

}
