package health.falcon.data.config;

import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ConnectionDescription;
import com.mongodb.connection.ServerId;
import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link MongoReplyBytes} with hand-made command events: the reply's encoded size lands
 * in the counter tagged by command and collection.
 */
class MongoReplyBytesTests {

	private static final ConnectionDescription CONNECTION = new ConnectionDescription(
			new ServerId(new ClusterId(), new ServerAddress()));

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final MongoReplyBytes listener = new MongoReplyBytes(this.registry);

	@Test
	void addsTheReplySizeUnderTheCommandAndItsCollection() {
		BsonDocument reply = reply("falcon.heart_rate_days", 40);
		this.listener.commandStarted(started(1, "find", new BsonDocument("find", new BsonString("heart_rate_days"))));
		this.listener.commandSucceeded(succeeded(1, "find", reply));

		assertThat(bytes("find", "heart_rate_days")).isEqualTo(encodedSize(reply));
	}

	@Test
	void namesTheCollectionOfAGetMoreFromItsCollectionField() {
		BsonDocument reply = reply("falcon.activities", 3);
		this.listener.commandStarted(started(2, "getMore",
				new BsonDocument("getMore", new BsonInt64(42)).append("collection", new BsonString("activities"))));
		this.listener.commandSucceeded(succeeded(2, "getMore", reply));

		assertThat(bytes("getMore", "activities")).isEqualTo(encodedSize(reply));
	}

	@Test
	void sumsRepliesAndCountsAFastPathRawReplyByItsBytes() {
		RawBsonDocument raw = new RawBsonDocument(reply("falcon.daily_activity", 5), new BsonDocumentCodec());
		for (int id = 10; id < 13; id++) {
			this.listener.commandStarted(
					started(id, "aggregate", new BsonDocument("aggregate", new BsonString("daily_activity"))));
			this.listener.commandSucceeded(succeeded(id, "aggregate", raw));
		}

		assertThat(bytes("aggregate", "daily_activity")).isEqualTo(3.0 * raw.getByteBuffer().remaining());
	}

	@Test
	void tagsCommandsWithoutACollectionAsNone() {
		BsonDocument reply = new BsonDocument("ok", new BsonInt32(1));
		this.listener.commandStarted(started(3, "ping", new BsonDocument("ping", new BsonInt32(1))));
		this.listener.commandSucceeded(succeeded(3, "ping", reply));

		assertThat(bytes("ping", MongoReplyBytes.NO_COLLECTION)).isEqualTo(encodedSize(reply));
	}

	@Test
	void countsNothingForAFailedCommand() {
		this.listener.commandStarted(started(4, "find", new BsonDocument("find", new BsonString("activities"))));
		this.listener.commandFailed(
				new CommandFailedEvent(null, 1, 4, CONNECTION, "falcon", "find", 5, new IllegalStateException("lost")));

		assertThat(this.registry.find(MongoReplyBytes.METER).counters()).isEmpty();
	}

	private double bytes(String command, String collection) {
		return this.registry.get(MongoReplyBytes.METER)
			.tag("command", command)
			.tag("collection", collection)
			.counter()
			.count();
	}

	private static CommandStartedEvent started(int requestId, String name, BsonDocument command) {
		return new CommandStartedEvent(null, 1, requestId, CONNECTION, "falcon", name, command);
	}

	private static CommandSucceededEvent succeeded(int requestId, String name, BsonDocument reply) {
		return new CommandSucceededEvent(null, 1, requestId, CONNECTION, "falcon", name, reply, 5);
	}

	private static BsonDocument reply(String namespace, int documents) {
		BsonArray batch = new BsonArray();
		for (int i = 0; i < documents; i++) {
			batch.add(new BsonDocument("_id", new BsonInt32(i)).append("bpm", new BsonInt32(60 + i)));
		}
		return new BsonDocument("cursor", new BsonDocument("firstBatch", batch).append("id", new BsonInt64(0))
			.append("ns", new BsonString(namespace))).append("ok", new BsonInt32(1));
	}

	private static double encodedSize(BsonDocument document) {
		return new RawBsonDocument(document, new BsonDocumentCodec()).getByteBuffer().remaining();
	}

}
