package health.falcon.devstack.sandbox.myfitnesspal;

/**
 * The diary's nutrient columns, in the order MyFitnessPal shows them by default.
 *
 * @param calories kcal
 * @param carbs g
 * @param fat g
 * @param protein g
 * @param sodium mg
 * @param sugar g
 */
record Nutrition(int calories, int carbs, int fat, int protein, int sodium, int sugar) {

	static final Nutrition ZERO = new Nutrition(0, 0, 0, 0, 0, 0);

	Nutrition plus(Nutrition other) {
		return new Nutrition(this.calories + other.calories, this.carbs + other.carbs, this.fat + other.fat,
				this.protein + other.protein, this.sodium + other.sodium, this.sugar + other.sugar);
	}

	Nutrition minus(Nutrition other) {
		return new Nutrition(this.calories - other.calories, this.carbs - other.carbs, this.fat - other.fat,
				this.protein - other.protein, this.sodium - other.sodium, this.sugar - other.sugar);
	}

	Nutrition times(double factor) {
		return new Nutrition((int) Math.round(this.calories * factor), (int) Math.round(this.carbs * factor),
				(int) Math.round(this.fat * factor), (int) Math.round(this.protein * factor),
				(int) Math.round(this.sodium * factor), (int) Math.round(this.sugar * factor));
	}

	int[] values() {
		return new int[] { this.calories, this.carbs, this.fat, this.protein, this.sodium, this.sugar };
	}

}
