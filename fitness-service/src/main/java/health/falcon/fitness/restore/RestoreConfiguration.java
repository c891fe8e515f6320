package health.falcon.fitness.restore;

import health.falcon.documents.activities.ActivitiesCollection;
import health.falcon.fitness.activity.Activity;
import health.falcon.ingest.imports.ImportReader;
import health.falcon.ingest.imports.UploadLimits;
import health.falcon.ingest.restore.RestoreOnlyReader;
import health.falcon.ingest.restore.RestoredCollection;
import health.falcon.ingest.restore.RestoredIds;
import health.falcon.ingest.uploads.MultipartLimits;
import jakarta.servlet.MultipartConfigElement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What fitness-service restores of a {@code falcon-export} archive ({@code activities},
 * each id rebuilt with {@link Activity#id}), and the upload it is restored through:
 * {@code POST /api/connections/strava/imports} with the servlet multipart limits from
 * {@code falcon.fitness.restore.max-upload-size}.
 */
@Configuration(proxyBeanMethods = false)
class RestoreConfiguration {

	@Bean
	RestoredCollection restoredActivities() {
		return RestoredCollection.rebuildingId(ActivitiesCollection.COLLECTION,
				(document, userId) -> Activity.id(userId,
						RestoredIds.string(document, ActivitiesCollection.SOURCE_PROVIDER),
						RestoredIds.string(document, ActivitiesCollection.SOURCE_ID)));
	}

	@Bean
	ImportReader stravaRestoreReader(FitnessRestoreProperties properties) {
		return new RestoreOnlyReader("strava",
				UploadLimits.of(FitnessRestoreProperties.PREFIX, properties.maxUploadSize(), properties.workers(),
						properties.queueCapacity(), properties.maxConcurrentPerUser()));
	}

	@Bean
	MultipartConfigElement multipartConfigElement(FitnessRestoreProperties properties) {
		return MultipartLimits.of(properties.maxUploadSize());
	}

}
