package health.falcon.dropbox.reading;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import health.falcon.dropbox.config.WorkbookProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WorkbooksTests {

	private static final WorkbookLimits DEFAULTS = WorkbookProperties.defaults().limits();

	@TempDir
	Path temp;

	@Test
	void writesTheFirstSheetAsCsvWithRowNumbersAsLineNumbers() throws Exception {
		Path workbook = this.temp.resolve("ihealth.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
			Sheet sheet = book.createSheet("BP");
			CellStyle dateTime = book.createCellStyle();
			dateTime.setDataFormat(book.createDataFormat().getFormat("m/d/yy h:mm"));
			Row header = sheet.createRow(0);
			String[] names = { "Time", "SYS", "DIA", "Pulse", "Note" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			Row first = sheet.createRow(1);
			first.createCell(0).setCellValue(LocalDateTime.of(2025, 1, 6, 8, 30));
			first.getCell(0).setCellStyle(dateTime);
			first.createCell(1).setCellValue("121 mmHg");
			first.createCell(2).setCellValue(79);
			first.createCell(3).setCellValue(64);
			first.createCell(4).setCellValue("after coffee, \"rushed\"");
			Row third = sheet.createRow(3);
			third.createCell(0).setCellValue("2025-01-07 21:05");
			third.createCell(1).setCellValue(118);
			third.createCell(3).setCellValue(70);
			book.createSheet("Ignored").createRow(0).createCell(0).setCellValue("second sheet");
			book.write(out);
		}
		assertThat(Workbooks.isWorkbook(workbook)).isTrue();

		Path csv = this.temp.resolve("ihealth.csv");
		Workbooks.firstSheetAsCsv(workbook, csv, DEFAULTS);

		assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly("Time,SYS,DIA,Pulse,Note",
				"1/6/25 8:30,121 mmHg,79,64,\"after coffee, \"\"rushed\"\"\"", "", "2025-01-07 21:05,118,,70");
	}

	@Test
	void refusesARowNumberGapInsteadOfWritingMillionsOfBlankLines() throws Exception {
		Path workbook = HostileWorkbooks.workbook(this.temp.resolve("gap.xlsx"), (sheet) -> {
			sheet.createRow(0).createCell(0).setCellValue("Time");
			sheet.createRow(1).createCell(0).setCellValue("2025-01-07 21:05");
			sheet.createRow(999_999).createCell(0).setCellValue("far away");
		});
		Path csv = this.temp.resolve("gap.csv");

		assertThatExceptionOfType(WorkbookRefusedException.class)
			.isThrownBy(() -> Workbooks.firstSheetAsCsv(workbook, csv, DEFAULTS))
			.withMessage("row 1000000 follows row 2: a gap of 999997 empty rows exceeds "
					+ "falcon.dropbox.imports.workbook.max-row-gap 1000");
		assertThat(Files.size(csv)).isLessThan(1024);
	}

	@Test
	void keepsSmallGapsAsBlankLinesWithinTheRowAndCellLimits() throws Exception {
		Path workbook = HostileWorkbooks.workbook(this.temp.resolve("ok.xlsx"), (sheet) -> {
			sheet.createRow(0).createCell(0).setCellValue("Time");
			sheet.createRow(500).createCell(3).setCellValue("x");
		});
		Path csv = this.temp.resolve("ok.csv");
		Workbooks.firstSheetAsCsv(workbook, csv, DEFAULTS);
		assertThat(Files.readAllLines(csv)).hasSize(501).endsWith(",,,x");

		assertThatExceptionOfType(WorkbookRefusedException.class)
			.isThrownBy(() -> Workbooks.firstSheetAsCsv(workbook, csv, limits(400, 1000, DataSize.ofMegabytes(1))))
			.withMessage("row 501 exceeds falcon.dropbox.imports.workbook.max-rows 400");
		assertThatExceptionOfType(WorkbookRefusedException.class)
			.isThrownBy(() -> Workbooks.firstSheetAsCsv(workbook, csv, limits(1000, 3, DataSize.ofMegabytes(1))))
			.withMessageContaining("falcon.dropbox.imports.workbook.max-cells 3");
	}

	@Test
	void refusesASharedStringsPartOverItsLimitBeforeLoadingIt() throws Exception {
		Path workbook = HostileWorkbooks.sharedStrings(this.temp.resolve("strings.xlsx"));

		assertThatExceptionOfType(WorkbookRefusedException.class)
			.isThrownBy(() -> Workbooks.firstSheetAsCsv(workbook, this.temp.resolve("out.csv"),
					limits(1000, 1000, DataSize.ofKilobytes(64))))
			.withMessage("the shared strings part inflates beyond "
					+ "falcon.dropbox.imports.workbook.max-shared-strings-size 64KB");
		Workbooks.firstSheetAsCsv(workbook, this.temp.resolve("out.csv"), DEFAULTS);
	}

	@Test
	void refusesAWorkbookThatIsAZipBomb() throws Exception {
		Path workbook = HostileWorkbooks.workbook(this.temp.resolve("book.xlsx"),
				(sheet) -> sheet.createRow(0).createCell(0).setCellValue("Time"));
		Path bomb = Files.write(this.temp.resolve("bomb.xlsx"),
				HostileWorkbooks.withZeros(Files.readAllBytes(workbook), "xl/media/padding.bin", 32L * 1024 * 1024));
		assertThat(Files.size(bomb)).isLessThan(200 * 1024);

		assertThatExceptionOfType(WorkbookRefusedException.class).isThrownBy(() -> Workbooks.textOf(bomb, DEFAULTS))
			.withMessageContaining("exceeds falcon.dropbox.imports.workbook.max-compression-ratio 100");
	}

	private static WorkbookLimits limits(int maxRows, long maxCells, DataSize maxSharedStrings) {
		WorkbookProperties d = WorkbookProperties.defaults();
		return new WorkbookProperties(d.maxEntries(), d.maxPartSize(), d.maxTotalSize(), d.maxCompressionRatio(),
				maxSharedStrings, d.maxStylesSize(), maxRows, d.maxRowGap(), maxCells, d.maxTextSize())
			.limits();
	}

	@Test
	void recognisesOnlyWorkbooks() throws IOException {
		Path csv = Files.writeString(this.temp.resolve("bp.csv"), "Time,SYS,DIA\n");
		Path zip = this.temp.resolve("other.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("MyFitbitData/readme.txt"));
			out.write("x".getBytes(StandardCharsets.UTF_8));
		}
		Path broken = Files.write(this.temp.resolve("broken.xlsx"), new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
		assertThat(Workbooks.isWorkbook(csv)).isFalse();
		assertThat(Workbooks.isZip(zip)).isTrue();
		assertThat(Workbooks.isWorkbook(zip)).isFalse();
		assertThat(Workbooks.isWorkbook(broken)).isFalse();
	}

	@Test
	void refusesADamagedWorkbook() throws IOException {
		Path zip = this.temp.resolve("damaged.xlsx");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("xl/workbook.xml"));
			out.write("<not-a-workbook".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(Workbooks.isWorkbook(zip)).isTrue();
		assertThatExceptionOfType(UnreadableFileException.class)
			.isThrownBy(() -> Workbooks.firstSheetAsCsv(zip, this.temp.resolve("out.csv"), DEFAULTS))
			.withMessageContaining("workbook");
	}

}
