package health.falcon.data.dashboard;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;

/**
 * Records the read commands ({@code find}, {@code aggregate}, {@code count}) the driver
 * sends, so that a test can count the round trips of one request and see what each
 * fetched.
 */
class MongoCommands implements CommandListener {

	private static final List<String> READS = List.of("find", "aggregate", "count");

	private final List<BsonDocument> commands = new CopyOnWriteArrayList<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		if (READS.contains(event.getCommandName())) {
			this.commands.add(event.getCommand().clone());
		}
	}

	void clear() {
		this.commands.clear();
	}

	List<BsonDocument> reads() {
		return List.copyOf(this.commands);
	}

}
