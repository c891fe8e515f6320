package health.falcon.bluegreen;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DurationConverterTests {

	private final DurationConverter converter = new DurationConverter();

	@ParameterizedTest
	@CsvSource({ "100ms, PT0.1S", "120s, PT2M", "120, PT2M", "10m, PT10M", "1h, PT1H", "PT2M30S, PT2M30S", "pt5s, PT5S",
			"600S, PT10M" })
	void readsTheUsualForms(String text, String iso) {
		assertThat(this.converter.convert(text)).isEqualTo(Duration.parse(iso));
	}

	@ParameterizedTest
	@ValueSource(strings = { "soon", "-5s", "PT-5S", "5 s", "1d", "" })
	void refusesAnythingElse(String text) {
		assertThatExceptionOfType(TypeConversionException.class).isThrownBy(() -> this.converter.convert(text));
	}

	@Test
	void theDefaultScaleDownDelayOutlastsTheLongestKeepAliveIdleTimeoutPlus30Seconds() {
		// Nginx keepalive_timeout 75 s is the longest idle timeout on the paths to a
		// Service's ClusterIP (see bluegreen/README.md).
		assertThat(this.converter.convert("120s")).isGreaterThan(Duration.ofSeconds(75 + 30));
	}

}
