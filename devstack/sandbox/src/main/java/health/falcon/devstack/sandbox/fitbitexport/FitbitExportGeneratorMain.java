package health.falcon.devstack.sandbox.fitbitexport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Command line for {@link FitbitExportGenerator}:
 * {@code <out.zip> [--days 365] [--seed 42] [--layout legacy|takeout] [--last-day YYYY-MM-DD] [--name DanaDemo] [--home-zone Europe/Berlin] [--travel-zone America/New_York]}.
 * The last day defaults to yesterday in the home zone.
 */
public final class FitbitExportGeneratorMain {

	private static final Logger logger = LoggerFactory.getLogger(FitbitExportGeneratorMain.class);

	private FitbitExportGeneratorMain() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length == 0 || args[0].startsWith("--")) {
			throw new IllegalArgumentException("Usage: FitbitExportGeneratorMain <out.zip> [--days N] [--seed S]"
					+ " [--layout legacy|takeout] [--last-day YYYY-MM-DD] [--name Name] [--home-zone Zone]"
					+ " [--travel-zone Zone]");
		}
		ExportOptions options = parse(args);
		Path target = Path.of(args[0]);
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
			new FitbitExportGenerator().write(options, out);
		}
		logger.info("Wrote {} ({} days from {} to {}, {} layout, seed {}, {} bytes)", target, options.days(),
				options.firstDay(), options.lastDay(), options.layout(), options.seed(), Files.size(target));
	}

	static ExportOptions parse(String[] args) {
		ZoneId home = ZoneId.of(option(args, "--home-zone", "Europe/Berlin"));
		String lastDay = option(args, "--last-day", "");
		return new ExportOptions(lastDay.isEmpty() ? LocalDate.now(home).minusDays(1) : LocalDate.parse(lastDay),
				Integer.parseInt(option(args, "--days", "365")), Long.parseLong(option(args, "--seed", "42")),
				ExportOptions.Layout.valueOf(option(args, "--layout", "legacy").toUpperCase(Locale.ROOT)),
				option(args, "--name", "DanaDemo"), home, ZoneId.of(option(args, "--travel-zone", "America/New_York")));
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 1; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

}
