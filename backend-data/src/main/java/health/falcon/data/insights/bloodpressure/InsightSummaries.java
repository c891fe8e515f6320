package health.falcon.data.insights.bloodpressure;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The plain sentences of the blood-pressure insight.
 */
final class InsightSummaries {

	private InsightSummaries() {
	}

	static String summary(BloodPressureDetail detail) {
		StringBuilder summary = new StringBuilder();
		PeriodAverage last30 = detail.last30();
		summary.append("Your average over the last 30 days is ")
			.append(last30.pressure())
			.append(" mmHg (")
			.append(label(last30.category()))
			.append(", ")
			.append(last30.count())
			.append((last30.count() == 1) ? " reading)." : " readings).");
		ProtocolWeek protocol = detail.protocol();
		if (protocol != null) {
			summary.append(' ').append(protocol(protocol));
		}
		return summary.toString();
	}

	private static String protocol(ProtocolWeek week) {
		if (!week.validWeekComplete()) {
			return "The home-monitoring week ending " + week.to() + " is not complete yet.";
		}
		boolean above = week.thresholds()
			.stream()
			.anyMatch((threshold) -> threshold.systolic() == 135 && Boolean.TRUE.equals(threshold.atOrAbove()));
		return "Your home-monitoring week ending " + week.to() + " averages " + week.average().pressure() + " mmHg, "
				+ (above ? "at or above" : "below") + " the home threshold of 135/85.";
	}

	private static String label(@Nullable String category) {
		return Category.byId(category).map((value) -> value.label().toLowerCase(Locale.ROOT)).orElse("no category");
	}

}
