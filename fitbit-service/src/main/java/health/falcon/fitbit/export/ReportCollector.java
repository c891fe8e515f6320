package health.falcon.fitbit.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Collects an import's report on the import thread. Errors are capped so that an archive
 * full of broken lines cannot grow the report without bound; the rest are only counted.
 */
final class ReportCollector {

	static final int MAX_ERRORS = 200;

	private final Map<String, Long> skipped = new LinkedHashMap<>();

	private final List<ImportReport.Problem> errors = new ArrayList<>();

	private String layout = ExportLayout.UNKNOWN.name();

	private int filesRead;

	private long imported;

	private long skippedRecords;

	private long moreErrors;

	void layout(ExportLayout layout) {
		this.layout = layout.name();
	}

	void fileRead() {
		this.filesRead++;
	}

	void imported(long count) {
		this.imported += count;
	}

	void skipped(String file, String reason, long count) {
		this.skipped.merge(file + "\u0000" + reason, count, Long::sum);
		this.skippedRecords += count;
	}

	void error(String file, @Nullable Integer line, String reason) {
		if (this.errors.size() < MAX_ERRORS) {
			this.errors.add(new ImportReport.Problem(file, line, reason));
		}
		else {
			this.moreErrors++;
		}
	}

	boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	ImportReport report() {
		List<ImportReport.Skipped> skips = new ArrayList<>();
		this.skipped.forEach((key, count) -> {
			int split = key.indexOf('\u0000');
			skips.add(new ImportReport.Skipped(key.substring(0, split), key.substring(split + 1), count));
		});
		List<ImportReport.Problem> problems = new ArrayList<>(this.errors);
		if (this.moreErrors > 0) {
			problems.add(new ImportReport.Problem("*", null, this.moreErrors + " more errors not listed"));
		}
		return new ImportReport(this.layout, this.filesRead, this.imported, this.skippedRecords, List.copyOf(skips),
				List.copyOf(problems));
	}

}
