package health.falcon.diet.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.diet.nutrition.BodyMeasurementStore;
import health.falcon.diet.nutrition.NutritionDayStore;
import health.falcon.testsupport.Zips;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class MyFitnessPalImporterTests {

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	private final MongoTemplate mongo = new MongoTemplate(client, "falcon-diet");

	private MyFitnessPalImporter importer = importer(DietImportProperties.defaults());

	@BeforeEach
	void clean() {
		this.mongo.getDb().drop();
		this.mongo.getCollection("user_settings").insertOne(new Document("_id", "u1").append("units", "imperial"));
	}

	@AfterAll
	static void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void importsAllThreeFilesOfAnExport() {
		ImportReport report = this.importer.importFile("u1", "export.zip", new ByteArrayInputStream(Exports.zip()),
				"i1");
		assertThat(report.files()).extracting(ImportReport.FileReport::kind)
			.containsExactly("NUTRITION", "EXERCISE", "MEASUREMENT", "UNSUPPORTED");
		ImportReport.FileReport nutrition = report.files().get(0);
		assertThat(nutrition.rowsImported()).isEqualTo(4);
		assertThat(nutrition.rowsSkipped()).isEqualTo(1);
		assertThat(nutrition.errors()).containsExactly(new ImportReport.Problem(5, "'calories' is not a number"));
		Document day = this.mongo.getCollection("nutrition_days").find(new Document("_id", "u1/2026-03-10")).first();
		assertThat(day).isNotNull();
		assertThat(day.get("totals", Document.class).getDouble("kcal")).isEqualTo(1062.0);
		assertThat(day.get("totals", Document.class).getDouble("vitaminAPct")).isEqualTo(4.0);
		List<Document> meals = day.getList("meals", Document.class);
		assertThat(meals).extracting((meal) -> meal.getString("name")).containsExactly("Breakfast", "Lunch");
		assertThat(meals.get(0).getList("items", Document.class)).hasSize(2);
		assertThat(meals.get(0).get("totals", Document.class).getDouble("kcal")).isEqualTo(412.0);
		List<Document> exercise = day.getList("exercise", Document.class);
		assertThat(exercise).extracting((e) -> e.get("weightKg")).containsExactly(null, 61.23);
		assertThat(day.get("sources", Document.class).get("nutrition", Document.class).getString("provider"))
			.isEqualTo("myfitnesspal");
		Document weight = this.mongo.getCollection("body_measurements")
			.find(new Document("_id", "u1/2026-03-10"))
			.first();
		assertThat(weight).isNotNull();
		assertThat(weight.getDouble("weightKg")).isEqualTo(82.42);
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() {
		this.importer.importFile("u1", "export.zip", new ByteArrayInputStream(Exports.zip()), "i1");
		List<Document> first = all();
		this.importer.importFile("u1", "export.zip", new ByteArrayInputStream(Exports.zip()), "i2");
		assertThat(all()).isEqualTo(first);
		assertThat(this.mongo.getCollection("nutrition_days").countDocuments()).isEqualTo(2);
	}

	@Test
	void importsASingleCsvInTheDefaultMetricUnit() {
		ImportReport report = this.importer.importFile("u2", "Measurement-Summary.csv",
				new ByteArrayInputStream(Exports.MEASUREMENT.getBytes(StandardCharsets.UTF_8)), "i1");
		assertThat(report.files()).singleElement().satisfies((file) -> {
			assertThat(file.kind()).isEqualTo("MEASUREMENT");
			assertThat(file.rowsImported()).isEqualTo(2);
		});
		Document weight = this.mongo.getCollection("body_measurements").find(new Document("userId", "u2")).first();
		assertThat(weight).isNotNull();
		assertThat(weight.getDouble("weightKg")).isEqualTo(181.7);
	}

	@Test
	void reportsAnArchiveOverItsLimits() {
		this.importer = importer(new DietImportProperties(DataSize.ofMegabytes(1), 2, DataSize.ofKilobytes(1),
				DataSize.ofKilobytes(2), 200, 1, 1, 2));
		ImportReport report = this.importer.importFile("u1", "export.zip", new ByteArrayInputStream(Exports.zip()),
				"i1");
		assertThat(report.refused("export.zip")).isTrue();
	}

	@Test
	void refusesAZipBombWithTheLimitItBrokeAndStoresNothing() {
		byte[] bomb = Zips.zip()
			.with("Nutrition-Summary.csv", Exports.NUTRITION.getBytes(StandardCharsets.UTF_8))
			.withZeros("Exercise-Summary.csv", 32L * 1024 * 1024)
			.bytes();
		assertThat(bomb.length).isLessThan(100 * 1024);

		ImportReport report = this.importer.importFile("u1", "export.zip", new ByteArrayInputStream(bomb), "i1");

		assertThat(report.files()).singleElement().satisfies((file) -> {
			assertThat(file.file()).isEqualTo("export.zip");
			assertThat(file.errors()).singleElement()
				.satisfies((error) -> assertThat(error.reason()).startsWith("refused: entry 'Exercise-Summary.csv'")
					.endsWith("exceeds falcon.diet.imports.max-compression-ratio 200 (a possible zip bomb)"));
		});
		assertThat(report.refused("export.zip")).isTrue();
		assertThat(all()).isEmpty();
	}

	@Test
	void refusesAnArchiveWithTooManyEntriesAndStoresNothing() {
		Zips many = Zips.zip().with("Nutrition-Summary.csv", Exports.NUTRITION.getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < 100; i++) {
			many.with("padding-" + i + ".txt", new byte[] { 'x' });
		}

		ImportReport report = this.importer.importFile("u1", "export.zip", new ByteArrayInputStream(many.bytes()),
				"i1");

		assertThat(report.files()).singleElement()
			.satisfies((file) -> assertThat(file.errors()).extracting(ImportReport.Problem::reason)
				.containsExactly("refused: entry count 101 exceeds falcon.diet.imports.max-entries 100"));
		assertThat(all()).isEmpty();
	}

	@Test
	void refusesAnEntryWhoseHeadersUnderstateItsSize() {
		StringBuilder csv = new StringBuilder(Exports.MEASUREMENT);
		for (long i = 0; csv.length() < 3 * 1024 * 1024; i++) {
			csv.append("2026-03-10,").append((i * 2654435761L) % 1_000_003).append('\n');
		}
		byte[] lying = Zips.zip()
			.with("Measurement-Summary.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
			.declaringSize(100);
		this.importer = importer(new DietImportProperties(DataSize.ofMegabytes(64), 100, DataSize.ofMegabytes(1),
				DataSize.ofMegabytes(64), 200, 1, 8, 2));

		ImportReport report = this.importer.importFile("u1", "export.zip", new ByteArrayInputStream(lying), "i1");

		assertThat(report.files()).singleElement()
			.satisfies((file) -> assertThat(file.errors()).extracting(ImportReport.Problem::reason)
				.containsExactly("refused: entry 'Measurement-Summary.csv' inflates beyond "
						+ "falcon.diet.imports.max-entry-size 1MB"));
		assertThat(all()).isEmpty();
	}

	@Test
	void reportsSomethingThatIsNoExport() {
		ImportReport report = this.importer.importFile("u1", "notes.csv",
				new ByteArrayInputStream("name;value\nx;1\n".getBytes(StandardCharsets.UTF_8)), "i1");
		assertThat(report.files()).singleElement()
			.satisfies((file) -> assertThat(file.kind()).isEqualTo("UNSUPPORTED"));
		assertThat(this.mongo.getCollection("nutrition_days").countDocuments()).isZero();
	}

	private List<Document> all() {
		List<Document> documents = new ArrayList<>();
		for (String collection : List.of("nutrition_days", "body_measurements")) {
			this.mongo.getCollection(collection).find().sort(Sorts.ascending("_id")).into(documents);
		}
		return documents;
	}

	private MyFitnessPalImporter importer(DietImportProperties limits) {
		return new MyFitnessPalImporter(new NutritionDayStore(this.mongo), new BodyMeasurementStore(this.mongo),
				new UserUnits(this.mongo), limits);
	}

}
