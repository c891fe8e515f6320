package health.falcon.ingest.imports;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader-facing report: totals, bounded lists and the ways an import ends.
 */
class ImportReportTests {

	private final List<int[]> progress = new ArrayList<>();

	private final ImportReport report = new ImportReport(2,
			(done, total) -> this.progress.add(new int[] { done, total }));

	@Test
	void countsRowsOfFilesAndRejectedRows() {
		this.report.file("a.csv", "NUTRITION", 10, 1);
		this.report.imported(5);
		this.report.rejected("b.csv", 3, "not a number");
		this.report.skipped("sleep", "duplicate entries", 4);
		this.report.skipped("sleep", "duplicate entries", 2);
		ImportResult result = this.report.result();
		assertThat(result.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(result.rowsImported()).isEqualTo(15);
		assertThat(result.rowsSkipped()).isEqualTo(1 + 1 + 6);
		assertThat(result.skipped()).containsExactly(new ImportView.Skipped("sleep", "duplicate entries", 6));
		assertThat(result.errors()).containsExactly(new ImportView.RowError("b.csv", 3, "not a number"));
	}

	@Test
	void listsErrorsUpToTheCapAndCountsTheRest() {
		for (int line = 1; line <= 5; line++) {
			this.report.rejected(null, line, "bad");
		}
		this.report.problem("c.json", null, "unreadable");
		ImportResult result = this.report.result();
		assertThat(result.errors()).hasSize(2);
		assertThat(result.moreErrors()).isEqualTo(4);
		assertThat(result.rowsSkipped()).isEqualTo(5);
		assertThat(this.report.hasErrors()).isTrue();
	}

	@Test
	void boundsFileSummaries() {
		for (int i = 0; i < ImportReport.MAX_ENTRIES + 5; i++) {
			this.report.file("f" + i, "KIND", 1, 0);
		}
		ImportResult result = this.report.result();
		assertThat(result.files()).hasSize(ImportReport.MAX_ENTRIES);
		assertThat(result.rowsImported()).isEqualTo(ImportReport.MAX_ENTRIES + 5);
	}

	@Test
	void endsAsTheReaderSays() {
		this.report.format("OMRON");
		this.report.handedOff("to fitbit-service import 7");
		ImportResult result = this.report.result();
		assertThat(result.status()).isEqualTo(ImportStatus.HANDED_OFF);
		assertThat(result.reason()).isEqualTo("to fitbit-service import 7");
		assertThat(result.format()).isEqualTo("OMRON");
	}

	@Test
	void passesProgressOn() {
		this.report.progress(3, 10);
		assertThat(this.progress).containsExactly(new int[] { 3, 10 });
	}

}
