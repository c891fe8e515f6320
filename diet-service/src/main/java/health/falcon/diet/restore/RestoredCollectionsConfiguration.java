package health.falcon.diet.restore;

import health.falcon.documents.body.BodyMeasurementsCollection;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import health.falcon.ingest.restore.RestoredCollection;
import health.falcon.ingest.restore.RestoredIds;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What diet-service restores of a {@code falcon-export} archive: the collections it
 * writes, each id rebuilt for the new owner with health-documents' id helpers.
 */
@Configuration(proxyBeanMethods = false)
class RestoredCollectionsConfiguration {

	@Bean
	RestoredCollection restoredNutritionDays() {
		return RestoredCollection.rebuildingId(NutritionDaysCollection.COLLECTION,
				(document, userId) -> NutritionDaysCollection.id(userId,
						RestoredIds.date(document, NutritionDaysCollection.DATE)));
	}

	@Bean
	RestoredCollection restoredBodyMeasurements() {
		return RestoredCollection.rebuildingId(BodyMeasurementsCollection.COLLECTION,
				(document, userId) -> BodyMeasurementsCollection.id(userId,
						RestoredIds.date(document, BodyMeasurementsCollection.DATE)));
	}

}
