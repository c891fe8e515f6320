package health.falcon.backend.account;

import java.util.List;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import health.falcon.backend.BackendDataIntegrationSupport;
import health.falcon.documents.photos.PhotosCollection;
import health.falcon.testsupport.TestJwts;
import health.falcon.testsupport.Zips;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/me/restore}: a {@code falcon-export} archive restores the caller's
 * settings and photos in backend-server (for the caller only, twice without duplicates, a
 * photo that fails reported) and is uploaded to every ingest service's import endpoint
 * with the caller's own token; a service that fails is named; a body that is no archive,
 * a zip bomb or one over the limit is refused before anything is forwarded. The ingest
 * services are stubbed in WireMock; the limits are lowered so the tests stay small.
 */
@TestPropertySource(
		properties = { "falcon.account.restore.max-bytes=1MB", "falcon.account.restore.max-compression-ratio=100" })
class AccountRestoreIntegrationTests extends BackendDataIntegrationSupport {

	private static final List<List<String>> SERVICES = List.of(List.of("diet-service", "myfitnesspal"),
			List.of("dropbox-ingest", "dropbox"), List.of("fitbit-service", "fitbit"),
			List.of("fitness-service", "strava"));

	private final String alex = TestJwts.token("alex", TestJwts.AUDIENCE);

	private final String demo = TestJwts.token("demo", TestJwts.AUDIENCE);

	@Autowired
	private MongoOperations mongo;

	@BeforeEach
	void emptyStores() {
		for (String collection : List.of("user_settings", PhotosCollection.COLLECTION,
				PhotosCollection.BUCKET + ".files", PhotosCollection.BUCKET + ".chunks")) {
			this.mongo.remove(new Query(), collection);
		}
		this.mongo.getCollection("user_settings")
			.insertOne(new Document("_id", "demo").append("timeZone", "Asia/Tokyo").append("units", "metric"));
	}

	@Test
	void restoresTheCallersSettingsAndPhotosAndUploadsTheArchiveToEveryService() {
		acceptEverywhere();
		byte[] archive = ExportArchives.full();

		RestTestClientResponse response = restore(archive, this.alex);

		assertThat(response).hasStatus(202);
		assertThat(response).bodyJson().extractingPath("$.restored.backend-server.user_settings").isEqualTo(1);
		assertThat(response).bodyJson().extractingPath("$.restored.backend-server.photos").isEqualTo(1);
		assertThat(response).bodyJson()
			.extractingPath("$.restored.backend-server.errors")
			.isEqualTo(List.of(ExportArchives.BAD_PHOTO + ": The file is not a JPEG, PNG or WebP image."));
		assertThat(response).bodyJson().extractingPath("$.imports.fitbit-service.id").isEqualTo("fitbit-service-1");
		assertThat(response).bodyJson().extractingPath("$.imports.fitness-service.status").isEqualTo("QUEUED");
		assertThat(response).bodyJson().extractingPath("$.failed").isEqualTo(List.of());
		for (List<String> service : SERVICES) {
			backendData.verify(1,
					postRequestedFor(urlPathEqualTo(importPath(service)))
						.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + this.alex))
						// streamed: a body buffered before sending would be sent with its
						// length
						.withHeader(HttpHeaders.TRANSFER_ENCODING, equalTo("chunked"))
						.withRequestBodyPart(aMultipart("file").withBody(binaryEqualTo(archive)).build()));
		}
		Document settings = this.mongo.getCollection("user_settings").find(new Document("_id", "alex")).first();
		assertThat(settings).isNotNull();
		assertThat(settings.getString("timeZone")).isEqualTo("Europe/Berlin");
		assertThat(settings.getString("units")).isEqualTo("imperial");
		assertThat(settings.get("heartRate", Document.class).getInteger("max")).isEqualTo(190);
		Document demoSettings = this.mongo.getCollection("user_settings").find(new Document("_id", "demo")).first();
		assertThat(demoSettings).isNotNull();
		assertThat(demoSettings.getString("timeZone")).isEqualTo("Asia/Tokyo");
		assertThat(call("/api/media", this.alex)).bodyJson().extractingPath("$.items[0].caption").isEqualTo("Summit");
		assertThat(call("/api/media", this.alex)).bodyJson()
			.extractingPath("$.items[0].uploadedAt")
			.isEqualTo("2026-03-29T05:30:00Z");
		assertThat(call("/api/media", this.demo)).bodyJson().extractingPath("$.items").isEqualTo(List.of());
	}

	@Test
	void restoringTheSameArchiveAgainDuplicatesNothing() {
		acceptEverywhere();
		byte[] archive = ExportArchives.full();
		assertThat(restore(archive, this.alex)).hasStatus(202);

		RestTestClientResponse again = restore(archive, this.alex);

		assertThat(again).hasStatus(202);
		assertThat(again).bodyJson().extractingPath("$.restored.backend-server.photos").isEqualTo(0);
		assertThat(photos("alex")).isOne();
		assertThat(this.mongo.getCollection(PhotosCollection.BUCKET + ".files")
			.countDocuments(new Document(PhotosCollection.METADATA_USER_ID, "alex"))).isEqualTo(2);
		// another user restoring the same archive gets photos of their own
		assertThat(restore(archive, this.demo)).hasStatus(202);
		assertThat(photos("demo")).isOne();
		assertThat(photos("alex")).isOne();
	}

	@Test
	void reportsSettingsThatTheSettingsEndpointWouldRefuse() {
		acceptEverywhere();
		byte[] archive = Zips.zip()
			.with("manifest.json", ExportArchives.utf8(ExportArchives.MANIFEST))
			.with("collections/user_settings.json",
					ExportArchives.utf8("[\n{\"timeZone\": \"+02:00\", \"units\": \"metric\"}\n]\n"))
			.bytes();

		RestTestClientResponse response = restore(archive, this.alex);

		assertThat(response).hasStatus(202);
		assertThat(response).bodyJson().extractingPath("$.restored.backend-server.user_settings").isEqualTo(0);
		assertThat(response).bodyJson()
			.extractingPath("$.restored.backend-server.errors[0]")
			.asString()
			.startsWith("collections/user_settings.json line 2: timeZone ");
		assertThat(this.mongo.getCollection("user_settings").countDocuments(new Document("_id", "alex"))).isZero();
	}

	@Test
	void namesAServiceThatFailsAndImportsInTheOthers() {
		acceptEverywhere();
		backendData.stubFor(importStub(SERVICES.get(2)).willReturn(aResponse().withStatus(503)));

		RestTestClientResponse response = restore(ExportArchives.full(), this.alex);

		assertThat(response).hasStatus(202);
		assertThat(response).bodyJson().extractingPath("$.failed").isEqualTo(List.of("fitbit-service"));
		assertThat(response).bodyJson().extractingPath("$.reasons.fitbit-service").isEqualTo("HTTP 503");
		assertThat(response).bodyJson().extractingPath("$.imports.diet-service.status").isEqualTo("QUEUED");
		assertThat(response).bodyJson().doesNotHavePath("$.imports.fitbit-service");
	}

	@Test
	void answers502WhenEveryServiceFails() {
		SERVICES.forEach((service) -> backendData.stubFor(importStub(service).willReturn(aResponse().withStatus(413))));

		RestTestClientResponse response = restore(ExportArchives.full(), this.alex);

		assertThat(response).hasStatus(502).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/restore-incomplete");
		assertThat(response).bodyJson().extractingPath("$.failed").asArray().hasSize(4);
		assertThat(response).bodyJson().extractingPath("$.reasons.diet-service").isEqualTo("HTTP 413");
		assertThat(response).bodyJson().extractingPath("$.restored.backend-server.photos").isEqualTo(1);
	}

	@Test
	void refusesABodyThatIsNoZip() {
		assertInvalid(restore(ExportArchives.utf8("{\"format\": \"falcon-export\"}"), this.alex));
	}

	@Test
	void refusesAZipWithoutManifest() {
		assertInvalid(
				restore(Zips.zip().with("collections/photos.json", ExportArchives.utf8("[\n]\n")).bytes(), this.alex));
	}

	@Test
	void refusesAnotherFormatOrVersion() {
		assertInvalid(restore(Zips.zip()
			.with("manifest.json", ExportArchives.utf8("{\"format\": \"takeout\", \"version\": 1}"))
			.bytes(), this.alex));
		assertInvalid(restore(Zips.zip()
			.with("manifest.json", ExportArchives.utf8("{\"format\": \"falcon-export\", \"version\": 2}"))
			.bytes(), this.alex));
	}

	@Test
	void refusesAZipBombBeforeForwardingIt() {
		byte[] bomb = Zips.zip()
			.with("manifest.json", ExportArchives.utf8(ExportArchives.MANIFEST))
			.withZeros("collections/user_settings.json", 8L * 1024 * 1024)
			.bytes();
		assertThat(bomb.length).isLessThan(64 * 1024);

		RestTestClientResponse response = restore(bomb, this.alex);

		assertInvalid(response);
		assertThat(response).bodyJson().extractingPath("$.detail").asString().contains("max-compression-ratio");
	}

	@Test
	void refusesAnArchiveOverTheLimit() {
		byte[] large = new byte[1024 * 1024 + 1];

		RestTestClientResponse response = restore(large, this.alex);

		assertThat(response).hasStatus(413).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/payload-too-large");
		backendData.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void refusesAnotherContentType() {
		RestTestClientResponse response = RestTestClientResponse.from(this.client.post()
			.uri("/api/me/restore")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.alex)
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(ExportArchives.full())
			.exchange());

		assertThat(response).hasStatus(415).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		backendData.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void refusesWithoutAToken() {
		RestTestClientResponse response = RestTestClientResponse.from(this.client.post()
			.uri("/api/me/restore")
			.contentType(MediaType.parseMediaType("application/zip"))
			.body(ExportArchives.full())
			.exchange());

		assertThat(response).hasStatus(401);
		backendData.verify(0, anyRequestedFor(anyUrl()));
		assertThat(photos("alex")).isZero();
	}

	private void assertInvalid(RestTestClientResponse response) {
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/invalid-archive");
		backendData.verify(0, anyRequestedFor(anyUrl()));
	}

	private void acceptEverywhere() {
		SERVICES.forEach((service) -> backendData.stubFor(importStub(service).willReturn(aResponse().withStatus(202)
			.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.withBody("{\"id\": \"" + service.get(0) + "-1\", \"status\": \"QUEUED\"}"))));
	}

	private static MappingBuilder importStub(List<String> service) {
		return post(urlPathEqualTo(importPath(service)));
	}

	private static String importPath(List<String> service) {
		return "/" + service.get(0) + "/api/connections/" + service.get(1) + "/imports";
	}

	private long photos(String user) {
		return this.mongo.getCollection(PhotosCollection.COLLECTION)
			.countDocuments(new Document(PhotosCollection.USER_ID, user));
	}

	private RestTestClientResponse restore(byte[] archive, String token) {
		return RestTestClientResponse.from(this.client.post()
			.uri("/api/me/restore")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.parseMediaType("application/zip"))
			.body(archive)
			.exchange());
	}

}
