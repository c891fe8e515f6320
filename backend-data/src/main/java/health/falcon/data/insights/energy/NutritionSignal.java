package health.falcon.data.insights.energy;

import java.time.LocalDate;

import health.falcon.data.insights.DailySignal;
import health.falcon.data.insights.DailyValues;
import health.falcon.data.insights.InsightRequest;

/**
 * A nutrient's daily total as a {@link DailySignal}, read with the nutrition channel
 * precedence.
 */
final class NutritionSignal implements DailySignal {

	private final String name;

	private final String label;

	private final String unit;

	private final String field;

	private final EnergyRepository repository;

	NutritionSignal(String name, String label, String unit, String field, EnergyRepository repository) {
		this.name = name;
		this.label = label;
		this.unit = unit;
		this.field = field;
		this.repository = repository;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String label() {
		return this.label;
	}

	@Override
	public String unit() {
		return this.unit;
	}

	@Override
	public DailyValues values(InsightRequest request, LocalDate from, LocalDate to) {
		return this.repository.nutrient(request.userId(), this.field, from, to);
	}

}
