package health.falcon.backend.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import health.falcon.backend.erasure.ExportArchive;
import health.falcon.testsupport.Zips;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The uploaded archive is recognised by its manifest and read within the limits, counted
 * on the bytes actually inflated.
 */
class GuardedArchiveTests {

	private static final RestoreProperties LIMITS = new RestoreProperties(DataSize.ofMegabytes(1), 5,
			DataSize.ofMegabytes(4), DataSize.ofMegabytes(6), 1000);

	private static final byte[] MANIFEST = ExportArchives.utf8(ExportArchives.MANIFEST);

	@TempDir
	Path folder;

	@Test
	void readsTheDocumentsOfACollection() throws IOException {
		Path file = write(Zips.zip()
			.with("manifest.json", MANIFEST)
			.with("collections/photos.json",
					ExportArchives.utf8("[\n{\"_id\": \"a\"},\n{not json},\n{\"_id\": \"b\"}\n]\n"))
			.bytes());
		List<String> read = new ArrayList<>();
		try (GuardedArchive archive = GuardedArchive.open(file, LIMITS)) {
			assertThat(archive.documents("photos", new ExportArchive.DocumentVisitor() {

				@Override
				public void document(int line, Document document) {
					read.add(line + ":" + document.getString("_id"));
				}

				@Override
				public void malformed(int line) {
					read.add(line + ":malformed");
				}

			})).isTrue();
			assertThat(archive.open("collections/activities.json")).isEmpty();
		}
		assertThat(read).containsExactly("2:a", "3:malformed", "4:b");
	}

	@Test
	void refusesTooManyEntries() throws IOException {
		Zips zip = Zips.zip().with("manifest.json", MANIFEST);
		for (int i = 0; i < 5; i++) {
			zip.with("photos/" + i + ".png", new byte[1]);
		}
		Path file = write(zip.bytes());
		assertThatExceptionOfType(InvalidArchiveException.class).isThrownBy(() -> GuardedArchive.open(file, LIMITS))
			.withMessageContaining("more than 5 entries");
	}

	@Test
	void stopsAnEntryAtItsSizeLimitWhateverItDeclares() throws IOException {
		Path file = write(Zips.zip()
			.with("manifest.json", MANIFEST)
			.withZeros("photos/big.png", DataSize.ofMegabytes(5).toBytes())
			.bytes());
		try (GuardedArchive archive = GuardedArchive.open(file, LIMITS)) {
			assertThatExceptionOfType(ArchiveLimitException.class).isThrownBy(() -> archive.open("photos/big.png"))
				.withMessageContaining("max-entry-size");
		}
	}

	@Test
	void stopsTheWholeArchiveAtTheTotalLimit() throws IOException {
		Path file = write(Zips.zip()
			.with("manifest.json", MANIFEST)
			.withZeros("photos/a.png", DataSize.ofKilobytes(2560).toBytes())
			.withZeros("photos/b.png", DataSize.ofKilobytes(2560).toBytes())
			.withZeros("photos/c.png", DataSize.ofKilobytes(2560).toBytes())
			.bytes());
		RestoreProperties limits = new RestoreProperties(DataSize.ofMegabytes(1), 5, DataSize.ofMegabytes(4),
				DataSize.ofMegabytes(6), 100000);
		try (GuardedArchive archive = GuardedArchive.open(file, limits)) {
			drain(archive, "photos/a.png");
			drain(archive, "photos/b.png");
			assertThatExceptionOfType(ArchiveLimitException.class).isThrownBy(() -> drain(archive, "photos/c.png"))
				.withMessageContaining("max-total-size");
		}
	}

	@Test
	void refusesAnArchiveWhoseManifestIsNotJson() throws IOException {
		Path file = write(Zips.zip().with("manifest.json", ExportArchives.utf8("format: falcon-export")).bytes());
		assertThatExceptionOfType(InvalidArchiveException.class).isThrownBy(() -> GuardedArchive.open(file, LIMITS))
			.withMessageContaining("not a JSON document");
	}

	private static void drain(GuardedArchive archive, String name) throws IOException {
		try (InputStream in = archive.open(name).orElseThrow()) {
			in.transferTo(OutputStream.nullOutputStream());
		}
	}

	private Path write(byte[] bytes) throws IOException {
		return Files.write(this.folder.resolve("archive.zip"), bytes);
	}

}
