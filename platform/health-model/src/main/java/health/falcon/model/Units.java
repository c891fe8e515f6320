package health.falcon.model;

/**
 * Conversions between the SI units the model stores and the units people read.
 * Conversions happen only at the edges (display, provider payloads); every stored value
 * is SI. The factors are the exact international definitions (1 mile = 1609.344 m, 1 foot
 * = 0.3048 m, 1 pound = 0.45359237 kg, 1 kcal = 4.184 kJ).
 */
public final class Units {

	/** Metres in one international mile. */
	public static final double METRES_PER_MILE = 1609.344;

	/** Metres in one international foot. */
	public static final double METRES_PER_FOOT = 0.3048;

	/** Kilograms in one avoirdupois pound. */
	public static final double KILOGRAMS_PER_POUND = 0.45359237;

	/** Kilojoules in one thermochemical kilocalorie. */
	public static final double KILOJOULES_PER_KILOCALORIE = 4.184;

	private Units() {
	}

	/**
	 * Convert metres to miles.
	 * @param metres a distance in metres
	 * @return the distance in miles
	 */
	public static double metresToMiles(double metres) {
		return metres / METRES_PER_MILE;
	}

	/**
	 * Convert miles to metres.
	 * @param miles a distance in miles
	 * @return the distance in metres
	 */
	public static double milesToMetres(double miles) {
		return miles * METRES_PER_MILE;
	}

	/**
	 * Convert metres to feet.
	 * @param metres a length in metres
	 * @return the length in feet
	 */
	public static double metresToFeet(double metres) {
		return metres / METRES_PER_FOOT;
	}

	/**
	 * Convert feet to metres.
	 * @param feet a length in feet
	 * @return the length in metres
	 */
	public static double feetToMetres(double feet) {
		return feet * METRES_PER_FOOT;
	}

	/**
	 * Convert kilograms to pounds.
	 * @param kilograms a mass in kilograms
	 * @return the mass in pounds
	 */
	public static double kilogramsToPounds(double kilograms) {
		return kilograms / KILOGRAMS_PER_POUND;
	}

	/**
	 * Convert pounds to kilograms.
	 * @param pounds a mass in pounds
	 * @return the mass in kilograms
	 */
	public static double poundsToKilograms(double pounds) {
		return pounds * KILOGRAMS_PER_POUND;
	}

	/**
	 * Convert kilocalories to kilojoules.
	 * @param kilocalories energy in kcal
	 * @return energy in kJ
	 */
	public static double kilocaloriesToKilojoules(double kilocalories) {
		return kilocalories * KILOJOULES_PER_KILOCALORIE;
	}

	/**
	 * Convert kilojoules to kilocalories.
	 * @param kilojoules energy in kJ
	 * @return energy in kcal
	 */
	public static double kilojoulesToKilocalories(double kilojoules) {
		return kilojoules / KILOJOULES_PER_KILOCALORIE;
	}

	/**
	 * Express a distance in the long-distance unit of a unit system: kilometres for
	 * {@link UnitSystem#METRIC}, miles for {@link UnitSystem#IMPERIAL}.
	 * @param metres a distance in metres
	 * @param system the unit system to display in
	 * @return the distance in kilometres or miles
	 */
	public static double distance(double metres, UnitSystem system) {
		return switch (system) {
			case METRIC -> metres / 1000.0;
			case IMPERIAL -> metresToMiles(metres);
		};
	}

	/**
	 * Express a body mass in the unit of a unit system: kilograms or pounds.
	 * @param kilograms a mass in kilograms
	 * @param system the unit system to display in
	 * @return the mass in kilograms or pounds
	 */
	public static double mass(double kilograms, UnitSystem system) {
		return switch (system) {
			case METRIC -> kilograms;
			case IMPERIAL -> kilogramsToPounds(kilograms);
		};
	}

}
