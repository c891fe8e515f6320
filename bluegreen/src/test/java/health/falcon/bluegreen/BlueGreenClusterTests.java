package health.falcon.bluegreen;

import java.time.Instant;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class BlueGreenClusterTests {

	private static final TimeZone DEFAULT_ZONE = TimeZone.getDefault();

	private final JsonMapper json = JsonMapper.builder().build();

	@AfterEach
	void restoreTheDefaultZone() {
		TimeZone.setDefault(DEFAULT_ZONE);
	}

	@Test
	void switchesWithOneMergePatchOfSelectorAnnotationsAndTheResourceVersionThatWasRead() {
		ServiceState state = new ServiceState("gateway", Colour.BLUE, Colour.GREEN, "4711",
				ColourState.of("gateway", Colour.BLUE, null), ColourState.of("gateway", Colour.GREEN, null));

		JsonNode patch = this.json.readTree(
				BlueGreenCluster.switchPatch(state, Colour.GREEN, "jenkins", Instant.parse("2026-12-06T22:00:00Z")));

		assertThat(patch.path("spec").path("selector").propertyNames()).containsExactly("color");
		assertThat(patch.path("spec").path("selector").path("color").asString()).isEqualTo("green");
		assertThat(patch.path("metadata").path("resourceVersion").asString()).isEqualTo("4711");
		JsonNode annotations = patch.path("metadata").path("annotations");
		assertThat(annotations.path("falcon.health/switched-by").asString()).isEqualTo("jenkins");
		assertThat(annotations.path("falcon.health/switched-from").asString()).isEqualTo("blue");
		assertThat(annotations.path("falcon.health/switched-at").asString()).isEqualTo("2026-12-06T22:00:00Z");
		assertThat(patch.propertyNames()).containsExactlyInAnyOrder("metadata", "spec");
	}

	@ParameterizedTest
	@ValueSource(strings = { "America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "UTC" })
	void writesInstantsInUtcWhateverTheDefaultZoneAcrossDaylightSavingChanges(String zone) {
		TimeZone.setDefault(TimeZone.getTimeZone(zone));
		// 06:00:00Z on 2026-11-01 is the hour New York falls back (02:00 EDT -> 01:00
		// EST).
		Instant switchedAt = Instant.parse("2026-11-01T06:00:00Z");
		ServiceState state = new ServiceState("gateway", Colour.BLUE, Colour.GREEN, "1",
				ColourState.of("gateway", Colour.BLUE, null), ColourState.of("gateway", Colour.GREEN, null));

		JsonNode switched = this.json.readTree(BlueGreenCluster.switchPatch(state, Colour.GREEN, "a", switchedAt));
		JsonNode held = this.json
			.readTree(BlueGreenCluster.scaleDownAnnotationPatch(switchedAt.plus(java.time.Duration.ofSeconds(120))));

		assertThat(switched.path("metadata").path("annotations").path("falcon.health/switched-at").asString())
			.isEqualTo("2026-11-01T06:00:00Z");
		assertThat(held.path("metadata").path("annotations").path("falcon.health/scale-down-at").asString())
			.isEqualTo("2026-11-01T06:02:00Z");
	}

	@Test
	void endsAHoldWithANullThatAMergePatchTurnsIntoARemoval() {
		JsonNode clear = this.json.readTree(BlueGreenCluster.scaleDownAnnotationPatch(null));
		JsonNode scale = this.json.readTree(BlueGreenCluster.scaleToZeroPatch("12"));

		assertThat(clear.path("metadata").path("annotations").get("falcon.health/scale-down-at").isNull()).isTrue();
		assertThat(scale.path("spec").path("replicas").asInt()).isZero();
		assertThat(scale.path("metadata").path("resourceVersion").asString()).isEqualTo("12");
		assertThat(scale.path("metadata").path("annotations").get("falcon.health/scale-down-at").isNull()).isTrue();
	}

	@Test
	void pointsThePreviewServiceWithASelectorOnlyPatch() {
		assertThat(BlueGreenCluster.previewPatch(Colour.BLUE))
			.isEqualTo("{\"spec\":{\"selector\":{\"color\":\"blue\"}}}");
	}

}
