package health.falcon.ingest.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GuardedZipTests {

	private static final ArchiveLimits LIMITS = new ArchiveLimits("falcon.test.imports", 10, DataSize.ofMegabytes(4),
			DataSize.ofMegabytes(8), 100);

	@TempDir
	Path temp;

	@Test
	void refusesAZipBombByTheBytesItInflatesWholeArchive() throws IOException {
		// within the entry size limit, so only the ratio can stop it
		byte[] bomb = Zips.zip().withZeros("bomb.csv", 3L * 1024 * 1024).bytes();
		assertThat(bomb.length).isLessThan(20 * 1024);

		try (GuardedZip zip = GuardedZip.open(write(bomb), LIMITS)) {
			ZipEntry entry = zip.entries().get(0);
			assertThatExceptionOfType(ArchiveRefusedException.class).isThrownBy(() -> drain(zip.open(entry)))
				.withMessageContaining("falcon.test.imports.max-compression-ratio 100")
				.satisfies((ex) -> assertThat(ex.wholeArchive()).isTrue());
		}
	}

	@Test
	void refusesAnEntryThatDeclaresMoreThanTheLimitBeforeInflatingIt() throws IOException {
		try (GuardedZip zip = GuardedZip.open(write(Zips.zip().withZeros("big.csv", 5L * 1024 * 1024).bytes()),
				LIMITS)) {
			ZipEntry entry = zip.entries().get(0);
			assertThatExceptionOfType(ArchiveRefusedException.class).isThrownBy(() -> zip.open(entry))
				.withMessage("entry 'big.csv' declares more than falcon.test.imports.max-entry-size 4MB");
		}
	}

	@Test
	void refusesAnEntryWhoseHeadersUnderstateItsSize() throws IOException {
		ArchiveLimits limits = new ArchiveLimits("falcon.test.imports", 10, DataSize.ofMegabytes(1),
				DataSize.ofMegabytes(8), 100_000);
		byte[] lying = Zips.zip().withZeros("small.csv", 3L * 1024 * 1024).declaringSize(100);

		try (GuardedZip zip = GuardedZip.open(write(lying), limits)) {
			ZipEntry entry = zip.entries().get(0);
			assertThat(entry.getSize()).isEqualTo(100);
			assertThatExceptionOfType(ArchiveRefusedException.class).isThrownBy(() -> drain(zip.open(entry)))
				.withMessage("entry 'small.csv' inflates beyond falcon.test.imports.max-entry-size 1MB")
				.satisfies((ex) -> assertThat(ex.wholeArchive()).isFalse());
		}
	}

	@Test
	void refusesMoreEntriesThanTheLimitOnOpen() throws IOException {
		Zips many = Zips.zip();
		for (int i = 0; i < 11; i++) {
			many.with("e" + i + ".csv", new byte[] { 'x' });
		}

		assertThatExceptionOfType(ArchiveRefusedException.class)
			.isThrownBy(() -> GuardedZip.open(write(many.bytes()), LIMITS))
			.withMessage("entry count 11 exceeds falcon.test.imports.max-entries 10");
	}

	@Test
	void scanRefusesAnArchiveOverTheTotalAndReportsEntriesOnTheirOwn() throws IOException {
		ArchiveLimits limits = new ArchiveLimits("falcon.test.imports", 10, DataSize.ofKilobytes(300),
				DataSize.ofKilobytes(700), 1_000_000);
		Path file = write(Zips.zip()
			.with("a.csv", text(250 * 1024))
			.with("big.csv", text(400 * 1024))
			.with("b.csv", text(250 * 1024))
			.bytes());

		try (GuardedZip zip = GuardedZip.open(file, limits)) {
			GuardedZip.Scan scan = zip.scan(zip.entries());
			assertThat(scan.sizes()).containsOnlyKeys("a.csv", "b.csv");
			assertThat(scan.failed()).containsOnlyKeys("big.csv");
		}
		ArchiveLimits smallTotal = new ArchiveLimits("falcon.test.imports", 10, DataSize.ofKilobytes(300),
				DataSize.ofKilobytes(400), 1_000_000);
		try (GuardedZip zip = GuardedZip.open(file, smallTotal)) {
			assertThatExceptionOfType(ArchiveRefusedException.class).isThrownBy(() -> zip.scan(zip.entries()))
				.withMessage("the archive inflates beyond falcon.test.imports.max-total-size 400KB");
		}
	}

	@Test
	void scanDoesNotCountAgainstTheReadThatFollows() throws IOException {
		ArchiveLimits limits = new ArchiveLimits("falcon.test.imports", 10, DataSize.ofKilobytes(300),
				DataSize.ofKilobytes(300), 1_000_000);
		try (GuardedZip zip = GuardedZip.open(write(Zips.zip().with("a.csv", text(200 * 1024)).bytes()), limits)) {
			List<ZipEntry> entries = zip.entries();
			zip.scan(entries);
			assertThat(drain(zip.open(entries.get(0)))).isEqualTo(200 * 1024);
		}
	}

	@Test
	void refusesWhatIsNotAZip() throws IOException {
		Path file = Files.writeString(this.temp.resolve("x.zip"), "hello");

		assertThatExceptionOfType(ArchiveRefusedException.class).isThrownBy(() -> GuardedZip.open(file, LIMITS))
			.withMessage("not a readable ZIP archive");
	}

	@Test
	void refusesAnEntryNameThatIsNotUtf8() throws IOException {
		byte[] latin1 = latin1Named("caf\u00e9.json");

		// the central directory's check refuses it on open; a name that passes it but not
		// the entry's decoding is refused while listing (fitbit-service's fuzz corpus)
		assertThatExceptionOfType(ArchiveRefusedException.class)
			.isThrownBy(() -> GuardedZip.open(write(latin1), LIMITS))
			.satisfies((ex) -> assertThat(ex.wholeArchive()).isTrue());
		GuardedZipStream stream = stream(latin1, LIMITS);
		assertThatExceptionOfType(ArchiveRefusedException.class).isThrownBy(stream::next)
			.withMessage("an entry name is not valid UTF-8");
	}

	@Test
	void tellsNamesThatEscapeAFolder() {
		assertThat(GuardedZip.unsafeName("../x.json")).isTrue();
		assertThat(GuardedZip.unsafeName("a\\..\\x.json")).isTrue();
		assertThat(GuardedZip.unsafeName("/etc/passwd")).isTrue();
		assertThat(GuardedZip.unsafeName("C:/x.json")).isTrue();
		assertThat(GuardedZip.unsafeName("Takeout/a..b/x.json")).isFalse();
	}

	@Test
	void streamRefusesABombTooManyEntriesAndALyingHeader() throws IOException {
		GuardedZipStream bomb = stream(Zips.zip().withZeros("bomb.csv", 64L * 1024 * 1024).bytes(), LIMITS);
		assertThat(bomb.next()).isNotNull();
		assertThatExceptionOfType(ArchiveRefusedException.class).isThrownBy(() -> drain(bomb.content()))
			.withMessageContaining("falcon.test.imports.max-compression-ratio 100");

		Zips many = Zips.zip();
		for (int i = 0; i < 11; i++) {
			many.with("e" + i + ".csv", new byte[] { 'x' });
		}
		GuardedZipStream tooMany = stream(many.bytes(), LIMITS);
		assertThatExceptionOfType(ArchiveRefusedException.class).isThrownBy(() -> {
			while (tooMany.next() != null) {
				drain(tooMany.content());
			}
		}).withMessage("entry count 11 exceeds falcon.test.imports.max-entries 10");

		ArchiveLimits limits = new ArchiveLimits("falcon.test.imports", 10, DataSize.ofMegabytes(1),
				DataSize.ofMegabytes(8), 100_000);
		GuardedZipStream lying = stream(Zips.zip().withZeros("small.csv", 3L * 1024 * 1024).declaringSize(100), limits);
		assertThat(lying.next()).isNotNull();
		assertThatExceptionOfType(ArchiveRefusedException.class).isThrownBy(() -> drain(lying.content()))
			.withMessage("entry 'small.csv' inflates beyond falcon.test.imports.max-entry-size 1MB");
	}

	@Test
	void streamCountsTheEntriesItSkips() throws IOException {
		GuardedZipStream zip = stream(
				Zips.zip().withZeros("skipped.bin", 64L * 1024 * 1024).with("a.csv", text(10)).bytes(), LIMITS);
		assertThat(zip.next()).isNotNull();

		assertThatExceptionOfType(ArchiveRefusedException.class).isThrownBy(zip::next)
			.withMessageContaining("max-compression-ratio");
	}

	@Test
	void streamReadsAnOrdinaryArchive() throws IOException {
		GuardedZipStream zip = stream(Zips.zip().with("a.csv", text(3000)).with("b.csv", text(5)).bytes(), LIMITS);

		assertThat(zip.next().getName()).isEqualTo("a.csv");
		assertThat(drain(zip.content())).isEqualTo(3000);
		assertThat(zip.next().getName()).isEqualTo("b.csv");
		assertThat(zip.next()).isNull();
		assertThat(zip.entries()).isEqualTo(2);
	}

	@Test
	void formatsSizesAsConfigurationWritesThem() {
		assertThat(ArchiveLimits.format(DataSize.ofGigabytes(1))).isEqualTo("1GB");
		assertThat(ArchiveLimits.format(DataSize.ofMegabytes(64))).isEqualTo("64MB");
		assertThat(ArchiveLimits.format(DataSize.ofBytes(1500))).isEqualTo("1500B");
	}

	private Path write(byte[] bytes) throws IOException {
		return Files.write(Files.createTempFile(this.temp, "archive", ".zip"), bytes);
	}

	private static GuardedZipStream stream(byte[] bytes, ArchiveLimits limits) {
		return new GuardedZipStream(new ByteArrayInputStream(bytes), limits);
	}

	/**
	 * A ZIP whose entry name is written in ISO-8859-1 without the UTF-8 flag, as old
	 * Windows archivers do: the byte {@code 0xE9} is not UTF-8.
	 */
	private static byte[] latin1Named(String name) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.ISO_8859_1)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(text(10));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static byte[] text(int size) {
		StringBuilder text = new StringBuilder(size);
		for (int i = 0; text.length() < size; i++) {
			text.append(Integer.toHexString(i * 2654435761L > 0 ? (int) (i * 2654435761L) : i)).append(',');
		}
		return text.substring(0, size).getBytes(StandardCharsets.US_ASCII);
	}

	private static long drain(InputStream in) throws IOException {
		try (in) {
			return in.transferTo(OutputStream.nullOutputStream());
		}
	}

}
