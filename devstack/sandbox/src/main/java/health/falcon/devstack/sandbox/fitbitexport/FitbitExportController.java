package health.falcon.devstack.sandbox.fitbitexport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Sandbox-only download of a generated export, for trying the import by hand:
 * {@code GET /google-health/sandbox/fitbit-export.zip?days=30&layout=legacy|takeout&seed=42}.
 * The export ends yesterday (home zone) by the injected clock; seed 42 matches the Google
 * Health emulator's default data.
 */
@RestController
class FitbitExportController {

	private static final int MAX_DAYS = 800;

	private final Clock clock;

	FitbitExportController(Clock clock) {
		this.clock = clock;
	}

	@GetMapping("/google-health/sandbox/fitbit-export.zip")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "30") int days,
			@RequestParam(defaultValue = "legacy") String layout, @RequestParam(defaultValue = "42") long seed) {
		ExportOptions.Layout parsedLayout;
		try {
			parsedLayout = ExportOptions.Layout.valueOf(layout.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
		}
		if (days < 1 || days > MAX_DAYS) {
			return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
		}
		LocalDate yesterday = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Berlin")).minusDays(1);
		ExportOptions defaults = ExportOptions.defaults(yesterday, days, parsedLayout);
		ExportOptions options = new ExportOptions(defaults.lastDay(), days, seed, parsedLayout, defaults.userName(),
				defaults.homeZone(), defaults.travelZone());
		String filename = (parsedLayout == ExportOptions.Layout.LEGACY) ? "MyFitbitData.zip" : "takeout-fitbit.zip";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body((out) -> new FitbitExportGenerator().write(options, out));
	}

}
