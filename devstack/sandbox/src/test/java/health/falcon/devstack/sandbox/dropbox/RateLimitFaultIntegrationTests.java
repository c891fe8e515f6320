package health.falcon.devstack.sandbox.dropbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static health.falcon.devstack.sandbox.dropbox.DropboxFlow.APP_FOLDER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate-limit fault: armed through the control route, it refuses the next calls with
 * Dropbox's 429 (header and body), then lets calls through again; unauthenticated calls
 * are refused for their token first.
 */
@DropboxSandboxTest
class RateLimitFaultIntegrationTests {

	private static final String FAULT = "/dropbox/sandbox/faults/too-many-requests";

	@Autowired
	private MockMvcTester mvc;

	@AfterEach
	void disarm() {
		assertThat(this.mvc.post().uri(FAULT + "?count=0").exchange()).hasStatusOk();
	}

	@Test
	void refusesTheNextCallsWithRetryAfterAndTheRateLimitErrorThenRecovers() {
		DropboxFlow flow = new DropboxFlow(this.mvc);
		String token = flow.accessToken("demo");
		assertThat(this.mvc.post().uri(FAULT + "?count=2&retryAfter=7").exchange()).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"remaining\":2,\"retryAfter\":7}");
		String list = "{\"path\":\"" + APP_FOLDER + "\"}";
		for (int call = 0; call < 2; call++) {
			MvcTestResult refused = flow.rpc("files/list_folder", token, list);
			assertThat(refused).hasStatus(429).hasHeader("Retry-After", "7");
			assertThat(refused).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
				.bodyJson()
				.isStrictlyEqualTo("""
						{"error_summary": "too_many_requests/..",
						 "error": {"reason": {".tag": "too_many_requests"}, "retry_after": 7}}
						""");
		}
		assertThat(flow.rpc("files/list_folder", token, list)).hasStatusOk();
		assertThat(this.mvc.get().uri(FAULT).exchange()).bodyJson().extractingPath("$.remaining").isEqualTo(0);
	}

	@Test
	void checksTheTokenBeforeTheLimit() {
		assertThat(this.mvc.post().uri(FAULT + "?count=1").exchange()).hasStatusOk();
		assertThat(new DropboxFlow(this.mvc).rpc("files/list_folder", "not-a-token", "{\"path\":\"\"}")).hasStatus(401);
		assertThat(this.mvc.get().uri(FAULT).exchange()).bodyJson().extractingPath("$.remaining").isEqualTo(1);
	}

	@Test
	void refusesNonsenseSettingsWithAProblem() {
		assertThat(this.mvc.post().uri(FAULT + "?count=-1").exchange()).hasStatus(400)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/dropbox-sandbox-request");
		assertThat(this.mvc.post().uri(FAULT + "?count=1&retryAfter=301").exchange()).hasStatus(400);
	}

}
