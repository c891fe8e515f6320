package health.falcon.data.insights.bloodpressure;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The report's chart as inline SVG: systolic and diastolic of every reading over the
 * period (by instant), with dashed lines at the home thresholds 135 and 85 mmHg. Only
 * numbers and dates are written into it, so it needs no escaping.
 */
final class ReportChart {

	private static final int WIDTH = 680;

	private static final int HEIGHT = 240;

	private static final int LEFT = 40;

	private static final int RIGHT = 10;

	private static final int TOP = 10;

	private static final int BOTTOM = 30;

	private static final int LOW = 40;

	private ReportChart() {
	}

	static String svg(ReportPeriod period, List<Reading> readings) {
		Instant start = period.from().atStartOfDay(ZoneOffset.UTC).toInstant().minus(Duration.ofHours(14));
		Instant end = period.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(14));
		int high = Math.max(200, readings.stream().mapToInt(Reading::systolic).max().orElse(200) + 10);
		Scale scale = new Scale(start, end, high);
		StringBuilder svg = new StringBuilder();
		svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">",
				WIDTH, HEIGHT, WIDTH, HEIGHT));
		for (int value = LOW; value <= high; value += 20) {
			svg.append(format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>", LEFT,
					scale.y(value), WIDTH - RIGHT, scale.y(value)));
			svg.append(format("<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%d</text>", LEFT - 4,
					scale.y(value) + 3, value));
		}
		threshold(svg, scale, 135);
		threshold(svg, scale, 85);
		series(svg, scale, readings, true, "#c0392b");
		series(svg, scale, readings, false, "#2c6fbb");
		svg.append(format("<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>", LEFT, HEIGHT - 8, period.from()));
		svg.append(format("<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s</text>", WIDTH - RIGHT,
				HEIGHT - 8, period.to()));
		return svg.append("</svg>").toString();
	}

	private static void threshold(StringBuilder svg, Scale scale, int value) {
		svg.append(format(
				"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#555555\" " + "stroke-dasharray=\"4 3\"/>",
				LEFT, scale.y(value), WIDTH - RIGHT, scale.y(value)));
	}

	private static void series(StringBuilder svg, Scale scale, List<Reading> readings, boolean systolic,
			String colour) {
		String points = readings.stream()
			.map((reading) -> format("%.1f,%.1f", scale.x(reading.instant()),
					scale.y(systolic ? reading.systolic() : reading.diastolic())))
			.collect(Collectors.joining(" "));
		svg.append(
				format("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"/>", points, colour));
		for (Reading reading : readings) {
			svg.append(format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>", scale.x(reading.instant()),
					scale.y(systolic ? reading.systolic() : reading.diastolic()), colour));
		}
	}

	private static String format(String pattern, Object... values) {
		return String.format(Locale.ROOT, pattern, values);
	}

	private record Scale(Instant start, Instant end, int high) {

		double x(Instant instant) {
			double share = (double) Duration.between(this.start, instant).toSeconds()
					/ Duration.between(this.start, this.end).toSeconds();
			return LEFT + share * (WIDTH - LEFT - RIGHT);
		}

		double y(double value) {
			double share = (value - LOW) / (this.high - LOW);
			return HEIGHT - BOTTOM - share * (HEIGHT - TOP - BOTTOM);
		}

	}

}
