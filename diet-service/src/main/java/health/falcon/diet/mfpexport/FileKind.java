package health.falcon.diet.mfpexport;

import java.util.List;

/**
 * What a MyFitnessPal export file holds, told by its header row (never by its name).
 */
public enum FileKind {

	/** Nutrition Summary (any of the three header variants). */
	NUTRITION,

	/** Exercise Summary. */
	EXERCISE,

	/** Measurement Summary. */
	MEASUREMENT,

	/**
	 * Anything else, including semicolon-separated files (MyFitnessPal writes commas).
	 */
	UNSUPPORTED;

	/**
	 * Tell the kind from a header row.
	 * @param header the normalized column names ({@link CsvTable#columns()})
	 * @return the kind, never {@code null}
	 */
	public static FileKind of(List<String> header) {
		if (header.isEmpty() || !"date".equals(header.get(0))) {
			return UNSUPPORTED;
		}
		if (header.contains("meal") && header.contains("calories")) {
			return NUTRITION;
		}
		if (header.contains("exercise") && header.contains("type")) {
			return EXERCISE;
		}
		if (header.stream().anyMatch((column) -> column.startsWith("weight"))) {
			return MEASUREMENT;
		}
		return UNSUPPORTED;
	}

}
