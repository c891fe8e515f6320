package health.falcon.devstack.sandbox.googlehealth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.falcon.devstack.sandbox.common.synthetic.SleepSession;
import health.falcon.devstack.sandbox.common.synthetic.SleepSession.StageType;
import health.falcon.devstack.sandbox.common.synthetic.SyntheticPerson;

/**
 * The {@code sleep} payload of a data point: interval, type (STAGES, or CLASSIC for
 * naps), stages, metadata and summary (int64 values as strings).
 */
final class SleepJson {

	private SleepJson() {
	}

	static Map<String, Object> sleep(SyntheticPerson person, SleepSession session) {
		Instant created = session.end().plusSeconds(91).plusMillis(100);
		List<Map<String, Object>> stages = new ArrayList<>();
		for (SleepSession.Stage stage : session.stages()) {
			Map<String, Object> json = ProtoJson.interval(person, stage.start(), stage.end(), false);
			json.put("type", stage.type().name());
			json.put("createTime", ProtoJson.timestamp(created));
			json.put("updateTime", ProtoJson.timestamp(created));
			stages.add(json);
		}
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("stagesStatus", session.nap() ? "REJECTED_NAP" : "SUCCEEDED");
		metadata.put("processed", true);
		if (session.nap()) {
			metadata.put("nap", true);
		}
		Map<String, Object> sleep = new LinkedHashMap<>();
		sleep.put("interval", ProtoJson.interval(person, session.start(), session.end(), false));
		sleep.put("type", session.nap() ? "CLASSIC" : "STAGES");
		sleep.put("stages", stages);
		sleep.put("metadata", metadata);
		sleep.put("summary", summary(session));
		sleep.put("createTime", ProtoJson.timestamp(created));
		sleep.put("updateTime", ProtoJson.timestamp(created.plusMillis(1300)));
		return sleep;
	}

	private static Map<String, Object> summary(SleepSession session) {
		List<StageType> types = session.nap() ? List.of(StageType.ASLEEP, StageType.RESTLESS, StageType.AWAKE)
				: List.of(StageType.LIGHT, StageType.DEEP, StageType.REM, StageType.AWAKE);
		List<Map<String, Object>> stagesSummary = new ArrayList<>();
		for (StageType type : types) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("type", type.name());
			json.put("minutes", ProtoJson.int64(session.minutesIn(type)));
			json.put("count", ProtoJson.int64(session.countOf(type)));
			stagesSummary.add(json);
		}
		long period = Duration.between(session.start(), session.end()).toMinutes();
		long awake = session.minutesIn(StageType.AWAKE) + (session.nap() ? session.minutesIn(StageType.RESTLESS) : 0);
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("minutesInSleepPeriod", ProtoJson.int64(period));
		summary.put("minutesAsleep", ProtoJson.int64(period - awake));
		summary.put("minutesAwake", ProtoJson.int64(awake));
		summary.put("minutesToFallAsleep", "0");
		summary.put("minutesAfterWakeUp", "0");
		summary.put("stagesSummary", stagesSummary);
		return summary;
	}

}
