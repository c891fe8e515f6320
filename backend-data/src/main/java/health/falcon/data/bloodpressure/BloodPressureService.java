package health.falcon.data.bloodpressure;

import health.falcon.data.api.BloodPressurePage;
import health.falcon.data.api.BloodPressureReading;
import health.falcon.data.api.MeasuredAt;
import health.falcon.data.paging.ListPages;
import health.falcon.data.paging.ListQuery;
import health.falcon.data.paging.Slice;
import health.falcon.data.stored.Sources;
import health.falcon.data.stored.StoredValues;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import org.bson.Document;

import org.springframework.stereotype.Service;

/**
 * Reads the user's blood-pressure readings and answers them as the contract's records.
 */
@Service
class BloodPressureService {

	private final BloodPressureRepository repository;

	BloodPressureService(BloodPressureRepository repository) {
		this.repository = repository;
	}

	/**
	 * Return a page of the user's readings, newest first.
	 * @param userId the owner (the token's subject)
	 * @param query the validated parameters
	 * @return the page, never {@code null}
	 * @throws health.falcon.data.paging.InvalidParameterException for a cursor this list
	 * did not hand out to this user
	 */
	BloodPressurePage readings(String userId, ListQuery query) {
		Slice<BloodPressureReading> page = ListPages.page(BloodPressureRepository.KEYSET, userId, query,
				this.repository::find, BloodPressureService::reading);
		return new BloodPressurePage(page.items(), page.nextCursor());
	}

	private static BloodPressureReading reading(Document stored) {
		MeasuredAt time = StoredValues.measuredAt(stored, BloodPressureCollection.TIME);
		if (time == null) {
			throw new IllegalStateException("A stored blood-pressure reading lacks its time");
		}
		return new BloodPressureReading(String.valueOf(stored.get(BloodPressureCollection.ID)), time,
				StoredValues.integer(stored, BloodPressureCollection.SYSTOLIC),
				StoredValues.integer(stored, BloodPressureCollection.DIASTOLIC),
				StoredValues.integer(stored, BloodPressureCollection.PULSE),
				Sources.fileInfo(stored, BloodPressureCollection.SOURCE));
	}

}
