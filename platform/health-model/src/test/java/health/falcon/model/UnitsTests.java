package health.falcon.model;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class UnitsTests {

	private static final Offset<Double> PRECISION = within(1e-9);

	@Test
	void convertsAMarathonToMiles() {
		assertThat(Units.metresToMiles(42_195)).isCloseTo(26.218757, within(1e-6));
		assertThat(Units.milesToMetres(1)).isEqualTo(1609.344);
	}

	@Test
	void convertsFeetBothWays() {
		assertThat(Units.feetToMetres(1000)).isCloseTo(304.8, PRECISION);
		assertThat(Units.metresToFeet(0.3048)).isCloseTo(1.0, PRECISION);
	}

	@Test
	void convertsBodyMassBothWays() {
		assertThat(Units.kilogramsToPounds(70)).isCloseTo(154.323583, within(1e-6));
		assertThat(Units.poundsToKilograms(1)).isEqualTo(0.45359237);
	}

	@Test
	void convertsEnergyBothWays() {
		assertThat(Units.kilocaloriesToKilojoules(100)).isCloseTo(418.4, PRECISION);
		assertThat(Units.kilojoulesToKilocalories(418.4)).isCloseTo(100, PRECISION);
	}

	@Test
	void roundTripsWithoutDrift() {
		assertThat(Units.milesToMetres(Units.metresToMiles(12_345.678))).isCloseTo(12_345.678, PRECISION);
		assertThat(Units.poundsToKilograms(Units.kilogramsToPounds(81.3))).isCloseTo(81.3, PRECISION);
	}

	@Test
	void displaysDistanceAndMassInTheChosenSystem() {
		assertThat(Units.distance(10_000, UnitSystem.METRIC)).isCloseTo(10.0, PRECISION);
		assertThat(Units.distance(1609.344, UnitSystem.IMPERIAL)).isCloseTo(1.0, PRECISION);
		assertThat(Units.mass(80, UnitSystem.METRIC)).isEqualTo(80);
		assertThat(Units.mass(0.45359237, UnitSystem.IMPERIAL)).isCloseTo(1.0, PRECISION);
	}

}
