package health.falcon.devstack.sandbox.fitbitexport;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import health.falcon.devstack.sandbox.common.synthetic.SleepSession;
import health.falcon.devstack.sandbox.common.synthetic.SleepSession.StageType;
import health.falcon.devstack.sandbox.common.synthetic.SyntheticPerson;

/**
 * Writes sleep logs in the export's {@code sleep-*.json} shape: local times without an
 * offset, {@code levels.summary}, {@code levels.data}, and {@code "stages"} or
 * {@code "classic"} (naps) logs.
 */
final class SleepExport {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

	private SleepExport() {
	}

	static void write(ExportJsonWriter out, SyntheticPerson person, SleepSession session) throws IOException {
		long seconds = Duration.between(session.start(), session.end()).toSeconds();
		long timeInBed = seconds / 60;
		long awake = session.minutesIn(StageType.AWAKE) + (session.nap() ? session.minutesIn(StageType.RESTLESS) : 0);
		long asleep = timeInBed - awake;
		out.item();
		out.raw("  \"logId\" : " + session.logId() + ",\n");
		out.raw("  \"dateOfSleep\" : \"" + session.wakeDate() + "\",\n");
		out.raw("  \"startTime\" : \"" + local(person, session.start()) + "\",\n");
		out.raw("  \"endTime\" : \"" + local(person, session.end()) + "\",\n");
		out.raw("  \"duration\" : " + (seconds * 1000) + ",\n");
		out.raw("  \"minutesToFallAsleep\" : 0,\n");
		out.raw("  \"minutesAsleep\" : " + asleep + ",\n");
		out.raw("  \"minutesAwake\" : " + awake + ",\n");
		out.raw("  \"minutesAfterWakeup\" : 0,\n");
		out.raw("  \"timeInBed\" : " + timeInBed + ",\n");
		out.raw("  \"efficiency\" : " + ((timeInBed > 0) ? asleep * 100 / timeInBed : 0) + ",\n");
		out.raw("  \"type\" : \"" + (session.nap() ? "classic" : "stages") + "\",\n");
		out.raw("  \"infoCode\" : 0,\n");
		out.raw("  \"levels\" : {\n    \"summary\" : {\n");
		List<StageType> types = session.nap() ? List.of(StageType.ASLEEP, StageType.RESTLESS, StageType.AWAKE)
				: List.of(StageType.DEEP, StageType.AWAKE, StageType.LIGHT, StageType.REM);
		for (int i = 0; i < types.size(); i++) {
			StageType type = types.get(i);
			String average = session.nap() ? ""
					: ", \"thirtyDayAvgMinutes\" : " + (session.minutesIn(type) + (session.logId() / 10 % 7) - 3);
			out.raw("      \"" + level(type, session.nap()) + "\" : {\"count\" : " + session.countOf(type)
					+ ", \"minutes\" : " + session.minutesIn(type) + average + "}" + ((i < types.size() - 1) ? "," : "")
					+ "\n");
		}
		out.raw("    },\n    \"data\" : [");
		List<SleepSession.Stage> stages = session.stages();
		for (int i = 0; i < stages.size(); i++) {
			SleepSession.Stage stage = stages.get(i);
			out.raw(((i == 0) ? " " : ", ") + "{\"dateTime\" : \"" + local(person, stage.start()) + "\", \"level\" : \""
					+ level(stage.type(), session.nap()) + "\", \"seconds\" : "
					+ Duration.between(stage.start(), stage.end()).toSeconds() + "}");
		}
		out.raw(" ]" + (session.nap() ? "" : ",\n    \"shortData\" : [ ]") + "\n  },\n");
		out.raw("  \"mainSleep\" : " + !session.nap() + "\n");
	}

	private static String local(SyntheticPerson person, Instant instant) {
		return LocalDateTime.ofInstant(instant, person.offsetAt(instant)).format(LOCAL);
	}

	private static String level(StageType type, boolean classic) {
		return switch (type) {
			case AWAKE -> classic ? "awake" : "wake";
			default -> type.name().toLowerCase(Locale.ROOT);
		};
	}

}
