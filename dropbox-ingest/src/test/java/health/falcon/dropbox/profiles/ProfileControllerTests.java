package health.falcon.dropbox.profiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import health.falcon.dropbox.config.WorkbookConfiguration;
import health.falcon.dropbox.reading.HostileWorkbooks;
import health.falcon.documents.settings.UserZones;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

@WebMvcTest(properties = "falcon.dropbox.imports.workbook.max-shared-strings-size=64KB")
@ContextConfiguration(classes = ProfileControllerTests.Config.class)
class ProfileControllerTests {

	private static final String PROFILES = "/api/connections/dropbox/profiles";

	private static final String PROFILE = """
			{"name": "Cuff app",
			 "columns": {"date": "Datum", "time": "Uhrzeit", "systolic": "SYS", "diastolic": "DIA", "pulse": "Puls"},
			 "dateFormat": "dd.MM.yyyy", "timeFormat": "HH:mm"}""";

	private static final String SAMPLE = """
			Datum;Uhrzeit;SYS;DIA;Puls
			29.03.2026;02:30;124;79;61
			30.03.2026;07:45;abc;80;62
			31.03.2026;07:50;122;78;
			""";

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MongoTemplate mongo;

	@MockitoBean
	private JwtDecoder jwtDecoder;

	@BeforeEach
	void clean() {
		this.mongo.getDb().drop();
	}

	@AfterAll
	static void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void createsListsGetsAndDeletesProfilesOfTheSignedInUserOnly() {
		MvcTestResult created = create("u1", PROFILE);
		assertThat(created).hasStatus(201);
		assertThat(created).bodyJson().extractingPath("$.name").isEqualTo("Cuff app");
		assertThat(created).bodyJson().extractingPath("$.columns.time").isEqualTo("Uhrzeit");
		assertThat(created).bodyJson().extractingPath("$.createdAt").isEqualTo("2026-11-20T10:00:00Z");
		String location = created.getResponse().getHeader("Location");
		assertThat(location).startsWith(PROFILES + "/");

		assertThat(get("u1", PROFILES)).bodyJson().extractingPath("$[0].dateFormat").isEqualTo("dd.MM.yyyy");
		assertThat(get("u2", PROFILES)).bodyJson().isEqualTo("[]");
		assertThat(get("u1", location)).hasStatusOk();
		assertProblem(get("u2", location), 404, "profile-not-found");
		assertProblem(delete("u2", location), 404, "profile-not-found");
		assertThat(delete("u1", location)).hasStatus(204);
		assertProblem(get("u1", location), 404, "profile-not-found");
	}

	@Test
	void refusesInvalidProfilesWithFieldErrors() {
		MvcTestResult result = create("u1", """
				{"name": " ", "columns": {"date": "Datum", "systolic": "", "diastolic": "DIA"},
				 "dateFormat": "dd.MM.yyyy {", "timeFormat": "123"}""");
		assertProblem(result, 400, "validation");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("columns.systolic", "dateFormat", "name", "timeFormat");
		assertProblem(create("u1", "{\"name\": \"x\"}"), 400, "validation");
	}

	@Test
	void keepsAtMostFiftyProfilesPerUser() {
		for (int i = 0; i < MappingProfiles.MAX_PER_USER; i++) {
			this.mongo.getCollection(MappingProfiles.COLLECTION)
				.insertOne(new Document("_id", "p" + i).append("userId", "u1"));
		}
		assertProblem(create("u1", PROFILE), 409, "too-many-profiles");
		assertThat(create("u2", PROFILE)).hasStatus(201);
	}

	@Test
	void previewsAProfileOnASampleInTheUsersZoneWithoutStoringAnything() {
		this.mongo.getCollection("user_settings")
			.insertOne(new Document("_id", "u1").append("timeZone", "Europe/Berlin"));
		MvcTestResult preview = preview("u1", PROFILE, SAMPLE);
		assertThat(preview).hasStatusOk();
		assertThat(preview).bodyJson()
			.extractingPath("$.header")
			.asArray()
			.containsExactly("Datum", "Uhrzeit", "SYS", "DIA", "Puls");
		assertThat(preview).bodyJson().extractingPath("$.rowsRead").isEqualTo(3);
		assertThat(preview).bodyJson().extractingPath("$.rowsRejected").isEqualTo(1);
		// 02:30 on the spring-forward day does not exist in Berlin: read as 03:30 CEST
		assertThat(preview).bodyJson().extractingPath("$.rows[0].instant").isEqualTo("2026-03-29T01:30:00Z");
		assertThat(preview).bodyJson().extractingPath("$.rows[0].zone").isEqualTo("Europe/Berlin");
		assertThat(preview).bodyJson().extractingPath("$.rows[0].zoneAssumed").isEqualTo(true);
		assertThat(preview).bodyJson().extractingPath("$.rows[1].pulse").isNull();
		assertThat(preview).bodyJson().extractingPath("$.errors[0].line").isEqualTo(3);
		assertThat(preview).bodyJson()
			.extractingPath("$.errors[0].reason")
			.isEqualTo("systolic is not a number: 'abc'");
		assertThat(this.mongo.getCollection("blood_pressure").countDocuments()).isZero();
		assertThat(this.mongo.getCollection(MappingProfiles.COLLECTION).countDocuments()).isZero();
	}

	@Test
	void explainsASampleTheProfileDoesNotFit() {
		assertProblem(preview("u1", PROFILE, "Date,High,Low\n2026-03-10,120,80\n"), 422, "sample-unusable");
		assertProblem(preview("u1", PROFILE, ""), 422, "sample-unusable");
		MvcTestResult binary = this.mvc.post()
			.uri(PROFILES + "/preview")
			.with(jwt().jwt((token) -> token.subject("u1")))
			.multipart()
			.file(new MockMultipartFile("profile", "", MediaType.APPLICATION_JSON_VALUE,
					PROFILE.getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("file", "x.bin", "application/octet-stream", new byte[] { 'a', 0, 1 }))
			.exchange();
		assertProblem(binary, 422, "sample-unusable");
		assertProblem(preview("u1", "{\"name\": \"\"}", SAMPLE), 400, "validation");
	}

	@Test
	void refusesAWorkbookSampleWithARowGapOrOversizedSharedStringsNamingTheLimit(@TempDir Path temp)
			throws IOException {
		MvcTestResult gap = preview("u1", PROFILE, Files.readAllBytes(HostileWorkbooks.rowGap(temp.resolve("g.xlsx"))));
		assertProblem(gap, 422, "sample-unusable");
		assertThat(gap).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("row 1000000 follows row 2: a gap of 999997 empty rows exceeds "
					+ "falcon.dropbox.imports.workbook.max-row-gap 1000");

		MvcTestResult strings = preview("u1", PROFILE,
				Files.readAllBytes(HostileWorkbooks.sharedStrings(temp.resolve("s.xlsx"))));
		assertProblem(strings, 422, "sample-unusable");
		assertThat(strings).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("the shared strings part inflates beyond "
					+ "falcon.dropbox.imports.workbook.max-shared-strings-size 64KB");
		assertThat(this.mongo.getCollection("blood_pressure").countDocuments()).isZero();
	}

	@Test
	void requiresAToken() {
		assertProblem(this.mvc.get().uri(PROFILES).exchange(), 401, "unauthenticated");
	}

	private MvcTestResult create(String user, String json) {
		return this.mvc.post()
			.uri(PROFILES)
			.with(jwt().jwt((token) -> token.subject(user)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private MvcTestResult preview(String user, String profile, String sample) {
		return preview(user, profile, sample.getBytes(StandardCharsets.UTF_8));
	}

	private MvcTestResult preview(String user, String profile, byte[] sample) {
		return this.mvc.post()
			.uri(PROFILES + "/preview")
			.with(jwt().jwt((token) -> token.subject(user)))
			.multipart()
			.file(new MockMultipartFile("profile", "", MediaType.APPLICATION_JSON_VALUE,
					profile.getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("file", "sample", "application/octet-stream", sample))
			.exchange();
	}

	private MvcTestResult get(String user, String uri) {
		return this.mvc.get().uri(uri).with(jwt().jwt((token) -> token.subject(user))).exchange();
	}

	private MvcTestResult delete(String user, String uri) {
		return this.mvc.delete().uri(uri).with(jwt().jwt((token) -> token.subject(user))).exchange();
	}

	private static void assertProblem(MvcTestResult result, int status, String slug) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/" + slug);
	}

	@SpringBootConfiguration
	@Import({ WorkbookConfiguration.class, ProfileController.class, MappingProfiles.class, ProfilePreviewer.class,
			UserZones.class })
	static class Config {

		@Bean
		MongoTemplate mongoTemplate() {
			return new MongoTemplate(client, "falcon-profiles");
		}

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
		}

	}

}
