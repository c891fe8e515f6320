package health.falcon.data.body;

import java.time.LocalDate;

import health.falcon.data.api.BodyMeasurement;
import health.falcon.data.api.BodyMeasurementPage;
import health.falcon.data.paging.ListPages;
import health.falcon.data.paging.ListQuery;
import health.falcon.data.paging.Slice;
import health.falcon.data.stored.Sources;
import health.falcon.data.stored.StoredValues;
import health.falcon.documents.body.BodyMeasurementsCollection;
import org.bson.Document;

import org.springframework.stereotype.Service;

/**
 * Reads the user's body measurements and answers them as the contract's records.
 */
@Service
class BodyService {

	private final BodyRepository repository;

	BodyService(BodyRepository repository) {
		this.repository = repository;
	}

	/**
	 * Return a page of the user's measurements, newest first.
	 * @param userId the owner (the token's subject)
	 * @param query the validated parameters
	 * @return the page, never {@code null}
	 * @throws health.falcon.data.paging.InvalidParameterException for a cursor this list
	 * did not hand out to this user
	 */
	BodyMeasurementPage measurements(String userId, ListQuery query) {
		Slice<BodyMeasurement> page = ListPages.page(BodyRepository.KEYSET, userId, query, this.repository::find,
				BodyService::measurement);
		return new BodyMeasurementPage(page.items(), page.nextCursor());
	}

	private static BodyMeasurement measurement(Document stored) {
		return new BodyMeasurement(String.valueOf(stored.get(BodyMeasurementsCollection.ID)),
				LocalDate.parse(String.valueOf(stored.get(BodyMeasurementsCollection.DATE))),
				StoredValues.decimal(stored, BodyMeasurementsCollection.WEIGHT_KG),
				StoredValues.decimal(stored, BodyMeasurementsCollection.BODY_FAT_PCT),
				Sources.info(stored, BodyMeasurementsCollection.SOURCE));
	}

}
