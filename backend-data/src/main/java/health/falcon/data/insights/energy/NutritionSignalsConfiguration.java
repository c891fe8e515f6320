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
		return new NutritionSignal("calories-in", "calorie intake", "kcal", "kcal", repository);
	}

	@Bean
	DailySignal sodiumSignal(EnergyRepository repository) {
		return new NutritionSignal("sodium", "sodium intake", "mg", "sodiumMg", repository);
	}

	@Bean
	DailySignal sugarSignal(EnergyRepository repository) {
		return new NutritionSignal("sugar", "sugar intake", "g", "sugarG", repository);
	}

}
