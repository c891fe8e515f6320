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
				DataSize.ofKilobytes(2), 1, 1));
		ImportReport report = this.importer.importFile("u1", "export.zip", new ByteArrayInputStream(Exports.zip()),
				"i1");
		assertThat(report.refused("export.zip")).isTrue();
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
