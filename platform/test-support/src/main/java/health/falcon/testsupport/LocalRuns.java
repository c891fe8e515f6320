package health.falcon.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.util.function.ThrowingConsumer;

/**
 * Runs a service locally in one click, for the services' test mains: an in-process
 * mongo-java-server on a free port (in memory, gone on exit) and the service wired to it
 * and to the devstack's identity provider and provider sandbox, with demo settings that
 * the environment may override. A service's own settings name every provider endpoint,
 * since the services default only to the providers' real ones.
 */
public final class LocalRuns {

	/**
	 * Throwaway keys for tokens and OAuth state, and the devstack gateway's URL as the
	 * public base URL, each taken from the environment when set. Local use only: a
	 * deployment gets real ones from its secrets and configuration.
	 */
	public static final List<String> INGEST_KIT_DEMO_SETTINGS = List.of(
			"--falcon.ingest.encryption.active-key-id=${FALCON_INGEST_ENCRYPTION_ACTIVE_KEY_ID:local}",
			"--falcon.ingest.encryption.keys=${FALCON_INGEST_ENCRYPTION_KEYS:local:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=}",
			"--falcon.ingest.state.secret=${FALCON_INGEST_STATE_SECRET:local-state-secret-local-state-secret}",
			"--falcon.ingest.public-base-url=${FALCON_INGEST_PUBLIC_BASE_URL:http://localhost:8080}");

	/**
	 * The devstack's identity provider as the token issuer (its URL taken from
	 * {@code FALCON_OIDC_ISSUER_URI} when set), which every service needs and none
	 * defaults to. The service starts without it running: keys are discovered on the
	 * first token.
	 */
	public static final List<String> DEVSTACK_SETTINGS = List
		.of("--spring.security.oauth2.resourceserver.jwt.issuer-uri=${FALCON_OIDC_ISSUER_URI:http://localhost:9000}");

	private static final Logger logger = LoggerFactory.getLogger(LocalRuns.class);

	private LocalRuns() {
	}

	/**
	 * Start an in-memory MongoDB, then the service's {@code main} against it.
	 * @param main the service's main method
	 * @param settings demo settings as {@code --key=value} arguments, after
	 * {@link #DEVSTACK_SETTINGS}; the command line's own arguments come after them and so
	 * win
	 * @param args the command line's arguments
	 */
	public static void withEmbeddedMongo(ThrowingConsumer<String[]> main, List<String> settings, String[] args) {
		InMemoryMongo mongo = InMemoryMongo.start();
		Runtime.getRuntime().addShutdownHook(new Thread(mongo::close));
		String uri = mongo.uri("falcon");
		logger.info("In-process MongoDB at {}", uri);
		List<String> arguments = new ArrayList<>(DEVSTACK_SETTINGS);
		arguments.addAll(settings);
		arguments.addAll(List.of(args));
		arguments.add("--spring.mongodb.uri=" + uri);
		SpringApplication.from(main).run(arguments.toArray(String[]::new));
	}

	/**
	 * A URL at the devstack's provider sandbox, as a placeholder the service resolves:
	 * below {@code FALCON_SANDBOX_URL} when set, else below
	 * {@code http://localhost:9100}.
	 * @param path the path at the sandbox, for example {@code /strava/api/v3}
	 * @return the URL placeholder, for a {@code --key=value} setting
	 */
	public static String sandbox(String path) {
		return "${FALCON_SANDBOX_URL:http://localhost:9100}" + path;
	}

	/**
	 * The ingest kit's demo settings followed by a service's own.
	 * @param serviceSettings the service's demo settings as {@code --key=value} arguments
	 * @return all of them, the kit's first
	 */
	public static List<String> ingestKitDemoSettings(String... serviceSettings) {
		List<String> settings = new ArrayList<>(INGEST_KIT_DEMO_SETTINGS);
		settings.addAll(List.of(serviceSettings));
		return settings;
	}

}
