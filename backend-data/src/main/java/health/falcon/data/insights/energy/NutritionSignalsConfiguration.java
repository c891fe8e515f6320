package health.falcon.data.insights.energy;

import health.falcon.data.insights.DailySignal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nutrition signals this kind publishes for the correlations: {@code calories-in}
 * (kcal), {@code sodium} (mg) and {@code sugar} (g). MyFitnessPal records no alcohol, so
 * there is no alcohol signal.
 */
@Configuration(proxyBeanMethods = false)
class NutritionSignalsConfiguration {

	@Bean
	DailySignal caloriesInSignal(EnergyRepository repository) {
		return nutrient("calories-in", "calorie intake", "kcal", "kcal", repository);
	}

	@Bean
	DailySignal sodiumSignal(EnergyRepository repository) {
		return nutrient("sodium", "sodium intake", "mg", "sodiumMg", repository);
	}

	@Bean
	DailySignal sugarSignal(EnergyRepository repository) {
		return nutrient("sugar", "sugar intake", "g", "sugarG", repository);
	}

	private static DailySignal nutrient(String name, String label, String unit, String field,
			EnergyRepository repository) {
		return DailySignal.of(name, label, unit,
				(request, from, to) -> repository.nutrient(request.userId(), field, from, to));
	}

}
