package health.falcon.dropbox;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;

/**
 * Runs dropbox-ingest locally in one click: an in-process mongo-java-server on a free
 * port (in memory, gone on exit), Dropbox pointing at the devstack sandbox on port 9100,
 * and throwaway demo keys for tokens and OAuth state unless the environment provides real
 * ones. Tokens come from the devstack provider on port 9000 when it runs.
 */
public final class TestDropboxIngestApplication {

	private static final Logger logger = LoggerFactory.getLogger(TestDropboxIngestApplication.class);

	private static final String[] DEMO_SETTINGS = {
			"--falcon.ingest.encryption.active-key-id=${FALCON_INGEST_ENCRYPTION_ACTIVE_KEY_ID:local}",
			"--falcon.ingest.encryption.keys=${FALCON_INGEST_ENCRYPTION_KEYS:local:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=}",
			"--falcon.ingest.state.secret=${FALCON_INGEST_STATE_SECRET:local-state-secret-local-state-secret}",
			"--falcon.ingest.providers.dropbox.client-id=${FALCON_DROPBOX_CLIENT_ID:devstack-dropbox-app-key}",
			"--falcon.ingest.providers.dropbox.client-secret=${FALCON_DROPBOX_CLIENT_SECRET:devstack-only-dropbox-app-secret}" };

	private TestDropboxIngestApplication() {
	}

	public static void main(String[] args) {
		MongoServer mongo = new MongoServer(new MemoryBackend());
		String uri = mongo.bindAndGetConnectionString() + "/falcon";
		Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow));
		logger.info("In-process MongoDB at {}", uri);
		String[] arguments = new String[args.length + DEMO_SETTINGS.length + 1];
		System.arraycopy(DEMO_SETTINGS, 0, arguments, 0, DEMO_SETTINGS.length);
		System.arraycopy(args, 0, arguments, DEMO_SETTINGS.length, args.length);
		arguments[arguments.length - 1] = "--spring.mongodb.uri=" + uri;
		SpringApplication.from(DropboxIngestApplication::main).run(arguments);
	}

}
