package health.falcon.diet.export;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import health.falcon.diet.mfpexport.WeightUnit;
import health.falcon.model.UnitSystem;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The weight unit of a user's account, read from {@code user_settings} ({@code _id} =
 * user id, {@code units}: {@code metric} or {@code imperial}); metric when there is no
 * setting.
 */
@Component
class UserUnits {

	private final MongoCollection<Document> settings;

	UserUnits(MongoTemplate mongo) {
		this.settings = mongo.getCollection("user_settings");
	}

	WeightUnit weightUnitOf(String userId) {
		Document settings = this.settings.find(Filters.eq("_id", userId)).first();
		Object units = (settings != null) ? settings.get("units") : null;
		boolean imperial = (units instanceof String value) && UnitSystem.isValid(value)
				&& UnitSystem.fromValue(value) == UnitSystem.IMPERIAL;
		return imperial ? WeightUnit.POUNDS : WeightUnit.KILOGRAMS;
	}

}
