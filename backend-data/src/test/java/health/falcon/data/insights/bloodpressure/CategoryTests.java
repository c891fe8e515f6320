package health.falcon.data.insights.bloodpressure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Category} at every boundary of the 2017 ACC/AHA table, each expected category
 * worked out by hand from the table.
 */
class CategoryTests {

	@ParameterizedTest(name = "{0}/{1} is {2}")
	@CsvSource({
			// normal: < 120 and < 80
			"90, 60, normal", "119, 79, normal",
			// elevated: 120-129 and < 80
			"120, 79, elevated", "129, 79, elevated", "120, 40, elevated",
			// stage 1: 130-139 or 80-89
			"130, 79, stage-1", "139, 79, stage-1", "119, 80, stage-1", "119, 89, stage-1", "139, 89, stage-1",
			// stage 2: >= 140 or >= 90
			"140, 79, stage-2", "119, 90, stage-2", "180, 89, stage-2", "139, 120, stage-2", "180, 120, stage-2",
			// crisis: > 180 and/or > 120
			"181, 79, crisis", "119, 121, crisis", "181, 121, crisis",
			// the higher category wins when the two disagree
			"125, 85, stage-1", "145, 70, stage-2", "110, 95, stage-2", "128, 91, stage-2", "135, 125, crisis" })
	void placesAReadingInTheHigherOfItsTwoCategories(int systolic, int diastolic, String category) {
		assertThat(Category.of(systolic, diastolic).id()).isEqualTo(category);
	}

	@ParameterizedTest(name = "{0}/{1} is {2}")
	@CsvSource({ "119.9, 79.9, normal", "129.9, 79.9, elevated", "130.0, 79.9, stage-1", "139.9, 89.9, stage-1",
			"180.0, 120.0, stage-2", "180.1, 60.0, crisis", "100.0, 120.1, crisis" })
	void placesAveragesWithDecimalsByTheSameTable(double systolic, double diastolic, String category) {
		assertThat(Category.of(systolic, diastolic).id()).isEqualTo(category);
	}

}
