package health.falcon.data.insights.bloodpressure;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The blood-pressure categories of the 2017 ACC/AHA guideline, lowest first. Systolic and
 * diastolic are each placed in a category, and the higher of the two wins.
 */
enum Category {

	NORMAL("normal", "Normal"),

	ELEVATED("elevated", "Elevated"),

	STAGE_1("stage-1", "Hypertension stage 1"),

	STAGE_2("stage-2", "Hypertension stage 2"),

	CRISIS("crisis", "Hypertensive crisis");

	private final String id;

	private final String label;

	Category(String id, String label) {
		this.id = id;
		this.label = label;
	}

	/** The category's name in JSON, {@code stage-1}. */
	String id() {
		return this.id;
	}

	/** The category's name for people. */
	String label() {
		return this.label;
	}

	/**
	 * Find a category by its {@link #id() id}.
	 * @param id the id, or {@code null}
	 * @return the category, empty for {@code null} or an unknown id
	 */
	static Optional<Category> byId(@Nullable String id) {
		return Arrays.stream(values()).filter((category) -> category.id.equals(id)).findFirst();
	}

	/**
	 * Place a reading or an average.
	 * @param systolic in mmHg
	 * @param diastolic in mmHg
	 * @return the higher of the systolic and the diastolic category
	 */
	static Category of(double systolic, double diastolic) {
		Category bySystolic = bySystolic(systolic);
		Category byDiastolic = byDiastolic(diastolic);
		return (bySystolic.compareTo(byDiastolic) >= 0) ? bySystolic : byDiastolic;
	}

	private static Category bySystolic(double systolic) {
		if (systolic > 180) {
			return CRISIS;
		}
		if (systolic >= 140) {
			return STAGE_2;
		}
		if (systolic >= 130) {
			return STAGE_1;
		}
		return (systolic >= 120) ? ELEVATED : NORMAL;
	}

	private static Category byDiastolic(double diastolic) {
		if (diastolic > 120) {
			return CRISIS;
		}
		if (diastolic >= 90) {
			return STAGE_2;
		}
		// Elevated is defined by the systolic alone (120-129 with a diastolic below 80).
		return (diastolic >= 80) ? STAGE_1 : NORMAL;
	}

}
