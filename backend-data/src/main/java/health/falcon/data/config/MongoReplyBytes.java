package health.falcon.data.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.bson.BsonBinaryWriter;

/**
 * Counts the bytes MongoDB sends back: the BSON size of every successful command reply,
 * summed into the counter {@value #METER}, tagged by command name and collection only
 * (never by user or value), so that the bytes a read request costs can be read from
 * {@code /actuator/prometheus} as the counter's delta.
 */
final class MongoReplyBytes implements CommandListener {

	static final String METER = "falcon.mongodb.reply.bytes";

	/** Tag value for commands that name no collection ({@code hello}, {@code ping}). */
	static final String NO_COLLECTION = "none";

	/** The collection of each command in flight, by request id, until its reply. */
	private final Map<Integer, String> collections = new ConcurrentHashMap<>();

	private final MeterRegistry registry;

	MongoReplyBytes(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void commandStarted(CommandStartedEvent event) {
		this.collections.put(event.getRequestId(), collection(event.getCommandName(), event.getCommand()));
	}

	@Override
	public void commandSucceeded(CommandSucceededEvent event) {
		String collection = this.collections.remove(event.getRequestId());
		Counter.builder(METER)
			.description("BSON bytes of successful MongoDB command replies")
			.baseUnit("bytes")
			.tag("command", event.getCommandName())
			.tag("collection", (collection != null) ? collection : NO_COLLECTION)
			.register(this.registry)
			.increment(size(event.getResponse()));
	}

	@Override
	public void commandFailed(CommandFailedEvent event) {
		this.collections.remove(event.getRequestId());
	}

	/**
	 * The collection a command addresses: the command's own value for {@code find},
	 * {@code aggregate}, {@code count} and the writes, the {@code collection} field for
	 * {@code getMore}.
	 */
	static String collection(String commandName, BsonDocument command) {
		BsonValue named = "getMore".equals(commandName) ? command.get("collection") : command.get(commandName);
		return (named != null && named.isString()) ? named.asString().getValue() : NO_COLLECTION;
	}

	/**
	 * The encoded size of a reply in bytes: read from a raw document, otherwise encoded
	 * once to measure it.
	 */
	static long size(BsonDocument reply) {
		if (reply instanceof RawBsonDocument raw) {
			return raw.getByteBuffer().remaining();
		}
		try (BasicOutputBuffer buffer = new BasicOutputBuffer();
				BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
			new BsonDocumentCodec().encode(writer, reply, EncoderContext.builder().build());
			return buffer.getSize();
		}
	}

}
