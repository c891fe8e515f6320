package health.falcon.diet.mfpexport;

import health.falcon.model.Units;

/**
 * The weight unit of an account; the Measurement Summary does not record it.
 */
public enum WeightUnit {

	/** Metric accounts. */
	KILOGRAMS(1.0),

	/** Imperial accounts. */
	POUNDS(Units.KILOGRAMS_PER_POUND);

	private final double kilograms;

	WeightUnit(double kilograms) {
		this.kilograms = kilograms;
	}

	/**
	 * Convert a weight to kilograms.
	 * @param value the weight in this unit
	 * @return the weight in kg, rounded to 0.01 kg
	 */
	public double toKilograms(double value) {
		return Math.round(value * this.kilograms * 100.0) / 100.0;
	}

}
