package health.falcon.data.insights.sleep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import health.falcon.data.insights.energy.Means;

/**
 * The sleep insight's sentences for people and its formulas.
 */
final class SleepSummary {

	static final List<String> FORMULAS = List.of(
			"Each night's main sleep (the longest when there are two) counts for the local date it ends on, in your "
					+ "zone where the session was recorded in it; time in bed is end − start, so a night across a "
					+ "change of the clocks counts its real length.",
			"Duration is the minutes asleep; efficiency the minutes asleep per minute in bed (Fitbit's, else "
					+ "asleep / (asleep + awake)); means over the last 7 and 30 days count only nights with a value.",
			"Regularity: the circular standard deviation of bed and wake clock times over the last 30 nights, "
					+ "sqrt(−2 ln R) × 1440 / 2π minutes, R the length of the mean of the times as unit vectors on "
					+ "the 24-hour circle (23:00 and 01:00 are two hours apart); at least 3 nights.",
			"Sleeping heart rate: Σ bpm / Σ samples of the per-minute rollups from start to end; evening: the same "
					+ "over the two hours before the start; dip = (evening − sleeping) / evening × 100 %; each span "
					+ "needs 30 minutes with samples.");

	private SleepSummary() {
	}

	static String of(SleepDetail detail) {
		List<String> sentences = new ArrayList<>();
		Means.Mean asleep = detail.minutesAsleep().last7();
		if (asleep.mean() != null) {
			sentences
				.add(String.format(Locale.ROOT, "Over the last 7 nights you slept %dh %02dm on average (%d nights).",
						Math.round(asleep.mean()) / 60, Math.round(asleep.mean()) % 60, asleep.days()));
		}
		if (detail.regularity() != null && detail.regularity().bedTimeSdMinutes() != null) {
			sentences.add(String.format(Locale.ROOT,
					"You went to bed around %s, give or take %.0f minutes, and woke around %s.",
					detail.regularity().bedTimeMean(), detail.regularity().bedTimeSdMinutes(),
					detail.regularity().wakeTimeMean()));
		}
		Means.Mean dip = detail.dipPercent().last30();
		if (dip.mean() != null) {
			sentences.add(String.format(Locale.ROOT,
					"Your heart rate asleep was %.0f%% below the evening's on average (%d nights).", dip.mean(),
					dip.days()));
		}
		return sentences.isEmpty() ? "No main sleep in the last 30 nights." : String.join(" ", sentences);
	}

}
