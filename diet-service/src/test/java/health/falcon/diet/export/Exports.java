package health.falcon.diet.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Written MyFitnessPal export samples for the import tests.
 */
final class Exports {

	static final String NUTRITION = """
			Date,Meal,Time,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,Monounsaturated Fat,Trans Fat,Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),Vitamin A,Vitamin C,Calcium,Iron,Note
			2026-03-10,Breakfast,10:00 AM,200,5,1,0,2,0,0,100,50,30,3,7,8,2,0,2,1,
			2026-03-10,Breakfast,,212,7.5,2,1,2,0,15,280,370,25,3,7,13,2,10,10,7,coffee
			2026-03-10,Lunch,,650,22,6,2,9,0,80,910,600,70,8,9,38,0,15,6,12,
			2026-03-10,Lunch,,oops,22,6,2,9,0,80,910,600,70,8,9,38,0,15,6,12,
			2026-03-11,Dinner,7:00 PM,"1,100",40,,,,,,,,,,,,,,,,
			""";

	static final String EXERCISE = """
			Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,Pounds,Steps,Note
			2026-03-10,Running,Cardio,420.0,40,,,,6200,
			2026-03-10,Bench Press,Strength,,,3,8,135,,
			""";

	static final String MEASUREMENT = "Date,Weight\n2026-03-10,181.7\n2026-03-11,181.0\n";

	private Exports() {
	}

	static byte[] zip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			String folder = "File-Export-2026-03-10-to-2026-03-11/";
			zip.putNextEntry(new ZipEntry(folder));
			entry(zip, folder + "Nutrition-Summary-2026-03-10-to-2026-03-11.csv", NUTRITION);
			entry(zip, folder + "Exercise-Summary-2026-03-10-to-2026-03-11.csv", EXERCISE);
			entry(zip, folder + "Measurement-Summary-2026-03-10-to-2026-03-11.csv", MEASUREMENT);
			entry(zip, folder + "readme.txt", "hello");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
