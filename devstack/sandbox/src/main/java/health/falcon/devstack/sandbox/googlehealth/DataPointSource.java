package health.falcon.devstack.sandbox.googlehealth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.falcon.devstack.sandbox.common.synthetic.HeartRateDay;
import health.falcon.devstack.sandbox.common.synthetic.MinuteActivity;
import health.falcon.devstack.sandbox.common.synthetic.SleepSession;
import health.falcon.devstack.sandbox.common.synthetic.SyntheticPerson;

import org.springframework.stereotype.Component;

/**
 * Turns the synthetic person into Google Health data points, one UTC day (or, for daily
 * types, one date) at a time.
 */
@Component
class DataPointSource {

	private final SyntheticPerson person;

	private final String userPath;

	DataPointSource(SyntheticPerson person, GoogleHealthProperties properties) {
		this.person = person;
		this.userPath = "users/" + properties.user().healthUserId() + "/dataTypes/";
	}

	DayPoints day(DataType type, LocalDate day) {
		return switch (type) {
			case HEART_RATE -> new HeartRatePoints(this.person.heartRate(day));
			case DAILY_RESTING_HEART_RATE -> DayPoints.of(restingHeartRate(day));
			case SLEEP -> DayPoints.of(sleeps(day));
			case STEPS, DISTANCE, ACTIVE_ENERGY_BURNED -> DayPoints.of(minutes(type, day));
			case TOTAL_CALORIES -> DayPoints.of(List.of());
		};
	}

	private String name(DataType type, long id) {
		return this.userPath + type.kebab() + "/dataPoints/" + id;
	}

	private List<DayPoints.Point> restingHeartRate(LocalDate date) {
		int bpm = this.person.restingHeartRate(date);
		if (bpm == 0) {
			return List.of();
		}
		Instant start = date.atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant available = date.atStartOfDay(this.person.residence().zoneOn(date)).toInstant();
		return List.of(new DayPoints.Point(start.toEpochMilli(), start, date.atStartOfDay(), available, () -> {
			Map<String, Object> value = new LinkedHashMap<>();
			value.put("date", ProtoJson.date(date));
			value.put("beatsPerMinute", ProtoJson.int64(bpm));
			value.put("dailyRestingHeartRateMetadata", Map.of("calculationMethod", "WITH_SLEEP"));
			return point(DataType.DAILY_RESTING_HEART_RATE, date.toEpochDay(), "DERIVED", value);
		}));
	}

	private List<DayPoints.Point> sleeps(LocalDate utcDay) {
		List<DayPoints.Point> points = new ArrayList<>();
		for (int offset = 1; offset >= -1; offset--) {
			for (SleepSession session : this.person.sleepsEndingOn(utcDay.plusDays(offset))) {
				if (LocalDate.ofInstant(session.start(), ZoneOffset.UTC).equals(utcDay)) {
					LocalDateTime civilEnd = LocalDateTime.ofInstant(session.end(),
							this.person.offsetAt(session.end()));
					points.add(new DayPoints.Point(session.start().toEpochMilli(), session.end(), civilEnd,
							session.end(), () -> point(DataType.SLEEP, session.logId(), "PASSIVELY_MEASURED",
									SleepJson.sleep(this.person, session))));
				}
			}
		}
		points.sort(Comparator.comparingLong(DayPoints.Point::sortKey).reversed());
		return points;
	}

	private List<DayPoints.Point> minutes(DataType type, LocalDate utcDay) {
		Instant dayStart = utcDay.atStartOfDay(ZoneOffset.UTC).toInstant();
		List<DayPoints.Point> points = new ArrayList<>();
		for (int minute = 1439; minute >= 0; minute--) {
			Instant start = dayStart.plusSeconds(minute * 60L);
			MinuteActivity activity = this.person.minute(start);
			Map<String, Object> value = new LinkedHashMap<>();
			switch (type) {
				case STEPS -> value.put("count", ProtoJson.int64(activity.steps()));
				case DISTANCE -> value.put("millimeters", ProtoJson.int64(activity.distanceMillimeters()));
				default -> value.put("kcal", activity.activeKcal());
			}
			boolean empty = switch (type) {
				case STEPS -> activity.steps() == 0;
				case DISTANCE -> activity.distanceMillimeters() == 0;
				default -> activity.activeKcal() == 0;
			};
			if (empty) {
				continue;
			}
			Instant end = start.plusSeconds(60);
			value.put("interval", ProtoJson.interval(this.person, start, end, true));
			LocalDateTime civil = LocalDateTime.ofInstant(start, this.person.offsetAt(start));
			points.add(new DayPoints.Point(start.toEpochMilli(), start, civil, end,
					() -> point(type, start.getEpochSecond(), "PASSIVELY_MEASURED", value)));
		}
		return points;
	}

	private Map<String, Object> point(DataType type, long id, String recordingMethod, Map<String, Object> value) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", name(type, id));
		json.put("dataSource", ProtoJson.dataSource(recordingMethod));
		json.put(type.camel(), value);
		return json;
	}

	/**
	 * A day of per-second heart rate, newest first, with JSON built on demand.
	 */
	private final class HeartRatePoints implements DayPoints {

		private final HeartRateDay day;

		HeartRatePoints(HeartRateDay day) {
			this.day = day;
		}

		private int sample(int index) {
			return this.day.size() - 1 - index;
		}

		@Override
		public int size() {
			return this.day.size();
		}

		@Override
		public long sortKey(int index) {
			return this.day.instant(sample(index)).toEpochMilli();
		}

		@Override
		public Instant filterInstant(int index) {
			return this.day.instant(sample(index));
		}

		@Override
		public LocalDateTime filterCivil(int index) {
			Instant instant = filterInstant(index);
			return LocalDateTime.ofInstant(instant, DataPointSource.this.person.offsetAt(instant));
		}

		@Override
		public Instant availableAt(int index) {
			return filterInstant(index);
		}

		@Override
		public Map<String, Object> json(int index) {
			Instant instant = filterInstant(index);
			int bpm = this.day.bpm()[sample(index)];
			Map<String, Object> value = new LinkedHashMap<>();
			value.put("beatsPerMinute", ProtoJson.int64(bpm));
			value.put("sampleTime", ProtoJson.sampleTime(DataPointSource.this.person, instant));
			value.put("metadata",
					Map.of("motionContext", (bpm >= 100) ? "ACTIVE" : "SEDENTARY", "sensorLocation", "WRIST"));
			return point(DataType.HEART_RATE, instant.getEpochSecond(), "PASSIVELY_MEASURED", value);
		}

	}

}
