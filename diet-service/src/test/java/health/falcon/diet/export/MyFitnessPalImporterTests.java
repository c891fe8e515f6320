package health.falcon.diet.export;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.ingest.imports.ImportStatus;
import health.falcon.ingest.imports.ImportView;
import health.falcon.testsupport.Zips;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MyFitnessPal reader through the kit's report and record: what is stored and what
 * the import's view tells.
 */
class MyFitnessPalImporterTests {

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	private static final String NUTRITION_FILE = "File-Export-2026-03-10-to-2026-03-11/"
			+ "Nutrition-Summary-2026-03-10-to-2026-03-11.csv";

	private final MongoTemplate mongo = new MongoTemplate(client, "falcon-diet");

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	private ImportHarness imports = harness(DietImportProperties.defaults());

	@BeforeEach
	void clean() {
		this.mongo.getDb().drop();
		this.mongo.getCollection("user_settings").insertOne(new Document("_id", "u1").append("units", "imperial"));
	}

	@AfterEach
	void close() {
		this.imports.close();
	}

	@AfterAll
	static void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void importsAllThreeFilesOfAnExport() {
		ImportView view = this.imports.read("u1", "export.zip", Exports.zip());
		assertThat(view.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(view.format()).isEqualTo("MYFITNESSPAL_ZIP");
		assertThat(view.files()).extracting(ImportView.FileSummary::kind)
			.containsExactly("NUTRITION", "EXERCISE", "MEASUREMENT", "UNSUPPORTED");
		ImportView.FileSummary nutrition = view.files().get(0);
		assertThat(nutrition.name()).isEqualTo(NUTRITION_FILE);
		assertThat(nutrition.rowsImported()).isEqualTo(4);
		assertThat(nutrition.rowsSkipped()).isEqualTo(1);
		assertThat(view.errors()).contains(new ImportView.RowError(NUTRITION_FILE, 5, "'calories' is not a number"));
		assertThat(view.rowsImported()).isEqualTo(4 + 2 + 2);
		assertThat(view.rowsSkipped()).isEqualTo(1);
		assertThat(view.progress()).isEqualTo(new ImportView.Progress(5, 5));
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
	void storesProvenanceInTheBytesItHadBefore() {
		this.imports.read("u1", "export.zip", Exports.zip());
		Document day = this.mongo.getCollection("nutrition_days").find(new Document("_id", "u1/2026-03-10")).first();
		Document weight = this.mongo.getCollection("body_measurements")
			.find(new Document("_id", "u1/2026-03-10"))
			.first();
		assertThat(day).isNotNull();
		assertThat(weight).isNotNull();
		Document sources = day.get("sources", Document.class);
		String folder = "File-Export-2026-03-10-to-2026-03-11/";
		assertThat(bson(sources.get("nutrition", Document.class)))
			.isEqualTo(bson(provenanceAsWrittenBefore(folder + "Nutrition-Summary-2026-03-10-to-2026-03-11.csv")));
		assertThat(bson(sources.get("exercise", Document.class)))
			.isEqualTo(bson(provenanceAsWrittenBefore(folder + "Exercise-Summary-2026-03-10-to-2026-03-11.csv")));
		assertThat(bson(weight.get("source", Document.class)))
			.isEqualTo(bson(provenanceAsWrittenBefore(folder + "Measurement-Summary-2026-03-10-to-2026-03-11.csv")));
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() {
		this.imports.read("u1", "export.zip", Exports.zip());
		List<Document> first = all();
		this.imports.read("u1", "export.zip", Exports.zip());
		assertThat(all()).isEqualTo(first);
		assertThat(this.mongo.getCollection("nutrition_days").countDocuments()).isEqualTo(2);
	}

	@Test
	void importsASingleCsvInTheDefaultMetricUnit() {
		ImportView view = this.imports.read("u2", "Measurement-Summary.csv",
				Exports.MEASUREMENT.getBytes(StandardCharsets.UTF_8));
		assertThat(view.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(view.format()).isEqualTo("MYFITNESSPAL_CSV");
		assertThat(view.files()).singleElement().satisfies((file) -> {
			assertThat(file.name()).isEqualTo("Measurement-Summary.csv");
			assertThat(file.kind()).isEqualTo("MEASUREMENT");
			assertThat(file.rowsImported()).isEqualTo(2);
		});
		Document weight = this.mongo.getCollection("body_measurements").find(new Document("userId", "u2")).first();
		assertThat(weight).isNotNull();
		assertThat(weight.getDouble("weightKg")).isEqualTo(181.7);
	}

	@Test
	void reportsAnArchiveOverItsLimits() {
		this.imports.close();
		this.imports = harness(new DietImportProperties(DataSize.ofMegabytes(1), 2, DataSize.ofKilobytes(1),
				DataSize.ofKilobytes(2), 200, 1, 1, 2));
		ImportView view = this.imports.read("u1", "export.zip", Exports.zip());
		assertThat(view.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(view.reason()).startsWith("refused: ");
		assertThat(all()).isEmpty();
	}

	@Test
	void refusesAZipBombWithTheLimitItBrokeAndStoresNothing() {
		byte[] bomb = Zips.zip()
			.with("Nutrition-Summary.csv", Exports.NUTRITION.getBytes(StandardCharsets.UTF_8))
			.withZeros("Exercise-Summary.csv", 32L * 1024 * 1024)
			.bytes();
		assertThat(bomb.length).isLessThan(100 * 1024);

		ImportView view = this.imports.read("u1", "export.zip", bomb);

		assertThat(view.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(view.reason()).startsWith("refused: entry 'Exercise-Summary.csv'")
			.endsWith("exceeds falcon.diet.imports.max-compression-ratio 200 (a possible zip bomb)");
		assertThat(view.files()).isEmpty();
		assertThat(view.rowsImported()).isZero();
		assertThat(all()).isEmpty();
	}

	@Test
	void refusesAnArchiveWithTooManyEntriesAndStoresNothing() {
		Zips many = Zips.zip().with("Nutrition-Summary.csv", Exports.NUTRITION.getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < 100; i++) {
			many.with("padding-" + i + ".txt", new byte[] { 'x' });
		}

		ImportView view = this.imports.read("u1", "export.zip", many.bytes());

		assertThat(view.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(view.reason()).isEqualTo("refused: entry count 101 exceeds falcon.diet.imports.max-entries 100");
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
		this.imports.close();
		this.imports = harness(new DietImportProperties(DataSize.ofMegabytes(64), 100, DataSize.ofMegabytes(1),
				DataSize.ofMegabytes(64), 200, 1, 8, 2));

		ImportView view = this.imports.read("u1", "export.zip", lying);

		assertThat(view.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(view.reason()).isEqualTo(
				"refused: entry 'Measurement-Summary.csv' inflates beyond falcon.diet.imports.max-entry-size 1MB");
		assertThat(all()).isEmpty();
	}

	@Test
	void refusesWhatStartsLikeAZipButIsNone() {
		byte[] broken = { 'P', 'K', 3, 4, 'n', 'o', 't', ' ', 'a', ' ', 'z', 'i', 'p' };
		ImportView view = this.imports.read("u1", "export.zip", broken);
		assertThat(view.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(view.reason()).isIn("the archive is empty or not a ZIP archive",
				"the upload could not be read as a ZIP archive");
		assertThat(view.files()).isEmpty();
	}

	@Test
	void reportsSomethingThatIsNoExport() {
		ImportView view = this.imports.read("u1", "notes.csv", "name;value\nx;1\n".getBytes(StandardCharsets.UTF_8));
		assertThat(view.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(view.files()).singleElement().satisfies((file) -> assertThat(file.kind()).isEqualTo("UNSUPPORTED"));
		assertThat(view.errors()).singleElement()
			.satisfies((error) -> assertThat(error.reason())
				.isEqualTo("not a MyFitnessPal Nutrition, Exercise or Measurement Summary"));
		assertThat(this.mongo.getCollection("nutrition_days").countDocuments()).isZero();
	}

	private List<Document> all() {
		List<Document> documents = new ArrayList<>();
		for (String collection : List.of("nutrition_days", "body_measurements")) {
			this.mongo.getCollection(collection).find().sort(Sorts.ascending("_id")).into(documents);
		}
		return documents;
	}

	/**
	 * The provenance as diet-service's own {@code Source} record was written before it
	 * gave way to health-model's.
	 */
	private static Document provenanceAsWrittenBefore(String file) {
		return new Document("provider", "myfitnesspal").append("channel", "export").append("file", file);
	}

	private static byte[] bson(Document document) {
		RawBsonDocument raw = new RawBsonDocument(document, new DocumentCodec());
		byte[] bytes = new byte[raw.getByteBuffer().remaining()];
		raw.getByteBuffer().get(bytes);
		return bytes;
	}

	private ImportHarness harness(DietImportProperties properties) {
		return new ImportHarness(this.mongo, this.clock, properties);
	}

}
