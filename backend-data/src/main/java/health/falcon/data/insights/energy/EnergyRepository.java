package health.falcon.data.insights.energy;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import health.falcon.data.insights.DailyValues;
import health.falcon.data.precedence.NutritionChannel;
import health.falcon.data.precedence.PrecedenceProperties;
import health.falcon.data.stored.Sources;
import health.falcon.data.stored.StoredValues;
import health.falcon.documents.body.BodyMeasurementsCollection;
import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads one value per local date for the energy balance: a nutrient from
 * {@code nutrition_days} (diet-service; per day the first channel of
 * {@code falcon.data.precedence.nutrition} that holds it), the energy spent from
 * {@code daily_activity} (fitbit-service, {@code totalKcal}) and the weight from
 * {@code body_measurements} (diet-service). A day without the value has no entry.
 */
@Repository
class EnergyRepository {

	private final MongoTemplate template;

	private final List<NutritionChannel> precedence;

	EnergyRepository(MongoTemplate template, PrecedenceProperties properties) {
		this.template = template;
		this.precedence = properties.nutrition();
	}

	/**
	 * Read a nutrient's daily totals.
	 * @param field the stored total, {@code kcal}, {@code sodiumMg}, {@code sugarG}
	 */
	DailyValues nutrient(String userId, String field, LocalDate from, LocalDate to) {
		Query query = range(NutritionDaysCollection.USER_ID, userId, NutritionDaysCollection.DATE, from, to);
		query.fields().include(NutritionDaysCollection.DATE);
		this.precedence.forEach((channel) -> query.fields().include(channel.total(field), channel.source()));
		SortedMap<LocalDate, Double> values = new TreeMap<>();
		Set<String> sources = new LinkedHashSet<>();
		for (Document day : this.template.find(query, Document.class, NutritionDaysCollection.COLLECTION)) {
			LocalDate date = StoredValues.date(day, NutritionDaysCollection.DATE);
			for (NutritionChannel channel : this.precedence) {
				Double value = StoredValues.decimal(StoredValues.nested(day, channel.total(field)));
				if (date != null && value != null) {
					values.put(date, value);
					addSource(sources, Sources.name(document(day, channel.source())));
					break;
				}
			}
		}
		return new DailyValues(values, List.copyOf(sources));
	}

	/**
	 * Read the energy spent per day ({@code totalKcal}: basal and active).
	 */
	DailyValues caloriesOut(String userId, LocalDate from, LocalDate to) {
		return daily(DailyActivityCollection.COLLECTION, DailyActivityCollection.USER_ID, userId,
				DailyActivityCollection.LOCAL_DATE, DailyActivityCollection.TOTAL_KCAL, DailyActivityCollection.SOURCE,
				from, to);
	}

	/**
	 * Read the weigh-ins in kilograms.
	 */
	DailyValues weights(String userId, LocalDate from, LocalDate to) {
		return daily(BodyMeasurementsCollection.COLLECTION, BodyMeasurementsCollection.USER_ID, userId,
				BodyMeasurementsCollection.DATE, BodyMeasurementsCollection.WEIGHT_KG,
				BodyMeasurementsCollection.SOURCE, from, to);
	}

	private DailyValues daily(String collection, String userField, String userId, String dateField, String field,
			String sourceField, LocalDate from, LocalDate to) {
		Query query = range(userField, userId, dateField, from, to);
		query.fields().include(dateField, field, sourceField);
		SortedMap<LocalDate, Double> values = new TreeMap<>();
		Set<String> sources = new LinkedHashSet<>();
		for (Document day : this.template.find(query, Document.class, collection)) {
			LocalDate date = StoredValues.date(day, dateField);
			Double value = StoredValues.decimal(day, field);
			if (date != null && value != null) {
				values.put(date, value);
				addSource(sources, Sources.name(StoredValues.document(day, sourceField)));
			}
		}
		return new DailyValues(values, List.copyOf(sources));
	}

	private static Query range(String userField, String userId, String dateField, LocalDate from, LocalDate to) {
		return Query.query(Criteria.where(userField).is(userId).and(dateField).gte(from.toString()).lte(to.toString()))
			.with(Sort.by(dateField));
	}

	private static @Nullable Document document(Document day, String path) {
		return (StoredValues.nested(day, path) instanceof Document source) ? source : null;
	}

	private static void addSource(Set<String> sources, @Nullable String source) {
		if (source != null) {
			sources.add(source);
		}
	}

}
