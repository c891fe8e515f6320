package health.falcon.dropbox.restore;

import health.falcon.documents.MeasurementTimeFields;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import health.falcon.ingest.restore.RestoredCollection;
import health.falcon.ingest.restore.RestoredIds;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What dropbox-ingest restores of a {@code falcon-export} archive: the collections it
 * writes, each id rebuilt for the new owner as its stores build it
 * ({@code BloodPressureStore}: {@code <userId>:<instant>:<file sha256>:<line>};
 * {@code HrvRecordingStore}: {@code <userId>:<file sha256>}).
 */
@Configuration(proxyBeanMethods = false)
class RestoredCollectionsConfiguration {

	@Bean
	RestoredCollection restoredBloodPressure() {
		return RestoredCollection.rebuildingId(BloodPressureCollection.COLLECTION,
				(document, userId) -> userId + ":"
						+ RestoredIds.instant(document,
								BloodPressureCollection.TIME + "." + MeasurementTimeFields.INSTANT)
						+ ":" + RestoredIds.string(document, BloodPressureCollection.SOURCE + ".sha256") + ":"
						+ RestoredIds.number(document, BloodPressureCollection.SOURCE + ".line"));
	}

	@Bean
	RestoredCollection restoredHrvRecordings() {
		return RestoredCollection.rebuildingId(HrvRecordingsCollection.COLLECTION, (document, userId) -> userId + ":"
				+ RestoredIds.string(document, HrvRecordingsCollection.SOURCE + ".sha256"));
	}

}
