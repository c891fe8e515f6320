package health.falcon.dropbox.reading;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import health.falcon.dropbox.config.WorkbookProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook whose sheet inflates to more than the heap is checked by the archive guard
 * and converted to CSV in a JVM of its own with the heap capped below the sheet's size:
 * it can only finish if the guard and the conversion stream.
 */
class WorkbookStreamingTests {

	private static final int HEAP_MIB = 48;

	private static final int ROWS = 300_000;

	@TempDir
	Path temp;

	@Test
	void convertsASheetLargerThanTheHeap() throws IOException, InterruptedException {
		Path workbook = workbook(this.temp.resolve("large.xlsx"));
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			assertThat(zip.getEntry("xl/worksheets/sheet1.xml").getSize()).isGreaterThan(HEAP_MIB * 1024L * 1024);
		}
		Path csv = this.temp.resolve("large.csv");
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");

		Process process = new ProcessBuilder(java.toString(), "-Xmx" + HEAP_MIB + "m", "-cp",
				System.getProperty("java.class.path"), Convert.class.getName(), workbook.toString(), csv.toString())
			.inheritIO()
			.start();

		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).isZero();
		try (Stream<String> lines = Files.lines(csv)) {
			assertThat(lines.count()).isEqualTo(ROWS + 1);
		}
	}

	private static Path workbook(Path file) throws IOException {
		try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = book.createSheet("BP");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("Time");
			header.createCell(1).setCellValue("SYS");
			header.createCell(2).setCellValue("DIA");
			header.createCell(3).setCellValue("Pulse");
			for (int i = 1; i <= ROWS; i++) {
				Row row = sheet.createRow(i);
				row.createCell(0).setCellValue("2024-01-01 06:" + (10 + i % 50));
				row.createCell(1).setCellValue(110 + i % 40);
				row.createCell(2).setCellValue(70 + i % 20);
				row.createCell(3).setCellValue(55 + i % 30);
			}
			book.write(out);
			book.close();
		}
		return file;
	}

	/**
	 * The conversion in its own JVM: arguments are the workbook and the CSV to write.
	 */
	static final class Convert {

		private Convert() {
		}

		public static void main(String[] args) throws Exception {
			Workbooks.firstSheetAsCsv(Path.of(args[0]), Path.of(args[1]), WorkbookProperties.defaults().limits());
		}

	}

}
