package health.falcon.diet.mfpexport;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Written sample files for the parser tests.
 */
final class Csv {

	static final String N1_HEADER = "Date,Meal,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,Monounsaturated Fat,"
			+ "Trans Fat,Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),"
			+ "Vitamin A,Vitamin C,Calcium,Iron,Note";

	static final String N2_HEADER = N1_HEADER.replace("Meal,", "Meal,Time,");

	static final String N3_HEADER = "\uFEFF" + N2_HEADER.replace(",Note", "");

	private Csv() {
	}

	static InputStream of(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
