package health.falcon.backend.photos;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.gridfs.model.GridFSFile;
import health.falcon.backend.erasure.PersonalData;
import health.falcon.documents.photos.PhotosCollection;
import health.falcon.testsupport.ImportRequests;
import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.MutableClock;
import health.falcon.testsupport.TestJwts;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/media} over HTTP against mongo-java-server with validated RS256 tokens: the
 * whole upload path, the served files' headers, paging, changes, deletion, erasure and
 * the abuse cases (files that are no images, bombs, path tricks, another user's ids).
 * Uploads are limited to 1 MB here.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falcon.photos.max-bytes=1MB")
@AutoConfigureRestTestClient
class PhotosIntegrationTests {

	private static final InMemoryMongo mongo = InMemoryMongo.start();

	private static final String mongoUri = mongo.uri("falcon");

	private static final Instant START = Instant.parse("2026-03-29T00:59:58Z");

	@Autowired
	private RestTestClient client;

	@Autowired
	private MongoTemplate template;

	@Autowired
	private GridFsTemplate photoFiles;

	@Autowired
	private MutableClock clock;

	@Autowired
	private List<PersonalData> personalData;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> mongoUri);
	}

	@AfterAll
	static void stop() {
		mongo.close();
	}

	@BeforeEach
	void clean() {
		this.template.remove(new Query(), PhotosCollection.COLLECTION);
		this.photoFiles.delete(new Query());
		this.clock.set(START);
	}

	@Test
	void storesAnUploadAndAnswersWithItsLocationAndDescription() {
		RestTestClientResponse response = upload("demo", "holiday.jpg", TestImages.jpeg(64, 48),
				Map.of("caption", "Lake", "date", "2026-03-29"));
		assertThat(response).hasStatus(201);
		String id = id(response);
		assertThat(response).headers().hasExactlyValues(HttpHeaders.LOCATION, List.of("/api/media/" + id));
		Document stored = this.template.findById(id, Document.class, PhotosCollection.COLLECTION);
		assertThat(response).bodyJson().isEqualTo("""
				{"id": "%s", "caption": "Lake", "date": "2026-03-29", "uploadedAt": "2026-03-29T00:59:58Z",
				 "contentType": "image/jpeg", "size": %d, "width": 64, "height": 48}
				""".formatted(id, stored.get("size")));
		assertThat(stored).containsEntry("userId", "demo").containsEntry("date", "2026-03-29");
		byte[] served = get("demo", "/api/media/" + id).getExchangeResult().getResponseBodyContent();
		assertThat(((Number) stored.get("size")).longValue()).isEqualTo(served.length);
		assertThat(stored.get("uploadedAt")).isInstanceOf(Date.class);
		assertThat(files("demo")).hasSize(2);
	}

	@Test
	void servesTheImageWithItsTypeTagAndSafeHeaders() {
		String id = id(upload("demo", "a.png", TestImages.png(40, 30), Map.of()));
		RestTestClientResponse image = get("demo", "/api/media/" + id);
		assertThat(image).hasStatusOk().hasContentType(MediaType.IMAGE_PNG);
		assertThat(image).headers()
			.hasExactlyValues("X-Content-Type-Options", List.of("nosniff"))
			.hasExactlyValues(HttpHeaders.CACHE_CONTROL, List.of("no-cache, private"))
			.hasExactlyValues(HttpHeaders.CONTENT_DISPOSITION, List.of("inline; filename=\"photo-" + id + ".png\""))
			.containsHeader(HttpHeaders.ETAG);
		String etag = image.getExchangeResult().getResponseHeaders().getETag();
		RestTestClientResponse again = RestTestClientResponse.from(this.client.get()
			.uri("/api/media/" + id)
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer("demo"))
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange());
		assertThat(again).hasStatus(304);
		assertThat(again.getExchangeResult().getResponseBodyContent()).isEmpty();
	}

	@Test
	void servesAThumbnail() {
		String id = id(upload("demo", "big.jpg", TestImages.jpeg(800, 600), Map.of()));
		RestTestClientResponse thumbnail = get("demo", "/api/media/" + id + "/thumbnail");
		assertThat(thumbnail).hasStatusOk().hasContentType(MediaType.IMAGE_JPEG);
		assertThat(thumbnail).headers()
			.hasExactlyValues("X-Content-Type-Options", List.of("nosniff"))
			.hasExactlyValues(HttpHeaders.CACHE_CONTROL, List.of("no-cache, private"))
			.containsHeader(HttpHeaders.ETAG);
		String imageTag = get("demo", "/api/media/" + id).getExchangeResult().getResponseHeaders().getETag();
		assertThat(thumbnail.getExchangeResult().getResponseHeaders().getETag()).isNotEqualTo(imageTag);
	}

	@Test
	void storesAJpegWithoutItsExifGpsBlock() {
		byte[] upload = TestImages.jpegWithExif(64, 48, 6);
		assertThat(TestImages.contains(upload, TestImages.GPS_MARKER)).isTrue();
		String id = id(upload("demo", "gps.jpg", upload, Map.of()));
		byte[] served = get("demo", "/api/media/" + id).getExchangeResult().getResponseBodyContent();
		assertThat(TestImages.jpegMarkers(served)).doesNotContain(0xE1);
		assertThat(TestImages.contains(served, TestImages.GPS_MARKER)).isFalse();
		assertThat(TestImages.contains(served, "Exif")).isFalse();
		assertThat(get("demo", "/api/media/" + id + "/thumbnail").getExchangeResult().getResponseBodyContent())
			.satisfies((thumbnail) -> assertThat(TestImages.contains(thumbnail, "Exif")).isFalse());
	}

	@Test
	void acceptsAWebpAndStoresItWithoutMetadata() {
		RestTestClientResponse response = upload("demo", "falcon.webp", TestImages.webpWithMetadata(), Map.of());
		assertThat(response).hasStatus(201);
		assertThat(response).bodyJson().extractingPath("$.contentType").isEqualTo("image/webp");
		byte[] served = get("demo", "/api/media/" + id(response)).getExchangeResult().getResponseBodyContent();
		assertThat(TestImages.webpChunkTypes(served)).containsExactly("VP8X", "ALPH", "VP8 ");
		assertThat(get("demo", "/api/media/" + id(response))).hasContentType(MediaType.parseMediaType("image/webp"));
	}

	@Test
	void refusesHtmlNamedJpg() {
		byte[] html = "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"
			.getBytes(StandardCharsets.UTF_8);
		assertProblem(upload("demo", "cat.jpg", html, Map.of()), 400, "unsupported-media");
		assertThat(files("demo")).isEmpty();
	}

	@Test
	void refusesAnSvg() {
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
		assertProblem(upload("demo", "logo.svg", svg, Map.of()), 400, "unsupported-media");
		assertProblem(upload("demo", "logo.png", svg, Map.of()), 400, "unsupported-media");
	}

	@Test
	void refusesAnUploadOverTheSizeLimit() {
		byte[] big = new byte[1_200_000];
		System.arraycopy(TestImages.jpeg(8, 8), 0, big, 0, 100);
		assertProblem(upload("demo", "big.jpg", big, Map.of()), 413, "payload-too-large");
		assertThat(files("demo")).isEmpty();
	}

	@Test
	void refusesDecompressionBombsFromTheirHeaders() {
		assertProblem(upload("demo", "bomb.png", TestImages.pngBomb(), Map.of()), 400, "image-too-large");
		assertProblem(upload("demo", "bomb.jpg", TestImages.jpegBomb(), Map.of()), 400, "image-too-large");
		assertThat(files("demo")).isEmpty();
	}

	@Test
	void neverUsesTheClientsFileName() {
		RestTestClientResponse response = upload("demo", "../../etc/passwd.jpg", TestImages.jpeg(16, 16), Map.of());
		assertThat(response).hasStatus(201);
		String id = id(response);
		assertThat(files("demo")).extracting(GridFSFile::getFilename)
			.containsExactlyInAnyOrder(id + ".jpg", id + "-thumbnail.jpg");
		assertThat(response.getExchangeResult().getResponseBodyContent())
			.satisfies((body) -> assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("passwd"));
		assertThat(get("demo", "/api/media/" + id)).headers()
			.hasExactlyValues(HttpHeaders.CONTENT_DISPOSITION, List.of("inline; filename=\"photo-" + id + ".jpg\""));
	}

	@Test
	void refusesACaptionOver500CharactersAndABadDate() {
		assertProblem(upload("demo", "a.png", TestImages.png(8, 8), Map.of("caption", "x".repeat(501))), 400,
				"validation");
		RestTestClientResponse badDate = upload("demo", "a.png", TestImages.png(8, 8), Map.of("date", "2026-02-30"));
		assertProblem(badDate, 400, "validation");
		assertThat(badDate).bodyJson().extractingPath("$.errors[0].field").isEqualTo("date");
		assertThat(files("demo")).isEmpty();
	}

	@Test
	void refusesAnUploadWithoutAFile() {
		RestTestClientResponse response = RestTestClientResponse.from(this.client.post()
			.uri("/api/media")
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer("demo"))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(new LinkedMultiValueMap<>(Map.of("caption", List.of("no file"))))
			.exchange());
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void listsNewestFirstInPages() {
		String first = id(upload("demo", "1.png", TestImages.png(8, 8), Map.of()));
		this.clock.advance(Duration.ofSeconds(1));
		String second = id(upload("demo", "2.png", TestImages.png(8, 8), Map.of()));
		this.clock.advance(Duration.ofSeconds(1));
		String third = id(upload("demo", "3.png", TestImages.png(8, 8), Map.of("caption", "newest")));
		upload("alex", "alex.png", TestImages.png(8, 8), Map.of());
		RestTestClientResponse page = get("demo", "/api/media?limit=2");
		assertThat(page).hasStatusOk();
		assertThat(page).bodyJson().extractingPath("$.items[*].id").asArray().containsExactly(third, second);
		assertThat(page).bodyJson().extractingPath("$.items[0].caption").isEqualTo("newest");
		String cursor = JsonPath.read(body(page), "$.nextCursor");
		RestTestClientResponse next = get("demo", "/api/media?limit=2&cursor=" + cursor);
		assertThat(next).bodyJson().extractingPath("$.items[*].id").asArray().containsExactly(first);
		assertThat(next).bodyJson().extractingPath("$.nextCursor").isNull();
		assertProblem(get("alex", "/api/media?cursor=" + cursor), 400, "validation");
		assertProblem(get("demo", "/api/media?limit=0"), 400, "validation");
	}

	@Test
	void changesAndClearsCaptionAndDate() {
		String id = id(upload("demo", "a.png", TestImages.png(8, 8), Map.of("caption", "old", "date", "2026-01-01")));
		RestTestClientResponse changed = patch("demo", id, "{\"caption\": \"new\", \"date\": \"2026-11-01\"}");
		assertThat(changed).hasStatusOk();
		assertThat(changed).bodyJson().extractingPath("$.caption").isEqualTo("new");
		assertThat(changed).bodyJson().extractingPath("$.date").isEqualTo("2026-11-01");
		RestTestClientResponse cleared = patch("demo", id, "{\"caption\": null}");
		assertThat(cleared).bodyJson().extractingPath("$.caption").isNull();
		assertThat(cleared).bodyJson().extractingPath("$.date").isEqualTo("2026-11-01");
		assertThat(patch("demo", id, "{\"date\": null}")).bodyJson().extractingPath("$.date").isNull();
		assertProblem(patch("demo", id, "{\"date\": \"yesterday\"}"), 400, "validation");
		assertProblem(patch("demo", id, "{\"caption\": \"%s\"}".formatted("y".repeat(501))), 400, "validation");
		assertProblem(patch("demo", id, "{\"userId\": \"alex\"}"), 400, "validation");
		assertProblem(patch("demo", id, "{\"caption\": 5}"), 400, "validation");
	}

	@Test
	void deletesThePhotoAndBothFiles() {
		String id = id(upload("demo", "a.png", TestImages.png(8, 8), Map.of()));
		assertThat(RestTestClientResponse.from(this.client.delete()
			.uri("/api/media/" + id)
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer("demo"))
			.exchange())).hasStatus(204);
		assertThat(files("demo")).isEmpty();
		assertThat(this.template.findById(id, Document.class, PhotosCollection.COLLECTION)).isNull();
		assertProblem(get("demo", "/api/media/" + id), 404, "not-found");
	}

	@Test
	void answersAnotherUsersIdAsNotFound() {
		String id = id(upload("demo", "a.png", TestImages.png(8, 8), Map.of("caption", "mine")));
		assertProblem(get("alex", "/api/media/" + id), 404, "not-found");
		assertProblem(get("alex", "/api/media/" + id + "/thumbnail"), 404, "not-found");
		assertProblem(patch("alex", id, "{\"caption\": \"stolen\"}"), 404, "not-found");
		assertProblem(RestTestClientResponse.from(this.client.delete()
			.uri("/api/media/" + id)
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer("alex"))
			.exchange()), 404, "not-found");
		assertProblem(get("demo", "/api/media/not-a-photo"), 404, "not-found");
		assertThat(get("alex", "/api/media")).bodyJson().extractingPath("$.items").asArray().isEmpty();
		assertThat(get("demo", "/api/media/" + id)).hasStatusOk();
		assertThat(get("demo", "/api/media")).bodyJson().extractingPath("$.items[0].caption").isEqualTo("mine");
		assertThat(files("demo")).hasSize(2);
	}

	@Test
	void refusesEveryPathWithoutAToken() {
		String id = id(upload("demo", "a.png", TestImages.png(8, 8), Map.of()));
		for (String path : List.of("/api/media", "/api/media/" + id, "/api/media/" + id + "/thumbnail")) {
			assertThat(RestTestClientResponse.from(this.client.get().uri(path).exchange())).hasStatus(401);
		}
		assertThat(RestTestClientResponse.from(this.client.delete().uri("/api/media/" + id).exchange())).hasStatus(401);
		assertThat(RestTestClientResponse.from(this.client.post()
			.uri("/api/media")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(new LinkedMultiValueMap<>(
					Map.of("file", List.of(ImportRequests.file("a.png", TestImages.png(8, 8))))))
			.exchange())).hasStatus(401);
		assertThat(files("demo")).hasSize(2);
	}

	@Test
	void erasesAllOfAUsersPhotosAndFilesOnly() {
		upload("demo", "a.png", TestImages.png(8, 8), Map.of());
		upload("demo", "b.jpg", TestImages.jpeg(8, 8), Map.of());
		upload("alex", "c.png", TestImages.png(8, 8), Map.of());
		PersonalData photos = this.personalData.stream()
			.filter(PhotosPersonalData.class::isInstance)
			.findFirst()
			.orElseThrow();
		assertThat(photos.erase("demo")).isEqualTo(Map.of("photos", 2L, "photo_files", 4L));
		assertThat(files("demo")).isEmpty();
		assertThat(files("alex")).hasSize(2);
		assertThat(photos.erase("demo")).isEqualTo(Map.of("photos", 0L, "photo_files", 0L));
	}

	private RestTestClientResponse upload(String user, String fileName, byte[] content, Map<String, String> fields) {
		return ImportRequests.upload(this.client, "/api/media", user, fileName, content, fields);
	}

	private RestTestClientResponse get(String user, String path) {
		return ImportRequests.get(this.client, path, user);
	}

	private RestTestClientResponse patch(String user, String id, String json) {
		return RestTestClientResponse.from(this.client.patch()
			.uri("/api/media/" + id)
			.header(HttpHeaders.AUTHORIZATION, TestJwts.bearer(user))
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange());
	}

	private List<GridFSFile> files(String user) {
		return this.photoFiles.find(Query.query(Criteria.where(PhotosCollection.METADATA_USER_ID).is(user)))
			.into(new ArrayList<>());
	}

	private static String id(RestTestClientResponse response) {
		return JsonPath.read(body(response), "$.id");
	}

	private static String body(RestTestClientResponse response) {
		return new String(response.getExchangeResult().getResponseBodyContent(), StandardCharsets.UTF_8);
	}

	private static void assertProblem(RestTestClientResponse response, int status, String type) {
		assertThat(response).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/" + type);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestBeans {

		@Bean
		JwtDecoder jwtDecoder() {
			return TestJwts.decoder();
		}

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(START);
		}

	}

}
