package health.falcon.ingest.handoff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Both halves of the hand-off contract over mongo-java-server: the sender's
 * classification of a record and the receiver's check of a hand-off against it.
 */
class HandOffRecordsTests {

	private static final byte[] EXPORT = "Date,Weight\n2026-03-10,82.4\n".getBytes(StandardCharsets.UTF_8);

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	private final MongoTemplate mongo = new MongoTemplate(client, "falcon-handoff");

	private final HandOffRecords records = new HandOffRecords(this.mongo);

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
	void acceptsTheFileOfAClassifiedRecordOfThatUser() {
		record("rec-1", "victim", "DROPBOX", sha256(EXPORT));
		assertThat(this.records.classify("rec-1", "victim", HandOffFormat.MYFITNESSPAL, sha256(EXPORT))).isTrue();
		assertThatNoException().isThrownBy(() -> verify("rec-1", "victim", HandOffFormat.MYFITNESSPAL, EXPORT));
	}

	@Test
	void acceptsAFileTheUserUploadedToDropboxIngest() {
		record("rec-1", "victim", "UPLOAD", sha256(EXPORT));
		this.records.classify("rec-1", "victim", HandOffFormat.FITBIT, sha256(EXPORT));
		assertThatNoException().isThrownBy(() -> verify("rec-1", "victim", HandOffFormat.FITBIT, EXPORT));
	}

	@Test
	void refusesARecordThatDoesNotExist() {
		assertThatThrownBy(() -> verify("rec-1", "victim", HandOffFormat.MYFITNESSPAL, EXPORT))
			.isInstanceOf(HandOffNotFoundException.class);
	}

	@Test
	void refusesTheRecordOfOneUserNamingAnother() {
		classified("rec-1", "attacker", HandOffFormat.MYFITNESSPAL, EXPORT);
		assertThatThrownBy(() -> verify("rec-1", "victim", HandOffFormat.MYFITNESSPAL, EXPORT))
			.isInstanceOf(HandOffNotFoundException.class);
	}

	@Test
	void refusesTheVictimsRecordWithOtherBytes() {
		classified("rec-1", "victim", HandOffFormat.MYFITNESSPAL, EXPORT);
		byte[] forged = "Date,Weight\n2026-03-10,182.4\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> verify("rec-1", "victim", HandOffFormat.MYFITNESSPAL, forged))
			.isInstanceOf(HandOffMismatchException.class);
	}

	@Test
	void refusesARecordClassifiedForTheOtherService() {
		classified("rec-1", "victim", HandOffFormat.FITBIT, EXPORT);
		assertThatThrownBy(() -> verify("rec-1", "victim", HandOffFormat.MYFITNESSPAL, EXPORT))
			.isInstanceOf(HandOffNotFoundException.class);
	}

	@Test
	void refusesARecordNeverClassifiedAsAHandOff() {
		record("rec-1", "victim", "DROPBOX", sha256(EXPORT));
		assertThatThrownBy(() -> verify("rec-1", "victim", HandOffFormat.MYFITNESSPAL, EXPORT))
			.isInstanceOf(HandOffNotFoundException.class);
	}

	@Test
	void refusesARecordOfAnotherOrigin() {
		record("rec-1", "victim", "MANUAL", sha256(EXPORT));
		this.records.classify("rec-1", "victim", HandOffFormat.MYFITNESSPAL, sha256(EXPORT));
		assertThatThrownBy(() -> verify("rec-1", "victim", HandOffFormat.MYFITNESSPAL, EXPORT))
			.isInstanceOf(HandOffNotFoundException.class);
	}

	@Test
	void refusesAClassificationOfContentTheRecordNoLongerHolds() {
		byte[] earlier = "Date,Weight\n2026-03-09,82.0\n".getBytes(StandardCharsets.UTF_8);
		classified("rec-1", "victim", HandOffFormat.MYFITNESSPAL, earlier);
		this.mongo.getCollection(HandOffRecords.COLLECTION)
			.updateOne(new Document("_id", "rec-1"), new Document("$set", new Document("sha256", sha256(EXPORT))));
		assertThatThrownBy(() -> verify("rec-1", "victim", HandOffFormat.MYFITNESSPAL, EXPORT))
			.isInstanceOf(HandOffMismatchException.class);
		assertThatThrownBy(() -> verify("rec-1", "victim", HandOffFormat.MYFITNESSPAL, earlier))
			.isInstanceOf(HandOffMismatchException.class);
	}

	@Test
	void classifiesOnlyARecordOfThatUser() {
		record("rec-1", "victim", "DROPBOX", sha256(EXPORT));
		assertThat(this.records.classify("rec-1", "attacker", HandOffFormat.MYFITNESSPAL, sha256(EXPORT))).isFalse();
		assertThat(this.records.classify("rec-2", "victim", HandOffFormat.MYFITNESSPAL, sha256(EXPORT))).isFalse();
		assertThat(this.mongo.findById("rec-1", Document.class, HandOffRecords.COLLECTION))
			.satisfies((record) -> assertThat(record.containsKey(HandOffRecords.FIELD)).isFalse());
	}

	private void verify(String recordId, String user, HandOffFormat format, byte[] content) {
		this.records.verify(new HandOffParameters(recordId, user), format, new ByteArrayResource(content));
	}

	private void classified(String recordId, String userId, HandOffFormat format, byte[] content) {
		record(recordId, userId, "DROPBOX", sha256(content));
		this.records.classify(recordId, userId, format, sha256(content));
	}

	private void record(String recordId, String userId, String origin, String sha256) {
		this.mongo.getCollection(HandOffRecords.COLLECTION)
			.insertOne(new Document("_id", recordId).append("userId", userId)
				.append("origin", origin)
				.append("sha256", sha256));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
