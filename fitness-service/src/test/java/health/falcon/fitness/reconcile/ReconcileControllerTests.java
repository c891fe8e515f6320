package health.falcon.fitness.reconcile;

import health.falcon.ingest.api.RunOutcome;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

@WebMvcTest(controllers = ReconcileController.class)
class ReconcileControllerTests {

	private static final String PATH = "/api/connections/strava/reconcile";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ReconcileService service;

	@Test
	void reconcilesTheSignedInUsersConnectionAndReportsTheRun() {
		given(this.service.reconcile("demo")).willReturn(new ReconcileResult("run-7", RunOutcome.Status.SUCCEEDED, 3));
		MvcTestResult result = this.mvc.post().uri(PATH).with(jwt().jwt((token) -> token.subject("demo"))).exchange();
		assertThat(result).hasStatus(202);
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"runId": "run-7", "status": "SUCCEEDED", "deleted": 3}
				""");
		then(this.service).should().reconcile("demo");
	}

	@Test
	void refusesAnAnonymousRequest() {
		assertProblem(this.mvc.post().uri(PATH).exchange(), 401, "unauthenticated");
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void answers409WithoutAUsableConnection() {
		given(this.service.reconcile("alex")).willThrow(new StravaNotConnectedException());
		assertProblem(this.mvc.post().uri(PATH).with(jwt().jwt((token) -> token.subject("alex"))).exchange(), 409,
				"not-connected");
	}

	@Test
	void answers409WhileAnotherRunHoldsTheConnection() {
		given(this.service.reconcile("demo")).willThrow(new ReconcileBusyException());
		assertProblem(this.mvc.post().uri(PATH).with(jwt().jwt((token) -> token.subject("demo"))).exchange(), 409,
				"sync-in-progress");
	}

	private static void assertProblem(MvcTestResult result, int status, String slug) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/" + slug);
	}

}
