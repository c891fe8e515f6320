package health.falcon.fitbit.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import health.falcon.ingest.imports.ImportReport;
import health.falcon.ingest.imports.ImportReports;
import health.falcon.model.Source;
import org.jspecify.annotations.Nullable;
import health.falcon.ingest.archive.ArchiveRefusedException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

class JsonEntriesTests {

	private static final String FILE = "Takeout/Fitbit/Global Export Data/heart_rate-2026-06-02.json";

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final ImportReport report = ImportReports.collecting();

	private final List<String> quarantined = new ArrayList<>();

	private final ImportContext context = new ImportContext("u1", "imp-1", ZoneId.of("Europe/Berlin"), false,
			new Source("fitbit", "export", "imp-1", CLOCK.instant()), this.report, new RecordingQuarantine());

	@Test
	void quarantinesAFileThatIsNotValidUtf32InsteadOfFailingAsAnUnreadableArchive() throws IOException {
		// found by ExportFuzzTests#heartRateJson: "[" and three NULs make Jackson read
		// UTF-32LE, and the next bytes are no UTF-32 character
		assertMalformed(concat(new byte[] { '[', 0, 0, 0, 0, 0, 0, 0, 0 },
				"{ \"dateTime\" : \"06/02/26 08:00:05\", \"value\" : { \"bpm\" : 70 } }]"));
	}

	@Test
	void quarantinesAFileInAnUnsupportedUcs4ByteOrder() throws IOException {
		// found by ExportFuzzTests#sleepJson and #restingHeartRateJson: Jackson detects
		// UCS-4 in the byte order 2143 or 3412 and refuses it with a plain IOException
		assertMalformed(concat(new byte[] { 0, 0, '{', 0 }, "\"logId\" : 1 }"));
		assertMalformed(concat(new byte[] { 0, '[', 0, 0 }, " 71 } }"));
	}

	@Test
	void letsAFailureOfTheArchiveThrough() {
		ArchiveRefusedException limit = new ArchiveRefusedException("the archive inflates beyond the limit", true);
		InputStream failing = new InputStream() {

			private int read;

			@Override
			public int read() throws IOException {
				if (this.read++ < 100) {
					return ' ';
				}
				throw limit;
			}

		};

		assertThatExceptionOfType(ArchiveRefusedException.class)
			.isThrownBy(() -> JsonEntries.read(this.json, failing, FILE, this.context, (entry) -> {
			}))
			.isSameAs(limit);
		assertThat(this.quarantined).isEmpty();
	}

	private void assertMalformed(byte[] file) throws IOException {
		this.quarantined.clear();
		List<JsonNode> accepted = new ArrayList<>();

		long count = JsonEntries.read(this.json, new ByteArrayInputStream(file), FILE, this.context, accepted::add);

		assertThat(count).isZero();
		assertThat(accepted).isEmpty();
		assertThat(ImportReports.view(this.report).errors()).last().satisfies((error) -> {
			assertThat(error.file()).isEqualTo(FILE);
			assertThat(error.reason()).isEqualTo("malformed JSON; the rest of the file was not read");
		});
		assertThat(this.quarantined).containsExactly("malformed JSON; the rest of the file was not read");
	}

	private static byte[] concat(byte[] head, String tail) {
		byte[] rest = tail.getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[head.length + rest.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(rest, 0, all, head.length, rest.length);
		return all;
	}

	private final class RecordingQuarantine extends QuarantinedRecords {

		RecordingQuarantine() {
			super(mock(MongoTemplate.class), CLOCK);
		}

		@Override
		void store(ImportContext context, String file, @Nullable Integer line, String reason, String snippet) {
			JsonEntriesTests.this.quarantined.add(reason);
		}

	}

}
