package health.falcon.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Hostile files made on the fly (never committed): a ZIP whose one entry inflates a few
 * hundred kilobytes into hundreds of megabytes, and a workbook whose rows jump from row 2
 * to the last row Excel allows.
 */
final class Bombs {

	private Bombs() {
	}

	/**
	 * A ZIP with one entry of zeros under an innocent name.
	 * @param entryName the entry's name, for example a MyFitnessPal export file name
	 * @param inflatedBytes how many zero bytes the entry inflates to
	 */
	static byte[] zip(String entryName, long inflatedBytes) throws IOException {
		ByteArrayOutputStream archive = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(archive)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new ZipEntry(entryName));
			byte[] zeros = new byte[1 << 20];
			for (long written = 0; written < inflatedBytes; written += zeros.length) {
				zip.write(zeros, 0, (int) Math.min(zeros.length, inflatedBytes - written));
			}
			zip.closeEntry();
		}
		return archive.toByteArray();
	}

	/**
	 * An xlsx workbook with a blood-pressure header, one reading in row 2 and one in row
	 * 1,048,576: a reader that fills the gap writes a million empty rows.
	 */
	static byte[] xlsxRowGap() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet("Sheet1");
			row(sheet, 0, "Date", "SYS(mmHg)", "DIA(mmHg)", "Pulse(bpm)");
			row(sheet, 1, "2026-03-10 07:30", "121", "79", "64");
			row(sheet, 1_048_575, "2026-03-11 07:30", "122", "80", "65");
			book.write(out);
		}
		return out.toByteArray();
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

}
