package health.falcon.data.sleep;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.SleepSession;
import health.falcon.data.api.SleepSessionDetail;
import health.falcon.data.api.SleepSessionPage;
import health.falcon.data.api.SourceInfo;
import health.falcon.data.paging.InvalidParameterException;
import health.falcon.data.paging.ItemNotFoundException;
import health.falcon.data.paging.ListQuery;
import health.falcon.data.stored.SleepSessions;
import health.falcon.documents.sleep.SleepSessionsCollection;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link SleepService} and {@link SleepRepository} against mongo-java-server, with
 * sessions written as fitbit-service writes them ({@link SleepSessions}).
 */
@Import({ SleepRepository.class, SleepService.class })
class SleepServiceTests extends MongoSliceSupport {

	private static final ZoneOffset CET = ZoneOffset.ofHours(1);

	@Autowired
	private SleepService service;

	@Test
	void listsSessionsWithTheirStageMinutesAndProvenanceButWithoutTheTimeline() {
		String id = night("demo", 10);
		SleepSession session = this.service.sessions("demo", query(null, null, null, null)).items().get(0);
		assertThat(session).isEqualTo(new SleepSession(id, Instant.parse("2026-03-09T22:00:00Z"),
				Instant.parse("2026-03-10T07:00:00Z"), "+01:00", LocalDate.parse("2026-03-10"), true, 93, 360, 180,
				Map.of("deep", 180, "light", 180, "wake", 180),
				new SourceInfo("fitbit", "google-health", null, null, Instant.parse("2026-11-01T06:00:00Z"))));
	}

	@Test
	void answersTheDetailWithItsStageTimeline() {
		String id = night("demo", 10);
		SleepSessionDetail detail = this.service.session("demo", id);
		assertThat(detail.id()).isEqualTo(id);
		assertThat(detail.stageMinutes()).containsEntry("deep", 180);
		assertThat(detail.stages()).containsExactly(
				new SleepSessionDetail.Stage(Instant.parse("2026-03-09T22:00:00Z"), 10800, "light"),
				new SleepSessionDetail.Stage(Instant.parse("2026-03-10T01:00:00Z"), 10800, "deep"),
				new SleepSessionDetail.Stage(Instant.parse("2026-03-10T04:00:00Z"), 10800, "wake"));
	}

	@Test
	void answersAnotherUsersSessionAsNotFound() {
		String id = night("demo", 10);
		assertThatExceptionOfType(ItemNotFoundException.class).isThrownBy(() -> this.service.session("alex", id));
		assertThatExceptionOfType(ItemNotFoundException.class).isThrownBy(() -> this.service.session("demo", "demo:1"));
		assertThat(this.service.sessions("alex", query(null, null, null, null)).items()).isEmpty();
	}

	@Test
	void answersValuesFitbitDidNotReportAsNull() {
		String id = night("demo", 10);
		this.template.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set(SleepSessionsCollection.EFFICIENCY, null)
					.set(SleepSessionsCollection.MINUTES_AWAKE, null),
				SleepSessionsCollection.COLLECTION);
		SleepSession session = this.service.sessions("demo", query(null, null, null, null)).items().get(0);
		assertThat(session.efficiency()).isNull();
		assertThat(session.minutesAwake()).isNull();
		assertThat(session.minutesAsleep()).isEqualTo(360);
	}

	@Test
	void selectsByTheDateOfSleepAcrossTheAutumnDaylightSavingNightAndZones() {
		// Europe/Berlin falls back on 2026-10-25: 23:30 CEST on the 24th is 21:30 UTC,
		// and
		// the night of the 25th has 25 hours.
		String berlin = SleepSessions.write(this.template, "demo", Instant.parse("2026-10-24T21:30:00Z"), 540,
				ZoneOffset.ofHours(2), LocalDate.parse("2026-10-25"), SleepSessions.GOOGLE_HEALTH);
		// In Denver the night of the 25th starts at 22:00 MDT, already the 26th in UTC.
		String denver = SleepSessions.write(this.template, "demo", Instant.parse("2026-10-25T04:00:00Z"), 480,
				ZoneOffset.ofHours(-6), LocalDate.parse("2026-10-25"), SleepSessions.GOOGLE_HEALTH);
		SleepSessions.write(this.template, "demo", Instant.parse("2026-10-23T21:30:00Z"), 480, ZoneOffset.ofHours(2),
				LocalDate.parse("2026-10-24"), SleepSessions.GOOGLE_HEALTH);
		SleepSessions.write(this.template, "demo", Instant.parse("2026-10-25T22:30:00Z"), 480, CET,
				LocalDate.parse("2026-10-26"), SleepSessions.GOOGLE_HEALTH);
		SleepSessionPage page = this.service.sessions("demo", query("2026-10-25", "2026-10-25", null, null));
		assertThat(page.items()).extracting(SleepSession::id).containsExactly(denver, berlin);
		assertThat(page.items().get(1).offset()).isEqualTo("+02:00");
	}

	@Test
	void pagesThroughEverySessionOnceWhileNewerAndOlderOnesArrive() {
		for (int day = 10; day <= 14; day++) {
			night("demo", day);
		}
		SleepSessionPage first = this.service.sessions("demo", query(null, null, 2, null));
		night("demo", 20);
		night("demo", 2);
		List<String> seen = new ArrayList<>(ids(first));
		String cursor = first.nextCursor();
		while (cursor != null) {
			SleepSessionPage next = this.service.sessions("demo", query(null, null, 2, cursor));
			seen.addAll(ids(next));
			cursor = next.nextCursor();
		}
		assertThat(seen).doesNotHaveDuplicates().containsExactly(id(14), id(13), id(12), id(11), id(10), id(2));
	}

	@Test
	void refusesACursorOfAnotherUser() {
		night("demo", 10);
		night("demo", 11);
		String cursor = this.service.sessions("demo", query(null, null, 1, null)).nextCursor();
		assertThat(cursor).isNotNull();
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.service.sessions("alex", query(null, null, 1, cursor)));
	}

	private String night(String userId, int day) {
		return SleepSessions.write(this.template, userId, start(day), 540, CET, LocalDate.of(2026, 3, day),
				SleepSessions.GOOGLE_HEALTH);
	}

	private static Instant start(int day) {
		return LocalDate.of(2026, 3, day).atStartOfDay().minusHours(1).toInstant(CET);
	}

	private static String id(int day) {
		return SleepSessionsCollection.id("demo", start(day));
	}

	private static List<String> ids(SleepSessionPage page) {
		return page.items().stream().map(SleepSession::id).toList();
	}

	static ListQuery query(@Nullable String from, @Nullable String to, @Nullable Integer limit,
			@Nullable String cursor) {
		return new ListQuery((from != null) ? LocalDate.parse(from) : null, (to != null) ? LocalDate.parse(to) : null,
				limit, cursor);
	}

}
