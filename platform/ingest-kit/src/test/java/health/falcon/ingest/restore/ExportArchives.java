package health.falcon.ingest.restore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds {@code falcon-export} archives for tests in the layout backend-data writes: a
 * manifest, and per collection a JSON array with one document per line.
 */
public final class ExportArchives {

	private final Map<String, byte[]> entries = new LinkedHashMap<>();

	private ExportArchives(String manifest) {
		this.entries.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * An archive of version 1.
	 * @return the builder
	 */
	public static ExportArchives archive() {
		return withManifest("{\"format\": \"falcon-export\", \"version\": 1, \"exportedAt\": \"2026-12-06T19:30:00Z\","
				+ " \"zone\": \"Europe/Berlin\", \"units\": \"metric\"}");
	}

	/**
	 * An archive with any manifest.
	 * @param manifest the manifest's JSON
	 * @return the builder
	 */
	public static ExportArchives withManifest(String manifest) {
		return new ExportArchives(manifest);
	}

	/**
	 * Add a collection entry.
	 * @param collection the collection
	 * @param records the lines of its records, as written (may be broken)
	 * @return this builder
	 */
	public ExportArchives collection(String collection, String... records) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < records.length; i++) {
			json.append((i == 0) ? "\n" : ",\n").append(records[i]);
		}
		json.append("\n]\n");
		this.entries.put("collections/" + collection + ".json", json.toString().getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/**
	 * Add any entry.
	 * @param name the entry name
	 * @param content its bytes
	 * @return this builder
	 */
	public ExportArchives entry(String name, byte[] content) {
		this.entries.put(name, content);
		return this;
	}

	/**
	 * The archive.
	 * @return the ZIP's bytes
	 */
	public byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : this.entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
