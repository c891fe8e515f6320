package health.falcon.bluegreen;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ImageReferenceTests {

	@ParameterizedTest
	@CsvSource(nullValues = "-",
			value = { "ghcr.io/falcon-health/gateway:0.1.0-abc1234, 0.1.0-abc1234, true",
					"registry.local:5000/falcon/gateway:1.2, 1.2, true", "registry.local:5000/falcon/gateway, -, false",
					"gateway:latest, latest, false", "gateway, -, false",
					"ghcr.io/falcon-health/gateway@sha256:0123456789abcdef0123, sha256:0123456789ab, true",
					"ghcr.io/falcon-health/gateway:latest@sha256:0123456789abcdef0123, latest, true" })
	void readsTheVersionAndWhetherTheReferenceIsImmutable(String image, String version, boolean immutable) {
		ImageReference reference = ImageReference.parse(image);

		assertThat(reference.version()).isEqualTo(version);
		assertThat(reference.immutable()).isEqualTo(immutable);
	}

}
