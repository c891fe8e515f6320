package health.falcon.fitbit.export;

import java.io.IOException;
import java.time.Duration;

import health.falcon.ingest.handoff.HandOffFormat;
import health.falcon.ingest.handoff.HandOffRecords;
import health.falcon.testsupport.HandOffFixtures;
import health.falcon.testsupport.ImportRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * The hand-off endpoint the ingest kit serves for the Fitbit reader, as an attacker
 * holding the ingest client's credentials sees it: a service token must also name
 * dropbox-ingest's record of the user's own file, with that file's exact bytes, or
 * nothing is imported.
 */
class FitbitHandOffEndpointTests extends ImportEndpointTestSupport {

	private static final String HAND_OFF = "/internal/fitbit/imports";

	@Autowired
	private HandOffRecords handOffs;

	private byte[] export = new byte[0];

	@BeforeEach
	void prepare() throws IOException {
		this.export = export("100");
	}

	@Test
	void importsAFileHandedOverUnderTheRecordOfThatUsersFile() {
		record("rec-1", "victim", HandOffFormat.FITBIT, this.export);

		MvcTestResult result = handOver("rec-1", "victim", this.export).exchange();

		assertThat(result).hasStatus(202);
		String location = result.getResponse().getHeader("Location");
		assertThat(location).startsWith(IMPORTS + "/");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(get("victim", location)).bodyJson()
				.extractingPath("$.status")
				.isEqualTo("SUCCEEDED"));
		assertThat(get("victim", location)).bodyJson().extractingPath("$.origin").isEqualTo("HANDOFF");
		then(this.importer).should().importZip(eq("victim"), any(), any(), any(Boolean.class), anyString(), any());
	}

	@Test
	void refusesAServiceTokenPostingIntoAUserWithoutARecord() {
		assertProblem(handOver("rec-1", "victim", this.export).exchange(), 404, "hand-off-not-found");
		assertNothingImported();
	}

	@Test
	void refusesTheVictimsRecordWithOtherBytes() throws IOException {
		record("rec-1", "victim", HandOffFormat.FITBIT, this.export);

		assertProblem(handOver("rec-1", "victim", export("101")).exchange(), 403, "hand-off-mismatch");
		assertNothingImported();
	}

	@Test
	void refusesTheRecordOfOneUserNamingAnother() {
		record("rec-1", "attacker", HandOffFormat.FITBIT, this.export);

		assertProblem(handOver("rec-1", "victim", this.export).exchange(), 404, "hand-off-not-found");
		assertNothingImported();
	}

	@Test
	void refusesARecordHandedOverToDietService() {
		record("rec-1", "victim", HandOffFormat.MYFITNESSPAL, this.export);

		assertProblem(handOver("rec-1", "victim", this.export).exchange(), 404, "hand-off-not-found");
		assertNothingImported();
	}

	@Test
	void refusesHandOversWithoutAServiceTokenOrARecordId() {
		record("rec-1", "victim", HandOffFormat.FITBIT, this.export);

		assertProblem(
				handOver("rec-1", "victim", this.export, jwt().jwt((token) -> token.subject("victim"))).exchange(), 403,
				"forbidden");
		assertProblem(this.mvc.post()
			.uri(HAND_OFF)
			.param("record", "rec-1")
			.param("user", "victim")
			.multipart()
			.file(new MockMultipartFile("file", "export.zip", "application/zip", this.export))
			.exchange(), 401, "unauthenticated");
		assertProblem(this.mvc.post()
			.uri(HAND_OFF)
			.param("user", "victim")
			.with(serviceToken())
			.multipart()
			.file(new MockMultipartFile("file", "export.zip", "application/zip", this.export))
			.exchange(), 400, "validation");
		assertProblem(handOver("rec-1", " ", this.export).exchange(), 400, "validation");
		assertNothingImported();
	}

	@Test
	void refusesAServiceTokenOfAnotherClientEvenWithARealRecord() {
		record("rec-1", "victim", HandOffFormat.FITBIT, this.export);

		assertProblem(
				handOver("rec-1", "victim", this.export,
						jwt().jwt((token) -> token.subject("falcon-other"))
							.authorities(new SimpleGrantedAuthority("SCOPE_falcon.internal")))
					.exchange(),
				403, "forbidden");
		assertNothingImported();
	}

	private void record(String recordId, String userId, HandOffFormat format, byte[] content) {
		HandOffFixtures.record(this.mongo, this.handOffs, recordId, userId, format, content);
	}

	private MockMultipartMvcRequestBuilder handOver(String recordId, String user, byte[] content) {
		return handOver(recordId, user, content, serviceToken());
	}

	private MockMultipartMvcRequestBuilder handOver(String recordId, String user, byte[] content,
			RequestPostProcessor token) {
		return ImportRequests.handOver(this.mvc, "fitbit", recordId, user, content, token);
	}

	private static RequestPostProcessor serviceToken() {
		return ImportRequests.serviceToken(ImportRequests.INGEST_CLIENT);
	}

	private void assertNothingImported() {
		assertThat(fitbitImports()).isEmpty();
		then(this.importer).should(never()).read(any(), any());
	}

}
