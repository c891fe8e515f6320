package health.falcon.devstack.sandbox.strava;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import health.falcon.devstack.sandbox.strava.StravaProperties.Athlete;
import org.jspecify.annotations.Nullable;

/**
 * Deterministic synthetic activities: 4 to 6 a week, drawn per calendar week and day from
 * the seed, so the same seed always yields the same activities with the same ids whatever
 * the current date. Weeks with a daylight-saving switch of the home zone always have
 * activities on the Saturday before and the Sunday of the switch.
 */
final class ActivityGenerator {

	/** Generated ids: base + epoch day * 100 + athlete ordinal * 10. */
	private static final long GENERATED_ID_BASE = 10_000_000_000L;

	private static final String[] SPORTS = { "Ride", "Ride", "Ride", "Run", "Run", "Run", "Walk", "Walk", "Hike",
			"Swim", "Workout" };

	private final long seed;

	private final TravelPlan plan;

	ActivityGenerator(long seed, ZoneId homeZone) {
		this.seed = seed;
		this.plan = new TravelPlan(homeZone);
	}

	/**
	 * Generates an athlete's activities that start at or after {@code from} and end by
	 * {@code to}, oldest first.
	 * @param ordinal the athlete's position in the configuration (0 to 9), part of ids
	 * @param from earliest start
	 * @param to latest end
	 */
	List<StravaActivity> generate(Athlete athlete, int ordinal, Instant from, Instant to) {
		List<StravaActivity> activities = new ArrayList<>();
		LocalDate monday = from.atZone(this.plan.home())
			.toLocalDate()
			.minusDays(1)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = to.atZone(this.plan.home()).toLocalDate().plusDays(1);
		for (; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
			for (LocalDate day : activeDays(athlete, monday)) {
				StravaActivity activity = activityOn(athlete, ordinal, day);
				Instant end = activity.startDate().plusSeconds(activity.metrics().elapsedTime());
				if (!activity.startDate().isBefore(from) && !end.isAfter(to)) {
					activities.add(activity);
				}
			}
		}
		return activities;
	}

	/**
	 * Draws a new activity that ends at {@code end}, for the sandbox control routes.
	 * @param sportType the sport type, or {@code null} to draw one
	 * @param end when the activity ended
	 */
	StravaActivity create(Athlete athlete, long id, @Nullable String sportType, Instant end) {
		SplittableRandom random = random(athlete.id(), id, 3);
		ZoneId zone = this.plan.zoneOn(end.atZone(this.plan.home()).toLocalDate());
		SportProfile profile = SportProfile.of((sportType != null) ? sportType : sport(random, zone, false));
		StravaActivity.Metrics metrics = profile.draw(random, athlete.weight(), elevationBase(zone, profile));
		Instant start = end.minusSeconds(metrics.elapsedTime());
		return assemble(athlete, id, profile, start, zone, metrics, random);
	}

	private List<LocalDate> activeDays(Athlete athlete, LocalDate monday) {
		SplittableRandom random = random(athlete.id(), monday.toEpochDay(), 1);
		List<Integer> days = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6));
		for (int i = days.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			days.set(j, days.set(i, days.get(j)));
		}
		List<Integer> chosen = new ArrayList<>(days.subList(0, 4 + random.nextInt(3)));
		if (hasDaylightSavingSwitch(monday)) {
			for (int weekendDay : new int[] { 5, 6 }) {
				if (!chosen.contains(weekendDay)) {
					chosen.set(chosen.indexOf(chosen.stream().filter((d) -> d < 5).findFirst().orElseThrow()),
							weekendDay);
				}
			}
		}
		return chosen.stream().sorted().map(monday::plusDays).toList();
	}

	private boolean hasDaylightSavingSwitch(LocalDate monday) {
		ZoneId home = this.plan.home();
		ZoneOffsetTransition transition = home.getRules().nextTransition(monday.atStartOfDay(home).toInstant());
		return transition != null
				&& transition.getInstant().isBefore(monday.plusWeeks(1).atStartOfDay(home).toInstant());
	}

	private StravaActivity activityOn(Athlete athlete, int ordinal, LocalDate day) {
		SplittableRandom random = random(athlete.id(), day.toEpochDay(), 2);
		ZoneId zone = this.plan.zoneOn(day);
		boolean weekend = day.getDayOfWeek().getValue() >= 6;
		SportProfile profile = SportProfile.of(refine(random, sport(random, zone, weekend), day));
		Instant start = day.atTime(startTime(random, weekend)).atZone(zone).toInstant();
		StravaActivity.Metrics metrics = profile.draw(random, athlete.weight(), elevationBase(zone, profile));
		long id = GENERATED_ID_BASE + day.toEpochDay() * 100 + ordinal * 10L;
		return assemble(athlete, id, profile, start, zone, metrics, random);
	}

	private StravaActivity assemble(Athlete athlete, long id, SportProfile profile, Instant start, ZoneId zone,
			StravaActivity.Metrics metrics, SplittableRandom random) {
		StravaActivity.LatLng centre = TravelPlan.centre(zone);
		StravaActivity.LatLng origin = profile.indoor() ? null
				: new StravaActivity.LatLng(round(centre.lat() + random.nextDouble(-0.03, 0.03)),
						round(centre.lng() + random.nextDouble(-0.03, 0.03)));
		boolean onlyMe = random.nextDouble() < 0.04;
		String name = ActivityNames.name(profile.sportType(), start.atZone(zone).toLocalTime(), zone, this.plan.home());
		return new StravaActivity(id, athlete.id(), name, profile.sportType(), start, zone, metrics, origin, onlyMe,
				profile.device());
	}

	private String sport(SplittableRandom random, ZoneId zone, boolean weekend) {
		String sport = SPORTS[random.nextInt(SPORTS.length)];
		// no bike on trips
		if (sport.equals("Ride") && !zone.equals(this.plan.home())) {
			return "Run";
		}
		return (sport.equals("Hike") && !weekend) ? "Walk" : sport;
	}

	private static String refine(SplittableRandom random, String sport, LocalDate day) {
		double draw = random.nextDouble();
		boolean winter = day.getMonthValue() >= 11 || day.getMonthValue() <= 2;
		return switch (sport) {
			case "Run" -> (draw < 0.12) ? "TrailRun" : sport;
			case "Ride" -> (winter && draw < 0.35) ? "VirtualRide" : (draw < 0.1) ? "GravelRide" : sport;
			default -> sport;
		};
	}

	private static LocalTime startTime(SplittableRandom random, boolean weekend) {
		int minute;
		if (weekend) {
			minute = random.nextInt(8 * 60, 11 * 60 + 30);
		}
		else {
			double slot = random.nextDouble();
			minute = (slot < 0.45) ? random.nextInt(6 * 60 + 15, 8 * 60)
					: (slot < 0.6) ? random.nextInt(12 * 60, 13 * 60) : random.nextInt(17 * 60 + 30, 19 * 60 + 45);
		}
		return LocalTime.of(minute / 60, minute % 60, random.nextInt(60));
	}

	private static double elevationBase(ZoneId zone, SportProfile profile) {
		if (profile.sportType().equals("Hike")) {
			return 180;
		}
		return switch (zone.getId()) {
			case "America/New_York" -> 8;
			case "Asia/Tokyo" -> 22;
			default -> 34;
		};
	}

	private SplittableRandom random(long athleteId, long key, int purpose) {
		long mixed = this.seed;
		for (long part : new long[] { athleteId, key, purpose }) {
			mixed = mixed * 0x9E3779B97F4A7C15L + part;
			mixed ^= (mixed >>> 31);
		}
		return new SplittableRandom(mixed);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e5) / 1e5;
	}

}
