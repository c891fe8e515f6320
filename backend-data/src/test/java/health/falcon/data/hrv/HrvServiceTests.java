package health.falcon.data.hrv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.HrvRecording;
import health.falcon.data.api.HrvRecordingDetail;
import health.falcon.data.api.HrvRecordingPage;
import health.falcon.data.api.MeasuredAt;
import health.falcon.data.api.SourceInfo;
import health.falcon.data.paging.InvalidParameterException;
import health.falcon.data.paging.ItemNotFoundException;
import health.falcon.data.paging.ListQuery;
import health.falcon.data.stored.HrvRecordings;
import health.falcon.documents.hrv.HrvRecordingsCollection;
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
 * {@link HrvService} and {@link HrvRepository} against mongo-java-server, with recordings
 * written as dropbox-ingest writes them ({@link HrvRecordings}).
 */
@Import({ HrvRepository.class, HrvService.class })
class HrvServiceTests extends MongoSliceSupport {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	private HrvService service;

	@Test
	void listsRecordingsWithTheirMetricsButWithoutTheRrSeries() {
		String id = HrvRecordings.write(this.template, "demo", "9f86", Instant.parse("2026-03-10T06:30:00Z"), BERLIN,
				null);
		HrvRecording recording = this.service.recordings("demo", query(null, null, null, null)).items().get(0);
		assertThat(recording).isEqualTo(new HrvRecording(id,
				new MeasuredAt(Instant.parse("2026-03-10T06:30:00Z"), LocalDate.parse("2026-03-10"), "+01:00",
						"Europe/Berlin", false),
				new MeasuredAt(Instant.parse("2026-03-10T06:35:00Z"), LocalDate.parse("2026-03-10"), "+01:00",
						"Europe/Berlin", false),
				300, 2, 0.7, "morning",
				List.of(new HrvRecording.Metric("RMSSD", 42.1), new HrvRecording.Metric("LF/HF", null)),
				new HrvRecording.Recomputed(51.2, 42.0, 21.5), false, List.of(),
				new SourceInfo("dropbox", "upload", "cardiomood.txt", "CARDIOMOOD", null)));
	}

	@Test
	void answersTheDetailWithItsRrSeries() {
		String id = HrvRecordings.write(this.template, "demo", "9f86", Instant.parse("2026-03-10T06:30:00Z"), BERLIN,
				null);
		HrvRecordingDetail detail = this.service.recording("demo", id);
		assertThat(detail.metrics()).hasSize(2);
		assertThat(detail.rr()).isEqualTo(new HrvRecordingDetail.RrSeries(List.of(1, 2, 3), List.of(0L, 850L, 1720L),
				List.of(850, 870, 860), List.of(71, 69, 70)));
	}

	@Test
	void answersAnotherUsersRecordingAndADeletedFilesAsNotFound() {
		String id = HrvRecordings.write(this.template, "demo", "9f86", Instant.parse("2026-03-10T06:30:00Z"), BERLIN,
				"id:file");
		assertThatExceptionOfType(ItemNotFoundException.class).isThrownBy(() -> this.service.recording("alex", id));
		assertThat(this.service.recordings("alex", query(null, null, null, null)).items()).isEmpty();
		this.template.updateMulti(Query.query(Criteria.where("source.dropboxId").is("id:file")),
				new Update().set("source.deleted", true), HrvRecordingsCollection.COLLECTION);
		assertThatExceptionOfType(ItemNotFoundException.class).isThrownBy(() -> this.service.recording("demo", id));
		assertThat(this.service.recordings("demo", query(null, null, null, null)).items()).isEmpty();
	}

	@Test
	void selectsByTheLocalDateOfTheStartOnTheSpringForwardDayAndInOtherZones() {
		// 00:30 CET on 2026-03-29 is 23:30 UTC on the 28th; 01:00 in Tokyo on the 29th is
		// 16:00 UTC on the 28th; 21:00 MDT in Denver on the 28th is 03:00 UTC on the
		// 29th.
		String berlin = write("a", Instant.parse("2026-03-28T23:30:00Z"), BERLIN);
		String tokyo = write("b", Instant.parse("2026-03-28T16:00:00Z"), ZoneId.of("Asia/Tokyo"));
		write("c", Instant.parse("2026-03-29T03:00:00Z"), ZoneId.of("America/Denver"));
		HrvRecordingPage page = this.service.recordings("demo", query("2026-03-29", "2026-03-29", null, null));
		assertThat(page.items()).extracting(HrvRecording::id).containsExactly(berlin, tokyo);
	}

	@Test
	void pagesThroughEveryRecordingOnceWhileNewerAndOlderOnesArrive() {
		List<String> existing = new ArrayList<>();
		for (int day = 14; day >= 10; day--) {
			existing.add(write("d" + day, morning(day), BERLIN));
		}
		HrvRecordingPage first = this.service.recordings("demo", query(null, null, 2, null));
		write("new", morning(20), BERLIN);
		String older = write("old", morning(2), BERLIN);
		List<String> seen = new ArrayList<>(ids(first));
		String cursor = first.nextCursor();
		while (cursor != null) {
			HrvRecordingPage next = this.service.recordings("demo", query(null, null, 2, cursor));
			seen.addAll(ids(next));
			cursor = next.nextCursor();
		}
		List<String> expected = new ArrayList<>(existing);
		expected.add(older);
		assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
	}

	@Test
	void refusesACursorOfAnotherUser() {
		write("a", morning(10), BERLIN);
		write("b", morning(11), BERLIN);
		String cursor = this.service.recordings("demo", query(null, null, 1, null)).nextCursor();
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.service.recordings("alex", query(null, null, 1, cursor)));
	}

	private String write(String sha256, Instant start, ZoneId zone) {
		return HrvRecordings.write(this.template, "demo", sha256, start, zone, null);
	}

	private static Instant morning(int day) {
		return LocalDate.of(2026, 3, day).atTime(7, 0).atZone(BERLIN).toInstant();
	}

	private static List<String> ids(HrvRecordingPage page) {
		return page.items().stream().map(HrvRecording::id).toList();
	}

	private static ListQuery query(@Nullable String from, @Nullable String to, @Nullable Integer limit,
			@Nullable String cursor) {
		return new ListQuery((from != null) ? LocalDate.parse(from) : null, (to != null) ? LocalDate.parse(to) : null,
				limit, cursor);
	}

}
