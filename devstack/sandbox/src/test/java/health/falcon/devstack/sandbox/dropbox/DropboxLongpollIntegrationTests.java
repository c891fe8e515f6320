package health.falcon.devstack.sandbox.dropbox;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import health.falcon.devstack.sandbox.common.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static health.falcon.devstack.sandbox.dropbox.DropboxFlow.APP_FOLDER;
import static health.falcon.devstack.sandbox.dropbox.DropboxFlow.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The unauthenticated longpoll: immediate when changes wait, woken by a change, and
 * {@code false} after the (test-capped, 2 s) wait.
 */
@DropboxSandboxTest
class DropboxLongpollIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestClock clock;

	@Autowired
	private LongpollWaiters waiters;

	private DropboxFlow flow;

	private String cursor;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClock.START);
		this.flow = new DropboxFlow(this.mvc);
		this.cursor = body(this.flow.rpc("files/list_folder/get_latest_cursor", this.flow.accessToken("alex"),
				"{\"path\":\"\",\"recursive\":true}"))
			.get("cursor")
			.asString();
	}

	@AfterEach
	void resetAlex() {
		this.mvc.post().uri("/dropbox/sandbox/reset?account=alex").exchange();
	}

	@Test
	void answersAtOnceWhenChangesAreWaiting() {
		this.flow.put("alex", APP_FOLDER + "/a.csv", "a");
		assertThat(longpoll("{\"cursor\":\"" + this.cursor + "\",\"timeout\":30}")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"changes\":true}");
	}

	@Test
	void wakesUpWhenTheAccountChanges() throws Exception {
		CompletableFuture<MvcTestResult> poll = CompletableFuture
			.supplyAsync(() -> longpoll("{\"cursor\":\"" + this.cursor + "\",\"timeout\":480}"));
		await().atMost(Duration.ofSeconds(5)).until(() -> this.waiters.count() > 0);
		this.flow.put("alex", APP_FOLDER + "/b.csv", "b");
		assertThat(poll.get(5, TimeUnit.SECONDS)).bodyJson().isLenientlyEqualTo("{\"changes\":true}");
	}

	@Test
	void answersNoChangesAfterTheWait() {
		assertThat(longpoll("{\"cursor\":\"" + this.cursor + "\",\"timeout\":30}")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"changes\":false}");
	}

	@Test
	void refusesTimeoutsOutsideTheRangeAndStaleCursors() {
		assertThat(longpoll("{\"cursor\":\"" + this.cursor + "\",\"timeout\":10}")).hasStatus(400);
		assertThat(longpoll("{\"cursor\":\"AAHbogus\",\"timeout\":30}")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.error['.tag']")
			.isEqualTo("reset");
	}

	private MvcTestResult longpoll(String body) {
		return this.mvc.post()
			.uri("/dropbox/notify/2/files/list_folder/longpoll")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange(Duration.ofSeconds(10));
	}

}
