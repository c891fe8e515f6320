package health.falcon.dropbox.formats;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BloodPressureParserTests {

	private static final String OMRON_HEADER = "Date,Time,Systolic (mmHg),Diastolic (mmHg),Pulse (bpm),Symptoms,Consumed,TruRead,Notes";

	@Test
	void readsOmronConnectWithPlaceholdersAndStopsAtTheNextSection() throws Exception {
		Samples.Result result = Samples.bloodPressure("""
				%s
				Mar 10 2026,07:45,124,79,61,-,-,-,-
				Mar 9 2026,21:30,131,84,66,-,-,On,after walk
				Jan 6 2025,8:12 PM,120,80,-,-,-,-,-

				"Date","Total steps","Total distance (mi)"
				"Mar 10 2026",8000,3.1
				""".formatted(OMRON_HEADER));
		assertThat(result.format()).isEqualTo(FileFormat.OMRON_CONNECT);
		assertThat(result.errors()).isEmpty();
		assertThat(result.readings())
			.extracting(BloodPressureReading::systolic, BloodPressureReading::diastolic, BloodPressureReading::pulse,
					BloodPressureReading::line)
			.containsExactly(tuple(124, 79, 61, 2), tuple(131, 84, 66, 3), tuple(120, 80, null, 4));
		BloodPressureReading first = result.readings().get(0);
		assertThat(first.time().instant()).isEqualTo(Instant.parse("2026-03-10T06:45:00Z"));
		assertThat(first.time().offset()).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(first.time().localDate()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(first.time().zoneAssumed()).isTrue();
		assertThat(result.readings().get(2).time().instant()).isEqualTo(Instant.parse("2025-01-06T19:12:00Z"));
	}

	@Test
	void readsDayFirstOmronDatesAndReportsBadRowsWhileTheRestContinue() throws Exception {
		Samples.Result result = Samples.bloodPressure("""
				%s
				21 Nov 2024,07:00,120,80,60,-,-,-,-
				Nov 22 2024,07:00,abc,80,60,-,-,-,-
				Nov 31 2024,07:00,120,80,60,-,-,-,-
				Nov 23 2024,25:00,120,80,60,-,-,-,-
				Nov 24 2024,07:00,80,120,60,-,-,-,-
				Nov 25 2024,07:00,120,80,60,-,-,-,-
				""".formatted(OMRON_HEADER));
		assertThat(result.readings()).extracting(BloodPressureReading::line).containsExactly(2, 7);
		assertThat(result.errors()).extracting(RowError::line).containsExactly(3, 4, 5, 6);
		assertThat(result.errors().get(0).reason()).isEqualTo("systolic is not a number: 'abc'");
		assertThat(result.errors().get(1).reason()).contains("unreadable date");
		assertThat(result.errors().get(2).reason()).contains("unreadable time");
		assertThat(result.errors().get(3).reason()).contains("not below systolic");
	}

	@Test
	void readsIHealthWithUnitsInCellsAndLocaleDates() throws Exception {
		Samples.Result result = Samples.bloodPressure("""
				Time,SYS,DIA,Pulse
				2026-03-10 07:45,124 mmHg,79 mmHg,61 bpm
				03/10/2026 7:45 PM,120,80,60
				13/03/2026 08:00,118 mmHg,76mmHg,
				10.03.2026 09:15:30,121,81,59
				2026-03-10 07:45,120/80,80,60
				""");
		assertThat(result.format()).isEqualTo(FileFormat.IHEALTH);
		assertThat(result.readings()).extracting((reading) -> reading.time().localDateTime().toString())
			.containsExactly("2026-03-10T07:45", "2026-03-10T19:45", "2026-03-13T08:00", "2026-03-10T09:15:30");
		assertThat(result.readings().get(2).pulse()).isNull();
		assertThat(result.errors()).containsExactly(new RowError(6, "systolic is not a number: '120/80'"));
	}

	@Test
	void skipsWithingsHeartRateOnlyRowsWithAReason() throws Exception {
		Samples.Result result = Samples.bloodPressure("""
				Date,"Heart rate",Systolic,Diastolic,Comments
				"2026-03-10 07:46:02",62,123,78,
				"2026-03-09 13:10:11",88,,,
				"2026-03-08 07:00:00",,119,77,"after coffee, rested"
				""");
		assertThat(result.format()).isEqualTo(FileFormat.WITHINGS_BP);
		assertThat(result.readings()).extracting(BloodPressureReading::systolic, BloodPressureReading::pulse)
			.containsExactly(tuple(123, 62), tuple(119, null));
		assertThat(result.errors()).containsExactly(new RowError(3, "heart rate only, not a blood-pressure reading"));
	}

	@Test
	void readsSemicolonsQuotedFieldsCrlfAndBlankAndTrailingLines() throws Exception {
		Samples.Result result = Samples
			.bloodPressure("\r\n\"Date\";\"Heart rate\";\"Systolic\";\"Diastolic\";\"Comments\"\r\n"
					+ "\"2026-03-10 07:46:02\";62;123;78;\"a \"\"quoted\"\"; note\"\r\n\r\n"
					+ "\"2026-03-11 07:46:02\";63;124;79;\r\n\r\n\r\n");
		assertThat(result.readings()).extracting(BloodPressureReading::line).containsExactly(3, 5);
		assertThat(result.errors()).isEmpty();
	}

	@Test
	void readsUtf8WithBomAndUtf16WithBom() throws Exception {
		String file = "Time,SYS,DIA,Pulse\n2026-03-10 07:45,124,79,61\n";
		assertThat(
				Samples.bloodPressure(file, StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF).readings())
			.hasSize(1);
		assertThat(Samples.bloodPressure(file, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE).readings())
			.hasSize(1);
		assertThat(Samples.bloodPressure(file, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF).readings())
			.hasSize(1);
	}

	@Test
	void resolvesBerlinDaylightSavingGapsForwardAndOverlapsToTheEarlierOffset() throws Exception {
		Samples.Result result = Samples.bloodPressure("""
				Date,"Heart rate",Systolic,Diastolic,Comments
				"2026-03-29 02:30:00",60,120,80,
				"2026-10-25 02:30:00",60,120,80,
				""");
		BloodPressureReading gap = result.readings().get(0);
		assertThat(gap.time().instant()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
		assertThat(gap.time().offset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(gap.time().localDate()).isEqualTo(LocalDate.of(2026, 3, 29));
		BloodPressureReading overlap = result.readings().get(1);
		assertThat(overlap.time().instant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
		assertThat(overlap.time().offset()).isEqualTo(ZoneOffset.ofHours(2));
	}

	@Test
	void refusesToParseAReportAsBloodPressure() throws Exception {
		Detected report = FormatDetector.recognise(new health.falcon.dropbox.reading.Line(1, "CardioMood Report"))
			.orElseThrow();
		org.assertj.core.api.Assertions.assertThatExceptionOfType(FileFormatException.class)
			.isThrownBy(() -> BloodPressureParser.parse(report, null, Samples.BERLIN, true, null));
	}

}
