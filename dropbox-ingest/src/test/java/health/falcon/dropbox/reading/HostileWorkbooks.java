package health.falcon.dropbox.reading;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks an attacker would upload, built in the test (nothing large is committed): a
 * row-number gap, a large shared-strings part, a zip bomb inside the workbook.
 */
public final class HostileWorkbooks {

	private HostileWorkbooks() {
	}

	/**
	 * Write a one-sheet workbook.
	 * @param file where
	 * @param rows fills the sheet
	 * @return the file
	 * @throws IOException if it cannot be written
	 */
	public static Path workbook(Path file, Consumer<Sheet> rows) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			rows.accept(book.createSheet("BP"));
			book.write(out);
		}
		return file;
	}

	/**
	 * Write a workbook whose shared-strings part is about 100 KB.
	 * @param file where
	 * @return the file
	 * @throws IOException if it cannot be written
	 */
	public static Path sharedStrings(Path file) throws IOException {
		return workbook(file, (sheet) -> {
			sheet.createRow(0).createCell(0).setCellValue("Time");
			for (int i = 1; i <= 2000; i++) {
				sheet.createRow(i).createCell(0).setCellValue("a distinct shared string number " + i);
			}
		});
	}

	/**
	 * A copy of a ZIP with one more entry of zeros: a few kilobytes that inflate to the
	 * given size.
	 * @param zip the archive
	 * @param name the new entry's name
	 * @param size its inflated size
	 * @return the new archive
	 * @throws IOException if the archive cannot be read
	 */
	public static byte[] withZeros(byte[] zip, String name, long size) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.setLevel(Deflater.BEST_COMPRESSION);
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				in.transferTo(out);
			}
			out.putNextEntry(new ZipEntry(name));
			byte[] chunk = new byte[64 * 1024];
			for (long left = size; left > 0; left -= chunk.length) {
				out.write(chunk, 0, (int) Math.min(left, chunk.length));
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * Write a workbook of a header, one row and then a row numbered 1,000,000.
	 * @param file where
	 * @return the file
	 * @throws IOException if it cannot be written
	 */
	public static Path rowGap(Path file) throws IOException {
		return workbook(file, (sheet) -> {
			sheet.createRow(0).createCell(0).setCellValue("Datum");
			sheet.createRow(1).createCell(0).setCellValue("29.03.2026");
			sheet.createRow(999_999).createCell(0).setCellValue("far away");
		});
	}

}
