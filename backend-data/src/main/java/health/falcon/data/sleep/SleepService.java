package health.falcon.data.sleep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.falcon.data.api.SleepSession;
import health.falcon.data.api.SleepSessionDetail;
import health.falcon.data.api.SleepSessionPage;
import health.falcon.data.api.SourceInfo;
import health.falcon.data.paging.ItemNotFoundException;
import health.falcon.data.paging.ListPages;
import health.falcon.data.paging.ListQuery;
import health.falcon.data.paging.Slice;
import health.falcon.data.stored.StoredValues;
import health.falcon.documents.Provenance;
import health.falcon.documents.sleep.SleepSessionsCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Reads the user's sleep sessions and answers them as the contract's records.
 */
@Service
class SleepService {

	private final SleepRepository repository;

	SleepService(SleepRepository repository) {
		this.repository = repository;
	}

	/**
	 * Return a page of the user's sessions, newest first.
	 * @param userId the owner (the token's subject)
	 * @param query the validated parameters
	 * @return the page, never {@code null}
	 * @throws health.falcon.data.paging.InvalidParameterException for a cursor this list
	 * did not hand out to this user
	 */
	SleepSessionPage sessions(String userId, ListQuery query) {
		Slice<SleepSession> page = ListPages.page(SleepRepository.KEYSET, userId, query, this.repository::find,
				SleepService::session);
		return new SleepSessionPage(page.items(), page.nextCursor());
	}

	/**
	 * Return one of the user's sessions with its stage timeline.
	 * @throws ItemNotFoundException when the user has no session with this id
	 */
	SleepSessionDetail session(String userId, String id) {
		Document stored = this.repository.findOne(userId, id);
		if (stored == null) {
			throw new ItemNotFoundException("sleep session");
		}
		SleepSession session = session(stored);
		List<SleepSessionDetail.Stage> stages = StoredValues.documents(stored, SleepSessionsCollection.STAGES)
			.stream()
			.map(SleepService::stage)
			.toList();
		return new SleepSessionDetail(session.id(), session.start(), session.end(), session.offset(),
				session.dateOfSleep(), session.mainSleep(), session.efficiency(), session.minutesAsleep(),
				session.minutesAwake(), session.stageMinutes(), session.source(), stages);
	}

	private static SleepSession session(Document stored) {
		Map<String, Integer> stageMinutes = new LinkedHashMap<>();
		Map<String, Double> amounts = StoredValues.amounts(stored, SleepSessionsCollection.STAGE_MINUTES);
		if (amounts != null) {
			amounts.forEach((level, minutes) -> stageMinutes.put(level, minutes.intValue()));
		}
		return new SleepSession(String.valueOf(stored.get(SleepSessionsCollection.ID)),
				required(StoredValues.instant(stored, SleepSessionsCollection.START)),
				required(StoredValues.instant(stored, SleepSessionsCollection.END)),
				String.valueOf(stored.get(SleepSessionsCollection.OFFSET)),
				LocalDate.parse(String.valueOf(stored.get(SleepSessionsCollection.DATE_OF_SLEEP))),
				Boolean.TRUE.equals(StoredValues.bool(stored, SleepSessionsCollection.MAIN_SLEEP)),
				StoredValues.integer(stored, SleepSessionsCollection.EFFICIENCY),
				StoredValues.integer(stored, SleepSessionsCollection.MINUTES_ASLEEP),
				StoredValues.integer(stored, SleepSessionsCollection.MINUTES_AWAKE), stageMinutes,
				source(StoredValues.document(stored, SleepSessionsCollection.SOURCE)));
	}

	private static SleepSessionDetail.Stage stage(Document stage) {
		Integer seconds = StoredValues.integer(stage, SleepSessionsCollection.STAGE_SECONDS);
		return new SleepSessionDetail.Stage(required(StoredValues.instant(stage, SleepSessionsCollection.STAGE_START)),
				(seconds != null) ? seconds : 0, String.valueOf(stage.get(SleepSessionsCollection.STAGE_LEVEL)));
	}

	/**
	 * The Fitbit provenance: the channel is the source id up to its first colon
	 * ({@code google-health:sleep} is {@code google-health}, {@code export} is
	 * {@code export}).
	 */
	private static @Nullable SourceInfo source(@Nullable Document source) {
		String provider = StoredValues.string(source, Provenance.PROVIDER);
		if (provider == null) {
			return null;
		}
		String sourceId = StoredValues.string(source, Provenance.SOURCE_ID);
		int colon = (sourceId != null) ? sourceId.indexOf(':') : -1;
		String channel = (colon > 0) ? sourceId.substring(0, colon) : sourceId;
		return new SourceInfo(provider, channel, null, null, StoredValues.instant(source, Provenance.RECEIVED_AT));
	}

	private static Instant required(@Nullable Instant instant) {
		if (instant == null) {
			throw new IllegalStateException("A stored sleep session lacks a time");
		}
		return instant;
	}

}
