package health.falcon.dropbox.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Binary test files: an iHealth workbook and ZIP archives.
 */
final class TestFiles {

	private TestFiles() {
	}

	/**
	 * An iHealth export as a workbook: the header, two readings (a date cell and a text
	 * cell with units) and a row with an unreadable systolic value on line 4.
	 */
	static byte[] iHealthWorkbook() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Blood Pressure");
			CellStyle dateTime = book.createCellStyle();
			dateTime.setDataFormat(book.createDataFormat().getFormat("m/d/yy h:mm"));
			row(sheet, 0, "Time", "SYS", "DIA", "Pulse");
			Row first = row(sheet, 1, "", "121 mmHg", "79 mmHg", "64 bpm");
			first.getCell(0).setCellValue(LocalDateTime.of(2025, 1, 6, 8, 30));
			first.getCell(0).setCellStyle(dateTime);
			row(sheet, 2, "2025-01-07 21:05", "118", "76", "");
			row(sheet, 3, "2025-01-08 07:10", "high", "80", "70");
			book.write(out);
			return out.toByteArray();
		}
	}

	static byte[] zip(String entry, String content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.putNextEntry(new ZipEntry(entry));
			out.write(content.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	private static Row row(Sheet sheet, int index, String... cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			row.createCell(i).setCellValue(cells[i]);
		}
		return row;
	}

}
