package health.falcon.diet.nutrition;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import health.falcon.documents.body.BodyMeasurementsCollection;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code body_measurements} collection: one document per user and local date
 * ({@code _id} {@code <userId>/<YYYY-MM-DD>}, {@code userId}, {@code date},
 * {@code weightKg}, {@code bodyFatPct}, {@code source}), written as bulk upserts.
 */
@Repository
public class BodyMeasurementStore {

	private final MongoCollection<Document> measurements;

	public BodyMeasurementStore(MongoTemplate mongo) {
		this.measurements = mongo.getCollection(BodyMeasurementsCollection.COLLECTION);
		BodyMeasurementsCollection.indexes()
			.forEach(mongo.indexOps(BodyMeasurementsCollection.COLLECTION)::createIndex);
	}

	/**
	 * Store measurements, replacing earlier ones of the same user and date.
	 */
	public void save(List<BodyMeasurement> measurements) {
		List<WriteModel<Document>> writes = new ArrayList<>();
		for (BodyMeasurement m : measurements) {
			String date = m.date().toString();
			Document fields = new Document(BodyMeasurementsCollection.USER_ID, m.userId())
				.append(BodyMeasurementsCollection.DATE, date)
				.append(BodyMeasurementsCollection.WEIGHT_KG, m.weightKg())
				.append(BodyMeasurementsCollection.BODY_FAT_PCT, m.bodyFatPct())
				.append("source", NutritionDayStore.source(m.source()));
			writes.add(new UpdateOneModel<>(Filters.eq(BodyMeasurementsCollection.ID, m.userId() + "/" + date),
					new Document("$set", fields), new UpdateOptions().upsert(true)));
		}
		if (!writes.isEmpty()) {
			this.measurements.bulkWrite(writes);
		}
	}

}
