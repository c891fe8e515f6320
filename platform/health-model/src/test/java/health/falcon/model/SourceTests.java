package health.falcon.model;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class SourceTests {

	private static final Instant RECEIVED = Instant.parse("2026-05-01T10:15:30Z");

	@Test
	void carriesProvenance() {
		Source source = new Source("strava", "123456789", "run-42", RECEIVED);
		assertThat(source.provider()).isEqualTo("strava");
		assertThat(source.sourceId()).isEqualTo("123456789");
		assertThat(source.ingestRunId()).isEqualTo("run-42");
		assertThat(source.receivedAt()).isEqualTo(RECEIVED);
	}

	@Test
	void rejectsBlankProvider() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Source(" ", "1", "run", RECEIVED))
			.withMessageContaining("provider");
	}

	@Test
	void rejectsMissingReceivedAt() {
		assertThatNullPointerException().isThrownBy(() -> new Source("strava", "1", "run", null))
			.withMessageContaining("receivedAt");
	}

}
