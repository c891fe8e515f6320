package health.falcon.data.body;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.BodyMeasurement;
import health.falcon.data.api.BodyMeasurementPage;
import health.falcon.data.api.SourceInfo;
import health.falcon.data.paging.InvalidParameterException;
import health.falcon.data.paging.ListQuery;
import health.falcon.data.stored.BodyMeasurements;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link BodyService} and {@link BodyRepository} against mongo-java-server, with
 * measurements written as diet-service writes them ({@link BodyMeasurements}).
 */
@Import({ BodyRepository.class, BodyService.class })
class BodyServiceTests extends MongoSliceSupport {

	@Autowired
	private BodyService service;

	@Test
	void listsMeasurementsWithTheirFileAndUnknownValuesAsNull() {
		BodyMeasurements.write(this.template, "demo", LocalDate.parse("2026-03-10"), 72.4, null);
		assertThat(this.service.measurements("demo", query(null, null, null, null)).items())
			.containsExactly(new BodyMeasurement("demo/2026-03-10", LocalDate.parse("2026-03-10"), 72.4, null,
					new SourceInfo("myfitnesspal", "export", "Measurement-Summary.csv", null, null)));
	}

	@Test
	void selectsByTheStoredLocalDateInclusivelyAroundTheAutumnDaylightSavingDay() {
		// 2026-10-25 has 25 hours in Berlin; a stored local date is one day like any
		// other.
		for (String date : List.of("2026-10-24", "2026-10-25", "2026-10-26", "2026-10-27")) {
			BodyMeasurements.write(this.template, "demo", LocalDate.parse(date), 72.0, 18.5);
		}
		BodyMeasurementPage page = this.service.measurements("demo", query("2026-10-25", "2026-10-26", null, null));
		assertThat(page.items()).extracting(BodyMeasurement::id).containsExactly("demo/2026-10-26", "demo/2026-10-25");
		assertThat(this.service.measurements("demo", query(null, "2026-10-24", null, null)).items())
			.extracting(BodyMeasurement::id)
			.containsExactly("demo/2026-10-24");
		assertThat(this.service.measurements("demo", query("2026-10-27", null, null, null)).items())
			.extracting(BodyMeasurement::id)
			.containsExactly("demo/2026-10-27");
	}

	@Test
	void pagesThroughEveryMeasurementOnceWhileNewerAndOlderOnesArrive() {
		for (int day = 10; day <= 14; day++) {
			BodyMeasurements.write(this.template, "demo", LocalDate.of(2026, 3, day), 72.0, null);
		}
		BodyMeasurementPage first = this.service.measurements("demo", query(null, null, 2, null));
		BodyMeasurements.write(this.template, "demo", LocalDate.of(2026, 3, 20), 71.0, null);
		BodyMeasurements.write(this.template, "demo", LocalDate.of(2026, 3, 2), 73.0, null);
		List<String> seen = new ArrayList<>(ids(first));
		String cursor = first.nextCursor();
		while (cursor != null) {
			BodyMeasurementPage next = this.service.measurements("demo", query(null, null, 2, cursor));
			seen.addAll(ids(next));
			cursor = next.nextCursor();
		}
		assertThat(seen).doesNotHaveDuplicates()
			.containsExactly("demo/2026-03-14", "demo/2026-03-13", "demo/2026-03-12", "demo/2026-03-11",
					"demo/2026-03-10", "demo/2026-03-02");
	}

	@Test
	void keepsUsersApartAndRefusesACursorOfAnotherUser() {
		BodyMeasurements.write(this.template, "demo", LocalDate.of(2026, 3, 10), 72.0, null);
		BodyMeasurements.write(this.template, "demo", LocalDate.of(2026, 3, 11), 72.0, null);
		String cursor = this.service.measurements("demo", query(null, null, 1, null)).nextCursor();
		assertThat(this.service.measurements("alex", query(null, null, null, null)).items()).isEmpty();
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.service.measurements("alex", query(null, null, 1, cursor)));
	}

	private static List<String> ids(BodyMeasurementPage page) {
		return page.items().stream().map(BodyMeasurement::id).toList();
	}

	private static ListQuery query(@Nullable String from, @Nullable String to, @Nullable Integer limit,
			@Nullable String cursor) {
		return new ListQuery((from != null) ? LocalDate.parse(from) : null, (to != null) ? LocalDate.parse(to) : null,
				limit, cursor);
	}

}
