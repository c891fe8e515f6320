package health.falcon.devstack.sandbox.myfitnesspal;

import java.util.List;

/**
 * Foods the seeded diaries draw from, per meal slot (0 breakfast, 1 lunch, 2 dinner, 3
 * snacks or the account's fourth meal), named like MyFitnessPal database entries
 * ({@code Brand - Food, serving}) with realistic nutrients per serving.
 */
final class FoodCatalog {

	static final List<List<Food>> BY_SLOT = List.of(
			List.of(food("Quaker - Rolled Oats, 50 g", 190, 33, 3, 7, 2, 1),
					food("Generic - Banana, 1 medium (7\" to 7-7/8\" long)", 105, 27, 0, 1, 1, 14),
					food("Müller - Müllerlight Greek Style Yogurt, 1 pot (120 g)", 67, 9, 0, 6, 60, 8),
					food("Eggs - Scrambled, 2 large", 182, 2, 13, 12, 342, 2),
					food("Wholemeal Toast with Butter, 2 slices", 230, 30, 9, 8, 380, 3),
					food("Starbucks - Caffe Latte (Grande, 2% Milk), 1 cup", 190, 19, 7, 13, 170, 18)),
			List.of(food("Homemade - Chicken Caesar Salad, 1 bowl", 470, 14, 32, 34, 980, 4),
					food("Subway - Turkey Breast Sub (6\"), 1 sandwich", 280, 46, 3.5, 18, 810, 7),
					food("Lentil Soup, 1 cup (8 fl oz)", 230, 35, 3, 16, 1280, 5),
					food("Basmati Rice, cooked, 1 cup", 210, 46, 0.5, 4, 2, 0),
					food("Hummus & Carrot Sticks, 1 serving", 190, 18, 11, 6, 290, 5),
					food("Apple - Gala, 1 medium", 95, 25, 0, 0, 2, 19)),
			List.of(food("Salmon Fillet, baked, 150 g", 312, 0, 19, 34, 90, 0),
					food("Pasta Bolognese, 1 plate", 650, 78, 21, 34, 1120, 11),
					food("Roasted Vegetables, 1 cup", 120, 15, 6, 3, 240, 7),
					food("Margherita Pizza, 2 slices", 560, 66, 21, 24, 1340, 6),
					food("Chicken Tikka Masala with Rice, 1 portion", 710, 74, 27, 40, 1450, 9),
					food("Green Salad with Vinaigrette, 1 bowl", 90, 6, 7, 2, 160, 3)),
			List.of(food("Ben & Jerry's - Chocolate Fudge Brownie, 0.5 cup", 250, 32, 12, 4, 75, 23),
					food("Almonds, raw, 28 g", 164, 6, 14, 6, 0, 1),
					food("Protein Shake - Whey, 1 scoop in water", 120, 3, 1.5, 24, 130, 2),
					food("Dark Chocolate 70%, 20 g", 120, 9, 9, 2, 4, 5),
					food("KIND - Dark Chocolate Nuts & Sea Salt, 1 bar", 200, 16, 15, 6, 125, 5)));

	private FoodCatalog() {
	}

	private static Food food(String name, int calories, int carbs, double fat, int protein, int sodium, int sugar) {
		return new Food(name, new Nutrition(calories, carbs, (int) Math.round(fat), protein, sodium, sugar));
	}

	/**
	 * A catalogue entry.
	 *
	 * @param name display name
	 * @param nutrition per serving
	 */
	record Food(String name, Nutrition nutrition) {

	}

}
