package health.falcon.data.stored;

import java.time.LocalDate;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import health.falcon.documents.body.BodyMeasurementsCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes {@code body_measurements} exactly as diet-service's
 * {@code BodyMeasurementStore.save} does: a bulk {@code $set} upsert of
 * {@code <userId>/<YYYY-MM-DD>}.
 */
public final class BodyMeasurements {

	private BodyMeasurements() {
	}

	/**
	 * Store a day's measurement from an export file.
	 */
	public static void write(MongoTemplate template, String userId, LocalDate date, @Nullable Double weightKg,
			@Nullable Double bodyFatPct) {
		Document fields = new Document(BodyMeasurementsCollection.USER_ID, userId)
			.append(BodyMeasurementsCollection.DATE, date.toString())
			.append(BodyMeasurementsCollection.WEIGHT_KG, weightKg)
			.append(BodyMeasurementsCollection.BODY_FAT_PCT, bodyFatPct)
			.append(BodyMeasurementsCollection.SOURCE,
					new Document("provider", "myfitnesspal").append("channel", "export")
						.append("file", "Measurement-Summary.csv"));
		template.getCollection(BodyMeasurementsCollection.COLLECTION)
			.bulkWrite(List.of(new UpdateOneModel<>(
					Filters.eq(BodyMeasurementsCollection.ID, BodyMeasurementsCollection.id(userId, date)),
					new Document("$set", fields), new UpdateOptions().upsert(true))));
	}

}
