package health.falcon.dropbox.handoff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import health.falcon.ingest.handoff.HandOffFormat;

/**
 * Files that another service imports, recognised by content: a MyFitnessPal export (its
 * ZIP, or one of its CSVs by the header row) or a Fitbit account archive or Google
 * Takeout export (a ZIP with the {@code MyFitbitData/} or {@code Takeout/} layout).
 */
public enum ForeignFormat {

	/** A MyFitnessPal export, imported by diet-service. */
	MYFITNESSPAL("diet-service", HandOffFormat.MYFITNESSPAL),

	/** A Fitbit or Google Takeout export, imported by fitbit-service. */
	FITBIT("fitbit-service", HandOffFormat.FITBIT);

	private static final int MAX_ENTRIES = 100_000;

	private static final List<String> MYFITNESSPAL_FILES = List.of("nutrition-summary", "exercise-summary",
			"measurement-summary");

	private final String service;

	private final HandOffFormat handOffFormat;

	ForeignFormat(String service, HandOffFormat handOffFormat) {
		this.service = service;
		this.handOffFormat = handOffFormat;
	}

	/**
	 * @return the service that imports this format
	 */
	public String service() {
		return this.service;
	}

	/**
	 * @return the format as the hand-off contract names it (the record's
	 * {@code handOff.format})
	 */
	public HandOffFormat handOffFormat() {
		return this.handOffFormat;
	}

	/**
	 * Recognise a CSV by its header row.
	 * @param columns the header fields
	 * @return the format, empty for anything but a MyFitnessPal summary
	 */
	public static Optional<ForeignFormat> ofHeader(List<String> columns) {
		List<String> names = columns.stream().map((name) -> name.strip().toLowerCase(Locale.ROOT)).toList();
		if (names.isEmpty() || !names.get(0).equals("date")) {
			return Optional.empty();
		}
		boolean nutrition = names.contains("meal") && names.contains("calories");
		boolean exercise = names.contains("exercise") && names.contains("type");
		boolean measurement = names.size() >= 2 && names.get(1).equals("weight");
		return (nutrition || exercise || measurement) ? Optional.of(MYFITNESSPAL) : Optional.empty();
	}

	/**
	 * Recognise a ZIP archive by its entries.
	 * @param zip the archive
	 * @return the format, empty when the archive is neither export
	 */
	public static Optional<ForeignFormat> ofArchive(Path zip) {
		try (ZipFile archive = new ZipFile(zip.toFile())) {
			Enumeration<? extends ZipEntry> entries = archive.entries();
			for (int i = 0; i < MAX_ENTRIES && entries.hasMoreElements(); i++) {
				Optional<ForeignFormat> format = ofEntry(entries.nextElement().getName());
				if (format.isPresent()) {
					return format;
				}
			}
			return Optional.empty();
		}
		catch (IOException | IllegalArgumentException ex) {
			// an unreadable archive is nobody's export
			return Optional.empty();
		}
	}

	static Optional<ForeignFormat> ofEntry(String name) {
		String path = name.replace('\\', '/');
		if (path.startsWith("MyFitbitData/") || path.startsWith("Takeout/Fitbit/")
				|| path.startsWith("Takeout/Google Health/")) {
			return Optional.of(FITBIT);
		}
		String file = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		if (file.endsWith(".csv") && MYFITNESSPAL_FILES.stream().anyMatch(file::startsWith)) {
			return Optional.of(MYFITNESSPAL);
		}
		return Optional.empty();
	}

}
