package health.falcon.documents;

import java.time.Instant;
import java.util.Date;

import health.falcon.model.Source;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProvenanceTests {

	@Test
	void writesTheFourMembersInTheirStoredOrderWithADate() {
		Instant received = Instant.parse("2026-03-10T06:00:00Z");
		Document document = Provenance.toDocument(new Source("strava", "42", "run-1", received));
		assertThat(document.toJson()).isEqualTo(new Document("provider", "strava").append("sourceId", "42")
			.append("ingestRunId", "run-1")
			.append("receivedAt", Date.from(received))
			.toJson());
	}

}
