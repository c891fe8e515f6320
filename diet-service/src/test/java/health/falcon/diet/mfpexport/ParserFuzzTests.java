package health.falcon.diet.mfpexport;

import java.io.ByteArrayInputStream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of the parsers: whatever the bytes, nothing but the documented
 * {@link MyFitnessPalParseException} escapes. A plain {@code mvn test} replays the seed
 * corpus in {@code ParserFuzzTestsInputs/<method>/} (regression mode); run with
 * {@code JAZZER_FUZZ=1} to fuzz.
 */
class ParserFuzzTests {

	@FuzzTest(maxDuration = "10s")
	void nutritionSummary(FuzzedDataProvider data) {
		try {
			NutritionSummaryParser.parse(new ByteArrayInputStream(data.consumeRemainingAsBytes()));
		}
		catch (MyFitnessPalParseException ex) {
			// documented: the file as a whole is not a Nutrition Summary
		}
	}

	@FuzzTest(maxDuration = "10s")
	void exerciseSummary(FuzzedDataProvider data) {
		try {
			ExerciseSummaryParser.parse(new ByteArrayInputStream(data.consumeRemainingAsBytes()));
		}
		catch (MyFitnessPalParseException ex) {
			// documented: the file as a whole is not an Exercise Summary
		}
	}

	@FuzzTest(maxDuration = "10s")
	void measurementSummary(FuzzedDataProvider data) {
		WeightUnit unit = data.consumeBoolean() ? WeightUnit.POUNDS : WeightUnit.KILOGRAMS;
		try {
			MeasurementSummaryParser.parse(new ByteArrayInputStream(data.consumeRemainingAsBytes()), unit);
		}
		catch (MyFitnessPalParseException ex) {
			// documented: the file as a whole is not a Measurement Summary
		}
	}

}
