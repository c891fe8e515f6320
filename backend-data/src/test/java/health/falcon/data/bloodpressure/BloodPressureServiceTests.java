package health.falcon.data.bloodpressure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.BloodPressurePage;
import health.falcon.data.api.BloodPressureReading;
import health.falcon.data.api.MeasuredAt;
import health.falcon.data.api.SourceInfo;
import health.falcon.data.paging.InvalidParameterException;
import health.falcon.data.paging.ListQuery;
import health.falcon.data.stored.BloodPressureReadings;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
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
 * {@link BloodPressureService} and {@link BloodPressureRepository} against
 * mongo-java-server, with readings written as dropbox-ingest writes them
 * ({@link BloodPressureReadings}).
 */
@Import({ BloodPressureRepository.class, BloodPressureService.class })
class BloodPressureServiceTests extends MongoSliceSupport {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId DENVER = ZoneId.of("America/Denver");

	@Autowired
	private BloodPressureService service;

	@Test
	void listsReadingsWithTheirTimeAndFile() {
		String id = BloodPressureReadings.write(this.template, "demo", Instant.parse("2026-03-10T06:30:00Z"), BERLIN,
				128, 82, 64, 2);
		assertThat(this.service.readings("demo", query(null, null, null, null)).items())
			.containsExactly(new BloodPressureReading(id,
					new MeasuredAt(Instant.parse("2026-03-10T06:30:00Z"), LocalDate.parse("2026-03-10"), "+01:00",
							"Europe/Berlin", false),
					128, 82, 64, new SourceInfo("dropbox", "upload", "omron.csv", "OMRON_CONNECT", null)));
	}

	@Test
	void answersAMissingPulseAsNull() {
		BloodPressureReadings.write(this.template, "demo", Instant.parse("2026-03-10T06:30:00Z"), BERLIN, 128, 82, null,
				2);
		assertThat(this.service.readings("demo", query(null, null, null, null)).items().get(0).pulse()).isNull();
	}

	@Test
	void leavesOutTheRowsOfAFileDeletedInDropboxAndNamesTheChannel() {
		String kept = BloodPressureReadings.write(this.template, "demo", Instant.parse("2026-03-10T06:30:00Z"), BERLIN,
				128, 82, 64, 2, "id:kept");
		BloodPressureReadings.write(this.template, "demo", Instant.parse("2026-03-11T06:30:00Z"), BERLIN, 130, 85, 66,
				3, "id:gone");
		this.template.updateMulti(Query.query(Criteria.where("source.dropboxId").is("id:gone")),
				new Update().set("source.deleted", true).set("source.deletedAt", new Date()),
				BloodPressureCollection.COLLECTION);
		List<BloodPressureReading> items = this.service.readings("demo", query(null, null, null, null)).items();
		assertThat(items).extracting(BloodPressureReading::id).containsExactly(kept);
		assertThat(items.get(0).source().channel()).isEqualTo("dropbox");
	}

	@Test
	void selectsByTheLocalDateWhereTheReadingWasTakenOnTheSpringForwardDay() {
		// Berlin springs forward on 2026-03-29: 00:30 CET is 23:30 UTC on the 28th, 03:30
		// CEST is 01:30 UTC; in Denver 21:00 MDT on the 28th is already the 29th in UTC.
		String beforeSwitch = write(Instant.parse("2026-03-28T23:30:00Z"), BERLIN, 1);
		String afterSwitch = write(Instant.parse("2026-03-29T01:30:00Z"), BERLIN, 2);
		write(Instant.parse("2026-03-29T03:00:00Z"), DENVER, 3);
		write(Instant.parse("2026-03-29T22:30:00Z"), BERLIN, 4);
		BloodPressurePage page = this.service.readings("demo", query("2026-03-29", "2026-03-29", null, null));
		assertThat(page.items()).extracting(BloodPressureReading::id).containsExactly(afterSwitch, beforeSwitch);
		assertThat(page.items()).extracting((reading) -> reading.time().offset()).containsExactly("+02:00", "+01:00");
		assertThat(this.service.readings("demo", query("2026-03-28", "2026-03-28", null, null)).items())
			.extracting((reading) -> reading.time().zoneId())
			.containsExactly("America/Denver");
	}

	@Test
	void pagesThroughEveryReadingOnceWhileNewerAndOlderOnesArrive() {
		List<String> existing = new ArrayList<>();
		for (int day = 14; day >= 10; day--) {
			existing.add(write(morning(day), BERLIN, day));
		}
		BloodPressurePage first = this.service.readings("demo", query(null, null, 2, null));
		write(morning(20), BERLIN, 20);
		String older = write(morning(2), BERLIN, 2);
		// the same instant as a reading already shown, from another line: after it by id
		String sameInstant = write(morning(13), BERLIN, 1);
		List<String> seen = new ArrayList<>(ids(first));
		String cursor = first.nextCursor();
		while (cursor != null) {
			BloodPressurePage next = this.service.readings("demo", query(null, null, 2, cursor));
			seen.addAll(ids(next));
			cursor = next.nextCursor();
		}
		assertThat(seen).doesNotHaveDuplicates()
			.containsExactly(existing.get(0), existing.get(1), sameInstant, existing.get(2), existing.get(3),
					existing.get(4), older);
	}

	@Test
	void refusesACursorOfAnotherUser() {
		write(morning(10), BERLIN, 1);
		write(morning(11), BERLIN, 2);
		String cursor = this.service.readings("demo", query(null, null, 1, null)).nextCursor();
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.service.readings("alex", query(null, null, 1, cursor)));
		assertThat(this.service.readings("alex", query(null, null, null, null)).items()).isEmpty();
	}

	private String write(Instant instant, ZoneId zone, int line) {
		return BloodPressureReadings.write(this.template, "demo", instant, zone, 120 + line, 80, 60, line);
	}

	private static Instant morning(int day) {
		return LocalDate.of(2026, 3, day).atTime(7, 0).atZone(BERLIN).toInstant();
	}

	private static List<String> ids(BloodPressurePage page) {
		return page.items().stream().map(BloodPressureReading::id).toList();
	}

	private static ListQuery query(@Nullable String from, @Nullable String to, @Nullable Integer limit,
			@Nullable String cursor) {
		return new ListQuery((from != null) ? LocalDate.parse(from) : null, (to != null) ? LocalDate.parse(to) : null,
				limit, cursor);
	}

}
