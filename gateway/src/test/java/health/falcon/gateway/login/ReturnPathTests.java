package health.falcon.gateway.login;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnPathTests {

	@Test
	void acceptsSameSitePathWithQuery() {
		assertThat(ReturnPath.parse("/settings?tab=units")).hasValueSatisfying((path) -> {
			assertThat(path.path()).isEqualTo("/settings");
			assertThat(path.toUriString()).isEqualTo("/settings?tab=units");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example/x", "https://evil.example/", "/\\evil.example", "settings", "", "/a\nb",
			"javascript:alert(1)" })
	void rejectsAnythingThatCouldLeaveTheSite(String value) {
		assertThat(ReturnPath.parse(value)).isEmpty();
	}

	@Test
	void treatsMissingValueAsNone() {
		assertThat(ReturnPath.parse(null)).isEmpty();
	}

}
