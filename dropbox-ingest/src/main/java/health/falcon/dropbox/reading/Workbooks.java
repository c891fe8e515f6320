package health.falcon.dropbox.reading;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Excel workbooks ({@code .xlsx}, recognised by content: a ZIP holding
 * {@code xl/workbook.xml}). The first sheet is streamed (Apache POI's event API, so a
 * large sheet never sits in memory) into a UTF-8 CSV with one line per sheet row, so that
 * the same format detection, parsers and line numbers apply as for a CSV export. Cells
 * are written as Excel displays them (dates in the cell's own date format).
 */
public final class Workbooks {

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	/** The largest uncompressed part of a workbook read; a larger one is a zip bomb. */
	private static final long MAX_PART_SIZE = 256L * 1024 * 1024;

	/** A row number gap larger than this is not padded with blank lines. */
	private static final int MAX_ROW_GAP = 10_000;

	private Workbooks() {
	}

	/**
	 * @param file a file
	 * @return whether it starts like a ZIP archive
	 * @throws IOException if it cannot be read
	 */
	public static boolean isZip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
		}
	}

	/**
	 * @param file a file
	 * @return whether it is an Office Open XML workbook
	 * @throws IOException if it cannot be read
	 */
	public static boolean isWorkbook(Path file) throws IOException {
		if (!isZip(file)) {
			return false;
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry workbook = zip.getEntry("xl/workbook.xml");
			return workbook != null;
		}
		catch (IOException ex) {
			// a ZIP whose directory cannot be read is not a workbook we can use
			return false;
		}
	}

	/**
	 * The file to read lines from: the file itself, or for a workbook a new temporary CSV
	 * of its first sheet (the caller deletes it).
	 * @param file a file
	 * @return the file itself or the CSV
	 * @throws IOException if the file cannot be read or the CSV written
	 * @throws UnreadableFileException for a ZIP that is not a workbook, or a damaged
	 * workbook
	 */
	public static Path textOf(Path file) throws IOException, UnreadableFileException {
		if (!isZip(file)) {
			return file;
		}
		if (!isWorkbook(file)) {
			throw new UnreadableFileException("unsupported file: a ZIP archive that is not an Excel workbook");
		}
		Path csv = Files.createTempFile("dropbox-sheet-", ".csv");
		try {
			firstSheetAsCsv(file, csv);
			return csv;
		}
		catch (UnreadableFileException ex) {
			Files.deleteIfExists(csv);
			throw ex;
		}
	}

	/**
	 * Write the workbook's first sheet as CSV.
	 * @param workbook the workbook
	 * @param csv the file to write
	 * @throws UnreadableFileException if the workbook cannot be read
	 */
	public static void firstSheetAsCsv(Path workbook, Path csv) throws UnreadableFileException {
		ZipSecureFile.setMaxEntrySize(MAX_PART_SIZE);
		try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
				BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new UnreadableFileException("the workbook has no sheet");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				CsvRows rows = new CsvRows(out);
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
						new DataFormatter(Locale.ENGLISH), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (UnreadableFileException ex) {
			throw ex;
		}
		catch (UncheckedIOException ex) {
			throw new UnreadableFileException("the workbook could not be converted", ex);
		}
		catch (Exception ex) {
			// POI reports a damaged or hostile workbook with many exception types
			throw new UnreadableFileException("unreadable workbook: not a valid .xlsx file", ex);
		}
	}

	/**
	 * Writes sheet rows as CSV lines, padding skipped cells with empty fields and skipped
	 * rows with blank lines so that line numbers are row numbers.
	 */
	private static final class CsvRows implements SheetContentsHandler {

		private final BufferedWriter out;

		private final List<String> cells = new ArrayList<>();

		private int nextRow;

		CsvRows(BufferedWriter out) {
			this.out = out;
		}

		@Override
		public void startRow(int rowNum) {
			int gap = Math.min(rowNum - this.nextRow, MAX_ROW_GAP);
			for (int i = 0; i < gap; i++) {
				write("");
			}
			this.cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < this.cells.size(); i++) {
				if (i > 0) {
					line.append(',');
				}
				line.append(quoted(this.cells.get(i)));
			}
			write(line.toString());
			this.nextRow = rowNum + 1;
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = (cellReference != null) ? new CellReference(cellReference).getCol() : this.cells.size();
			while (this.cells.size() < column) {
				this.cells.add("");
			}
			this.cells.add((formattedValue != null) ? formattedValue : "");
		}

		private void write(String line) {
			try {
				this.out.write(line);
				this.out.write('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static String quoted(String value) {
			String oneLine = value.replace('\r', ' ').replace('\n', ' ');
			if (oneLine.indexOf(',') < 0 && oneLine.indexOf('"') < 0) {
				return oneLine;
			}
			return '"' + oneLine.replace("\"", "\"\"") + '"';
		}

	}

}
