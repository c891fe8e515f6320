package health.falcon.fitbit.export;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * {@code /api/connections/fitbit/imports} as the ingest kit serves it with the Fitbit
 * reader: an export is accepted, read in the chosen or assumed zone and reported in the
 * kit's shape; every refusal keeps its status code.
 */
class FitbitImportEndpointTests extends ImportEndpointTestSupport {

	@Test
	void acceptsAnExportAndReportsTheFinishedImport() throws IOException {
		MvcTestResult result = upload("u1", export("100"), "Europe/Berlin");

		assertThat(result).hasStatus(202);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("QUEUED");
		String location = result.getResponse().getHeader("Location");
		assertThat(location).startsWith(IMPORTS + "/");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(get("u1", location)).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED"));
		MvcTestResult finished = get("u1", location);
		assertThat(finished).bodyJson().extractingPath("$.provider").isEqualTo("fitbit");
		assertThat(finished).bodyJson().extractingPath("$.origin").isEqualTo("UPLOAD");
		assertThat(finished).bodyJson().extractingPath("$.format").isEqualTo("ACCOUNT_ARCHIVE");
		assertThat(finished).bodyJson().extractingPath("$.zone").isEqualTo("Europe/Berlin");
		assertThat(finished).bodyJson().extractingPath("$.zoneAssumed").isEqualTo(false);
		assertThat(finished).bodyJson().extractingPath("$.fileName").isEqualTo("export.zip");
		assertThat(finished).bodyJson().extractingPath("$.rowsImported").isEqualTo(1);
		assertThat(finished).bodyJson().extractingPath("$.progress.done").isEqualTo(1);
		assertThat(finished).bodyJson().extractingPath("$.progress.total").isEqualTo(1);
		assertThat(finished).bodyJson()
			.extractingPath("$.files[0].name")
			.isEqualTo("MyFitbitData/x/Global Export Data/steps-2026-06-01.json");
		assertThat(get("u1", IMPORTS)).bodyJson()
			.extractingPath("$[0].id")
			.isEqualTo(location.substring(IMPORTS.length() + 1));
		assertThat(this.mongo.getCollection("daily_activity").countDocuments()).isOne();
	}

	@Test
	void assumesTheProfileZoneWhenNoneIsChosen() throws IOException {
		this.mongo.getCollection("user_settings").insertOne(new Document("_id", "u1").append("timeZone", "Asia/Tokyo"));

		assertThat(upload("u1", export("100"), null)).hasStatus(202);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> then(this.importer).should()
				.importZip(eq("u1"), any(), eq(ZoneId.of("Asia/Tokyo")), eq(true), anyString(), any()));
		MvcTestResult other = upload("u2", export("100"), null);
		assertThat(get("u2", other.getResponse().getHeader("Location"))).bodyJson()
			.extractingPath("$.zone")
			.isEqualTo("UTC");
	}

	@Test
	void recordsTheSameExportInTheSameZoneAsADuplicate() throws IOException {
		byte[] export = export("100");
		String first = upload("u1", export, "UTC").getResponse().getHeader("Location");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(get("u1", first)).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED"));

		MvcTestResult again = upload("u1", export, "UTC");

		assertThat(again).hasStatus(202);
		assertThat(again).bodyJson().extractingPath("$.status").isEqualTo("DUPLICATE");
		assertThat(upload("u1", export, "Europe/Berlin")).bodyJson().extractingPath("$.status").isEqualTo("QUEUED");
	}

	@Test
	void hidesOtherUsersImports() throws IOException {
		String location = upload("u1", export("100"), "UTC").getResponse().getHeader("Location");

		assertProblem(get("u2", location), 404, "import-not-found");
		assertProblem(get("u1", IMPORTS + "/nope"), 404, "import-not-found");
		assertThat(get("u2", IMPORTS)).bodyJson().isEqualTo("[]");
	}

	@Test
	void refusesAnEmptyUpload() {
		MvcTestResult refused = upload("u1", new byte[0], null);

		assertProblem(refused, 400, "invalid-upload");
		assertThat(refused).bodyJson().extractingPath("$.detail").isEqualTo("The upload is empty.");
		assertThat(fitbitImports()).isEmpty();
	}

	@Test
	void refusesAnUploadThatIsNotAZip() {
		MvcTestResult refused = upload("u1", "hello".getBytes(), "UTC");

		assertProblem(refused, 400, "invalid-upload");
		assertThat(refused).bodyJson().extractingPath("$.detail").isEqualTo("The upload is not a ZIP archive.");
		assertThat(fitbitImports()).isEmpty();
	}

	@Test
	void refusesAnUploadOverTheLimit() throws IOException {
		byte[] large = ExportZips.zip()
			.with("MyFitbitData/x/Global Export Data/steps-2026-06-01.json", new byte[8192])
			.bytes(this.temp);
		byte[] padded = new byte[large.length + 8192];
		System.arraycopy(large, 0, padded, 0, large.length);

		assertProblem(upload("u1", padded, null), 413, "payload-too-large");
		assertThat(fitbitImports()).isEmpty();
	}

	@Test
	void refusesAnUnknownTimeZone() throws IOException {
		assertProblem(upload("u1", export("100"), "Mars/Olympus"), 400, "invalid-time-zone");
		assertThat(fitbitImports()).isEmpty();
	}

	@Test
	void refusesARequestWithoutAFileOrAToken() {
		assertProblem(this.mvc.post()
			.uri(IMPORTS)
			.with(jwt().jwt((token) -> token.subject("u1")))
			.multipart()
			.param("timeZone", "UTC")
			.exchange(), 400, "malformed-request");
		assertProblem(this.mvc.get().uri(IMPORTS + "/x").exchange(), 401, "unauthenticated");
	}

	@Test
	void capsTheConcurrentImportsOfOneUserAndLetsAnotherUserIn() throws IOException {
		CountDownLatch release = new CountDownLatch(1);
		willAnswer((invocation) -> release.await(10, TimeUnit.SECONDS)).given(this.importer)
			.importZip(anyString(), any(), any(), any(Boolean.class), anyString(), any());
		try {
			assertThat(upload("u1", export("1"), "UTC")).hasStatus(202);
			assertThat(upload("u1", export("2"), "UTC")).hasStatus(202);

			MvcTestResult refused = upload("u1", export("3"), "UTC");

			assertProblem(refused, 429, "too-many-imports");
			assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("30");
			assertThat(refused).bodyJson()
				.extractingPath("$.detail")
				.asString()
				.contains("falcon.fitbit.imports.max-concurrent-per-user 2");
			assertThat(upload("u2", export("4"), "UTC")).hasStatus(202);
		}
		finally {
			release.countDown();
		}
	}

}
