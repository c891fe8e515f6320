package health.falcon.data.archive;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;

/**
 * Records the {@code find} and {@code getMore} commands the driver sends per collection,
 * so that a test sees a collection read batch by batch rather than at once.
 */
class CursorBatches implements CommandListener {

	private final List<String> commands = new CopyOnWriteArrayList<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		String name = event.getCommandName();
		if (name.equals("find") || name.equals("getMore")) {
			BsonValue collection = event.getCommand().get(name.equals("find") ? "find" : "collection");
			this.commands.add(name + " " + ((collection != null) ? collection.asString().getValue() : "?"));
		}
	}

	void clear() {
		this.commands.clear();
	}

	long count(String command, String collection) {
		return this.commands.stream().filter((c) -> c.equals(command + " " + collection)).count();
	}

}
