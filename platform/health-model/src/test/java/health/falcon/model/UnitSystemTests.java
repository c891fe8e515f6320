package health.falcon.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UnitSystemTests {

	@Test
	void exposesLowerCaseJsonValues() {
		assertThat(UnitSystem.METRIC.value()).isEqualTo("metric");
		assertThat(UnitSystem.IMPERIAL.value()).isEqualTo("imperial");
	}

	@Test
	void parsesValuesIgnoringCaseAndWhitespace() {
		assertThat(UnitSystem.fromValue("metric")).isEqualTo(UnitSystem.METRIC);
		assertThat(UnitSystem.fromValue(" Imperial ")).isEqualTo(UnitSystem.IMPERIAL);
	}

	@Test
	void rejectsUnknownValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> UnitSystem.fromValue("furlongs"))
			.withMessageContaining("furlongs");
		assertThat(UnitSystem.isValid("furlongs")).isFalse();
		assertThat(UnitSystem.isValid(null)).isFalse();
		assertThat(UnitSystem.isValid("imperial")).isTrue();
	}

}
