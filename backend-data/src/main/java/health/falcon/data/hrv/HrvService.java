package health.falcon.data.hrv;

import java.util.List;

import health.falcon.data.api.HrvRecording;
import health.falcon.data.api.HrvRecordingDetail;
import health.falcon.data.api.HrvRecordingPage;
import health.falcon.data.api.MeasuredAt;
import health.falcon.data.paging.ItemNotFoundException;
import health.falcon.data.paging.ListPages;
import health.falcon.data.paging.ListQuery;
import health.falcon.data.paging.Slice;
import health.falcon.data.stored.Sources;
import health.falcon.data.stored.StoredValues;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Reads the user's HRV recordings and answers them as the contract's records.
 */
@Service
class HrvService {

	private final HrvRepository repository;

	HrvService(HrvRepository repository) {
		this.repository = repository;
	}

	/**
	 * Return a page of the user's recordings, newest first, without RR series.
	 * @param userId the owner (the token's subject)
	 * @param query the validated parameters
	 * @return the page, never {@code null}
	 * @throws health.falcon.data.paging.InvalidParameterException for a cursor this list
	 * did not hand out to this user
	 */
	HrvRecordingPage recordings(String userId, ListQuery query) {
		Slice<HrvRecording> page = ListPages.page(HrvRepository.KEYSET, userId, query, this.repository::find,
				HrvService::recording);
		return new HrvRecordingPage(page.items(), page.nextCursor());
	}

	/**
	 * Return one of the user's recordings with its RR series.
	 * @throws ItemNotFoundException when the user has no recording with this id
	 */
	HrvRecordingDetail recording(String userId, String id) {
		Document stored = this.repository.findOne(userId, id);
		if (stored == null) {
			throw new ItemNotFoundException("HRV recording");
		}
		HrvRecording recording = recording(stored);
		Document rr = StoredValues.document(stored, HrvRecordingsCollection.RR);
		HrvRecordingDetail.RrSeries series = new HrvRecordingDetail.RrSeries(
				StoredValues.numbers(rr, "n", Number::intValue),
				StoredValues.numbers(rr, "timestampMs", Number::longValue),
				StoredValues.numbers(rr, "rrMs", Number::intValue), StoredValues.numbers(rr, "bpm", Number::intValue));
		return new HrvRecordingDetail(recording.id(), recording.start(), recording.end(), recording.intervals(),
				recording.artifacts(), recording.artifactsPercent(), recording.tag(), recording.metrics(),
				recording.recomputed(), recording.disagrees(), recording.disagreements(), recording.source(), series);
	}

	private static HrvRecording recording(Document stored) {
		MeasuredAt start = StoredValues.measuredAt(stored, HrvRecordingsCollection.START);
		if (start == null) {
			throw new IllegalStateException("A stored HRV recording lacks its start");
		}
		List<HrvRecording.Metric> metrics = StoredValues.documents(stored, HrvRecordingsCollection.METRICS)
			.stream()
			.map((metric) -> new HrvRecording.Metric(String.valueOf(metric.get("name")),
					StoredValues.decimal(metric, "value")))
			.toList();
		List<String> disagreements = StoredValues.strings(stored, HrvRecordingsCollection.DISAGREEMENTS);
		return new HrvRecording(String.valueOf(stored.get(HrvRecordingsCollection.ID)), start,
				StoredValues.measuredAt(stored, HrvRecordingsCollection.END),
				StoredValues.integer(stored, HrvRecordingsCollection.INTERVALS),
				StoredValues.integer(stored, HrvRecordingsCollection.ARTIFACTS),
				StoredValues.decimal(stored, HrvRecordingsCollection.ARTIFACTS_PERCENT),
				StoredValues.string(stored, HrvRecordingsCollection.TAG), metrics,
				recomputed(StoredValues.document(stored, HrvRecordingsCollection.RECOMPUTED)),
				Boolean.TRUE.equals(StoredValues.bool(stored, HrvRecordingsCollection.DISAGREES)), disagreements,
				Sources.fileInfo(stored, HrvRecordingsCollection.SOURCE));
	}

	private static HrvRecording.@Nullable Recomputed recomputed(@Nullable Document recomputed) {
		if (recomputed == null) {
			return null;
		}
		return new HrvRecording.Recomputed(StoredValues.decimal(recomputed, "sdnn"),
				StoredValues.decimal(recomputed, "rmssd"), StoredValues.decimal(recomputed, "pnn50"));
	}

}
