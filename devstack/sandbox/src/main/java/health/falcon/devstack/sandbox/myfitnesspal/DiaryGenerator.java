package health.falcon.devstack.sandbox.myfitnesspal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.springframework.stereotype.Component;

/**
 * Draws each account's diary per day from the seed: 3 to 6 foods across the meals
 * (breakfast, lunch and dinner first), about one day in 15 empty and one in 8 left
 * incomplete; today is always incomplete, days outside the account's history are empty.
 */
@Component
class DiaryGenerator {

	private final long seed;

	private final MfpAccounts accounts;

	DiaryGenerator(MyFitnessPalProperties properties, MfpAccounts accounts) {
		this.seed = properties.data().seed();
		this.accounts = accounts;
	}

	DiaryDay day(MfpAccount account, LocalDate date, LocalDate today) {
		int ordinal = this.accounts.ordinal(account);
		SplittableRandom random = random(ordinal, date.toEpochDay());
		List<List<DiaryDay.Entry>> meals = new ArrayList<>();
		account.mealNames().forEach((name) -> meals.add(new ArrayList<>()));
		boolean inHistory = !date.isAfter(today) && date.isAfter(today.minusDays(account.historyDays()));
		boolean empty = !inHistory || random.nextInt(15) == 0;
		if (!empty) {
			int count = 3 + random.nextInt(4);
			for (int i = 0; i < count; i++) {
				int slot = (i < 3) ? i : random.nextInt(4);
				List<FoodCatalog.Food> foods = FoodCatalog.BY_SLOT.get(slot);
				FoodCatalog.Food food = foods.get(random.nextInt(foods.size()));
				double servings = (random.nextInt(4) == 0) ? 1.5 : 1.0;
				long id = date.toEpochDay() * 1000 + ordinal * 100L + i;
				String name = (servings == 1.0) ? food.name() : food.name() + " (1.5 servings)";
				meals.get(Math.min(slot, meals.size() - 1))
					.add(new DiaryDay.Entry(id, name, food.nutrition().times(servings)));
			}
		}
		List<DiaryDay.Meal> named = new ArrayList<>();
		for (int i = 0; i < meals.size(); i++) {
			named.add(new DiaryDay.Meal(account.mealNames().get(i), List.copyOf(meals.get(i))));
		}
		boolean complete = !empty && date.isBefore(today) && random.nextInt(8) != 0;
		int water = inHistory ? 750 + 250 * random.nextInt(8) : 0;
		return new DiaryDay(date, List.copyOf(named), complete, water);
	}

	private SplittableRandom random(int ordinal, long epochDay) {
		long mixed = this.seed * 0x9E3779B97F4A7C15L + (80L + ordinal) * 0xBF58476D1CE4E5B9L
				+ epochDay * 0x94D049BB133111EBL;
		return new SplittableRandom(mixed ^ (mixed >>> 31));
	}

}
