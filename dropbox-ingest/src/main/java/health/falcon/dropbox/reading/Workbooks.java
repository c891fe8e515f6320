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
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import health.falcon.ingest.archive.ArchiveLimits;
import health.falcon.ingest.archive.ArchiveRefusedException;
import health.falcon.ingest.archive.GuardedZip;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Excel workbooks ({@code .xlsx}, recognised by content: a ZIP holding
 * {@code xl/workbook.xml}). The first sheet is streamed (Apache POI's event API, so a
 * large sheet never sits in memory) into a UTF-8 CSV with one line per sheet row, so that
 * the same format detection, parsers and line numbers apply as for a CSV export. Cells
 * are written as Excel displays them (dates in the cell's own date format). Before POI
 * opens it, the workbook is read whole through the archive guard and the parts POI loads
 * into memory are checked by their inflated size; the CSV is bounded too (see
 * {@link WorkbookLimits}).
 */
public final class Workbooks {

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private Workbooks() {
	}

	/**
	 * @return whether it starts like a ZIP archive
	 * @throws IOException if it cannot be read
	 */
	public static boolean isZip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
		}
	}

	/**
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
	 * @param limits the limits a workbook is read within
	 * @return the file itself or the CSV
	 * @throws IOException if the file cannot be read or the CSV written
	 * @throws UnreadableFileException for a ZIP that is not a workbook, or a damaged
	 * workbook
	 * @throws WorkbookRefusedException for a workbook over a limit
	 */
	public static Path textOf(Path file, WorkbookLimits limits) throws IOException, UnreadableFileException {
		if (!isZip(file)) {
			return file;
		}
		if (!isWorkbook(file)) {
			throw new UnreadableFileException("unsupported file: a ZIP archive that is not an Excel workbook");
		}
		Path csv = Files.createTempFile("dropbox-sheet-", ".csv");
		try {
			firstSheetAsCsv(file, csv, limits);
			return csv;
		}
		catch (UnreadableFileException ex) {
			Files.deleteIfExists(csv);
			throw ex;
		}
	}

	/**
	 * Write the workbook's first sheet as CSV.
	 * @param csv the file to write
	 * @param limits the limits the workbook is read within
	 * @throws UnreadableFileException if the workbook cannot be read
	 * @throws WorkbookRefusedException if it breaks a limit
	 */
	public static void firstSheetAsCsv(Path workbook, Path csv, WorkbookLimits limits) throws UnreadableFileException {
		Map<String, Long> sizes = checkArchive(workbook, limits);
		// POI's own guard stays on behind ours, with the same limits
		ZipSecureFile.setMaxEntrySize(limits.archive().maxEntryBytes());
		ZipSecureFile.setMinInflateRatio(1.0 / limits.archive().maxCompressionRatio());
		try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
				BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			checkLoadedParts(pkg, sizes, limits);
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new UnreadableFileException("the workbook has no sheet");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				CsvRows rows = new CsvRows(out, limits);
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
						new DataFormatter(Locale.ENGLISH), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (LimitCrossed ex) {
			throw ex.refusal;
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

	private static Map<String, Long> checkArchive(Path workbook, WorkbookLimits limits) throws UnreadableFileException {
		try (GuardedZip zip = GuardedZip.open(workbook, limits.archive())) {
			GuardedZip.Scan scan = zip.scan(zip.entries());
			for (Map.Entry<String, IOException> failed : scan.failed().entrySet()) {
				if (failed.getValue() instanceof ArchiveRefusedException refused) {
					throw new WorkbookRefusedException(refused.getMessage());
				}
				throw new UnreadableFileException("unreadable workbook: a part cannot be read");
			}
			return scan.sizes();
		}
		catch (ArchiveRefusedException ex) {
			throw new WorkbookRefusedException(ex.getMessage());
		}
	}

	private static void checkLoadedParts(OPCPackage pkg, Map<String, Long> sizes, WorkbookLimits limits)
			throws WorkbookRefusedException {
		checkPart(pkg, XSSFRelation.SHARED_STRINGS.getContentType(), sizes, limits.maxSharedStringsSize(),
				limits.property("max-shared-strings-size"), "shared strings");
		checkPart(pkg, XSSFRelation.STYLES.getContentType(), sizes, limits.maxStylesSize(),
				limits.property("max-styles-size"), "styles");
	}

	private static void checkPart(OPCPackage pkg, String contentType, Map<String, Long> sizes, long limit,
			String property, String what) throws WorkbookRefusedException {
		for (PackagePart part : pkg.getPartsByContentType(contentType)) {
			String name = part.getPartName().getName().substring(1);
			// a part the guard did not read whole is not trusted either
			long size = sizes.getOrDefault(name, Long.MAX_VALUE);
			if (size > limit) {
				throw new WorkbookRefusedException(
						"the " + what + " part inflates beyond " + property + " " + ArchiveLimits.format(limit));
			}
		}
	}

	/**
	 * Writes sheet rows as CSV lines, padding skipped cells with empty fields and skipped
	 * rows with blank lines so that line numbers are row numbers, within the limits on
	 * rows, row gaps, cells and bytes.
	 */
	private static final class CsvRows implements SheetContentsHandler {

		private final BufferedWriter out;

		private final WorkbookLimits limits;

		private final List<String> cells = new ArrayList<>();

		private int nextRow;

		private long cellsWritten;

		private long bytesWritten;

		CsvRows(BufferedWriter out, WorkbookLimits limits) {
			this.out = out;
			this.limits = limits;
		}

		@Override
		public void startRow(int rowNum) {
			if ((long) rowNum + 1 > this.limits.maxRows()) {
				throw refuse("row " + (rowNum + 1) + " exceeds " + this.limits.property("max-rows") + " "
						+ this.limits.maxRows());
			}
			int gap = rowNum - this.nextRow;
			if (gap > this.limits.maxRowGap()) {
				throw refuse("row " + (rowNum + 1) + " follows row " + this.nextRow + ": a gap of " + gap
						+ " empty rows exceeds " + this.limits.property("max-row-gap") + " " + this.limits.maxRowGap());
			}
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
			this.cellsWritten += Math.max(column - this.cells.size(), 0) + 1;
			if (this.cellsWritten > this.limits.maxCells()) {
				throw refuse("the sheet holds more than " + this.limits.property("max-cells") + " "
						+ this.limits.maxCells() + " cells (empty cells before a cell included)");
			}
			while (this.cells.size() < column) {
				this.cells.add("");
			}
			this.cells.add((formattedValue != null) ? formattedValue : "");
		}

		private void write(String line) {
			this.bytesWritten += line.length() + 1;
			if (this.bytesWritten > this.limits.maxTextSize()) {
				throw refuse("the sheet becomes more text than " + this.limits.property("max-text-size") + " "
						+ ArchiveLimits.format(this.limits.maxTextSize()));
			}
			try {
				this.out.write(line);
				this.out.write('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static LimitCrossed refuse(String reason) {
			return new LimitCrossed(new WorkbookRefusedException(reason));
		}

		private static String quoted(String value) {
			String oneLine = value.replace('\r', ' ').replace('\n', ' ');
			if (oneLine.indexOf(',') < 0 && oneLine.indexOf('"') < 0) {
				return oneLine;
			}
			return '"' + oneLine.replace("\"", "\"\"") + '"';
		}

	}

	/**
	 * Carries a refusal out of POI's parser, which lets only unchecked exceptions
	 * through.
	 */
	private static final class LimitCrossed extends RuntimeException {

		private final WorkbookRefusedException refusal;

		LimitCrossed(WorkbookRefusedException refusal) {
			super(refusal.getMessage(), null, false, false);
			this.refusal = refusal;
		}

	}

}
