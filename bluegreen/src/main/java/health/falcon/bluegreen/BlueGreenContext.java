package health.falcon.bluegreen;

import java.time.Clock;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the commands take from outside: the cluster, the clock, the environment and the
 * way to wait.
 *
 * @param clients makes the Kubernetes client
 * @param clock the clock for switched-at and scale-down-at
 * @param environment the environment variables ({@code BUILD_USER}, {@code USER})
 * @param pause waits for the scale-down
 */
record BlueGreenContext(ClientFactory clients, Clock clock, Map<String, String> environment, Pause pause) {

	static BlueGreenContext system() {
		return new BlueGreenContext(new KubeconfigClientFactory(), Clock.systemUTC(), System.getenv(), Pause.SLEEP);
	}

	/**
	 * Who is switching: the given actor, else {@code BUILD_USER} (Jenkins), else
	 * {@code USER}.
	 * @param given the {@code --actor} option, may be {@code null}
	 * @return the actor, {@code unknown} when nothing names one
	 */
	String actor(@Nullable String given) {
		for (String candidate : new String[] { given, this.environment.get("BUILD_USER"),
				this.environment.get("USER") }) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate;
			}
		}
		return "unknown";
	}

}
