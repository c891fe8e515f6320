package health.falcon.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import health.falcon.data.stored.BloodPressureReadings;
import health.falcon.data.stored.Connections;
import health.falcon.data.stored.DailyActivities;
import health.falcon.data.stored.Photos;
import health.falcon.data.stored.UserSettings;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /export/all} over HTTP: the headers of a download, one user's archive
 * holding nothing of another's, and no archive without a token.
 */
class ArchiveIsolationIntegrationTests extends IsolationIntegrationSupport {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void downloadsTheUsersArchiveAsAnAttachmentThatIsNotCached() {
		UserSettings.write(this.template, "alex", "Europe/Berlin", "imperial");
		DailyActivities.write(this.template, "alex", LocalDate.of(2026, 3, 29), 9_000L, 2_000.0);
		EntityExchangeResult<byte[]> response = download("alex");
		assertThat(response.getStatus().value()).isEqualTo(200);
		HttpHeaders headers = response.getResponseHeaders();
		assertThat(headers.getContentType()).hasToString("application/zip");
		assertThat(headers.getCacheControl()).isEqualTo("no-store");
		assertThat(headers.getContentDisposition().getType()).isEqualTo("attachment");
		assertThat(headers.getContentDisposition().getFilename()).matches("falcon-export-\\d{4}-\\d{2}-\\d{2}\\.zip");
		String all = entries(response.getResponseBody());
		assertThat(all).contains("\"steps\": 9000").contains("\"units\": \"imperial\"");
	}

	@Test
	void anotherUsersArchiveHoldsNoneOfTheUsersData() {
		UserSettings.write(this.template, "alex", "Europe/Berlin", "metric");
		DailyActivities.write(this.template, "alex", LocalDate.of(2026, 3, 29), 9_123L, 2_000.0);
		BloodPressureReadings.write(this.template, "alex", Instant.parse("2026-03-29T06:00:00Z"), BERLIN, 131, 87, 64,
				false);
		Connections.write(this.template, "alex", "fitbit", "ACTIVE", Instant.parse("2026-11-01T08:00:00Z"));
		Photos.write(this.template, "alex", "photo-1", "image/png", "PNG of alex".getBytes(StandardCharsets.UTF_8));
		DailyActivities.write(this.template, "casey", LocalDate.of(2026, 3, 29), 4_000L, 1_800.0);
		String casey = entries(download("casey").getResponseBody());
		assertThat(casey).contains("casey")
			.doesNotContain("alex")
			.doesNotContain("9123")
			.doesNotContain("131")
			.doesNotContain("PNG of alex")
			.doesNotContain("photo-1");
		String alex = entries(download("alex").getResponseBody());
		assertThat(alex).contains("PNG of alex").doesNotContain("casey").doesNotContain("ciphertext");
	}

	@Test
	void refusesARequestWithoutAToken() {
		RestTestClientResponse response = RestTestClientResponse.from(this.client.get().uri("/export/all").exchange());
		assertThat(response).hasStatus(401);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/unauthenticated");
	}

	private EntityExchangeResult<byte[]> download(String user) {
		return this.client.get()
			.uri("/export/all")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.token(user, "falcon-api"))
			.exchange()
			.expectBody(byte[].class)
			.returnResult();
	}

	private static String entries(byte[] zip) {
		StringBuilder all = new StringBuilder();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				all.append(entry.getName()).append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return all.toString();
	}

}
