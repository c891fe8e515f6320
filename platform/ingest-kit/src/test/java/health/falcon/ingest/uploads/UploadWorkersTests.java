package health.falcon.ingest.uploads;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class UploadWorkersTests {

	@Test
	void keepsAnUploadWithItsSha256() throws Exception {
		KeptUpload kept = UploadWorkers.keep(
				new MockMultipartFile("file", "a.csv", "text/csv", "hello".getBytes(StandardCharsets.UTF_8)), "test-");
		try {
			assertThat(Files.readString(kept.file())).isEqualTo("hello");
			assertThat(kept.sha256()).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
		}
		finally {
			UploadWorkers.deleteQuietly(kept.file());
		}
	}

	@Test
	void deletesTheFileWhenTheWorkEndsAndRefusesWorkBeyondTheQueue() throws Exception {
		try (UploadWorkers workers = new UploadWorkers("test-import", 1, 1)) {
			CountDownLatch release = new CountDownLatch(1);
			KeptUpload running = keep("running");
			KeptUpload waiting = keep("waiting");
			KeptUpload refused = keep("refused");
			assertThat(workers.submit(running.file(), () -> waitFor(release))).isTrue();
			assertThat(workers.submit(waiting.file(), () -> {
				throw new IllegalStateException("a failing import");
			})).isTrue();
			assertThat(workers.submit(refused.file(), () -> {
			})).isFalse();
			assertThat(refused.file()).doesNotExist();
			assertThat(running.file()).exists();
			release.countDown();
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(running.file()).doesNotExist());
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(waiting.file()).doesNotExist());
		}
	}

	@Test
	void capsTheImportsOfOneUserAndLetsOtherUsersIn() throws Exception {
		UploadWorkers.PerUserCap cap = new UploadWorkers.PerUserCap(2, "falcon.test.imports.max-concurrent-per-user");
		try (UploadWorkers workers = new UploadWorkers("test-import", 1, 8, cap)) {
			CountDownLatch release = new CountDownLatch(1);
			UploadWorkers.Ticket first = workers.admit("alice");
			UploadWorkers.Ticket second = workers.admit("alice");
			assertThat(workers.submit(first, keep("a1").file(), () -> waitFor(release))).isTrue();
			assertThat(workers.submit(second, keep("a2").file(), () -> {
			})).isTrue();

			assertThatExceptionOfType(TooManyImportsException.class).isThrownBy(() -> workers.admit("alice"))
				.satisfies((ex) -> {
					assertThat(ex.getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
					assertThat(ex.getType()).hasToString("https://falcon.health/problems/too-many-imports");
					assertThat(ex.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
					assertThat(ex.getMessage()).contains("falcon.test.imports.max-concurrent-per-user 2");
				});
			try (UploadWorkers.Ticket bob = workers.admit("bob")) {
				assertThat(bob).isNotNull();
			}

			release.countDown();
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
				try (UploadWorkers.Ticket again = workers.admit("alice")) {
					assertThat(again).isNotNull();
				}
			});
		}
	}

	@Test
	void releasesTheCountOfATicketNeverSubmittedOrRefusedByAFullQueue() throws Exception {
		UploadWorkers.PerUserCap cap = new UploadWorkers.PerUserCap(1, "falcon.test.imports.max-concurrent-per-user");
		try (UploadWorkers workers = new UploadWorkers("test-import", 1, 1, cap)) {
			try (UploadWorkers.Ticket unused = workers.admit("alice")) {
				assertThat(unused).isNotNull();
			}
			CountDownLatch release = new CountDownLatch(1);
			workers.submit(workers.admit("bob"), keep("b").file(), () -> waitFor(release));
			workers.submit(workers.admit("carol"), keep("c").file(), () -> {
			});
			UploadWorkers.Ticket alice = workers.admit("alice");
			assertThat(workers.submit(alice, keep("a").file(), () -> {
			})).isFalse();
			workers.admit("alice").close();
			release.countDown();
		}
	}

	private static KeptUpload keep(String content) {
		return UploadWorkers
			.keep(new MockMultipartFile("file", "x", "text/plain", content.getBytes(StandardCharsets.UTF_8)), "test-");
	}

	private static void waitFor(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
