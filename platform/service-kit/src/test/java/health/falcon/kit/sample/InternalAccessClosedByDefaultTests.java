package health.falcon.kit.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Without {@code falcon.internal.clients} no token reaches {@code /internal/**}, whatever
 * its scope.
 */
@WebMvcTest(InternalSampleController.class)
class InternalAccessClosedByDefaultTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void forbidsEveryServiceTokenWhenNoClientIsListed() {
		ProblemResponsesTests.assertProblem(this.mvc.get()
			.uri("/internal/sample/ping")
			.with(SecurityTests.serviceToken("falcon-ingest"))
			.exchange(), 403, "forbidden");
	}

}
