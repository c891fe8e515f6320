package health.falcon.dropbox;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;

/**
 * Runs dropbox-ingest locally in one click: an in-process mongo-java-server on a free
 * port (in memory, gone on exit). Tokens come from the devstack provider on port 9000
 * when it runs.
 */
public final class TestDropboxIngestApplication {

	private static final Logger logger = LoggerFactory.getLogger(TestDropboxIngestApplication.class);

	private TestDropboxIngestApplication() {
	}

	public static void main(String[] args) {
		MongoServer mongo = new MongoServer(new MemoryBackend());
		String uri = mongo.bindAndGetConnectionString() + "/falcon";
		Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow));
		logger.info("In-process MongoDB at {}", uri);
		String[] arguments = new String[args.length + 1];
		System.arraycopy(args, 0, arguments, 0, args.length);
		arguments[args.length] = "--spring.mongodb.uri=" + uri;
		SpringApplication.from(DropboxIngestApplication::main).run(arguments);
	}

}
