package health.falcon.data.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import health.falcon.data.precedence.NutritionChannel;
import health.falcon.data.precedence.PrecedenceProperties;
import health.falcon.data.stored.Sources;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads the nutrition metrics from {@code nutrition_days} (writer: diet-service), one
 * document per user and local date holding the diary and the export channel side by side.
 * Per day and metric the first channel of {@link PrecedenceProperties#nutrition()} that
 * holds a value wins; the value names that channel's provenance, the other channel stays
 * as it is stored.
 */
@Repository
class NutritionMetricsRepository {

	private final MongoTemplate template;

	private final List<NutritionChannel> precedence;

	NutritionMetricsRepository(MongoTemplate template, PrecedenceProperties properties) {
		this.template = template;
		this.precedence = properties.nutrition();
	}

	/**
	 * Return the user's days of a nutrition metric between two local dates, in date
	 * order; a day no channel of the precedence list holds the metric for is left out.
	 * @param first the first local date, inclusive
	 * @param last the last local date, inclusive
	 */
	List<Reading> days(String userId, DailyMetric metric, LocalDate first, LocalDate last) {
		Query query = Query
			.query(Criteria.where(NutritionDaysCollection.USER_ID)
				.is(userId)
				.and(NutritionDaysCollection.DATE)
				.gte(first.toString())
				.lte(last.toString()))
			.with(Sort.by(NutritionDaysCollection.DATE));
		query.fields().include(NutritionDaysCollection.DATE);
		for (NutritionChannel channel : this.precedence) {
			String path = path(channel, metric);
			if (path != null) {
				query.fields().include(path, channel.source());
			}
		}
		List<Reading> days = new ArrayList<>();
		for (Document document : this.template.find(query, Document.class, NutritionDaysCollection.COLLECTION)) {
			Reading day = winner(document, metric);
			if (day != null) {
				days.add(day);
			}
		}
		return days;
	}

	/**
	 * The fields that tell whether the user has a nutrition metric in any channel.
	 */
	static String[] paths(DailyMetric metric) {
		return List.of(NutritionChannel.values())
			.stream()
			.map((channel) -> path(channel, metric))
			.filter((path) -> path != null)
			.toArray(String[]::new);
	}

	private @Nullable Reading winner(Document document, DailyMetric metric) {
		for (NutritionChannel channel : this.precedence) {
			String path = path(channel, metric);
			Object value = (path != null) ? document.getEmbedded(List.of(path.split("\\.")), Object.class) : null;
			if (value instanceof Number number) {
				Document source = document.getEmbedded(List.of(channel.source().split("\\.")), Document.class);
				return Reading.daily(LocalDate.parse(document.getString(NutritionDaysCollection.DATE)),
						number.doubleValue(), Sources.name(source));
			}
		}
		return null;
	}

	private static @Nullable String path(NutritionChannel channel, DailyMetric metric) {
		return (metric == DailyMetric.WATER) ? channel.water() : channel.total(metric.field());
	}

}
