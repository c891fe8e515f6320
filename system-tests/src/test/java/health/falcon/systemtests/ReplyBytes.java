package health.falcon.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads backend-data's {@code falcon_mongodb_reply_bytes_total} counters from its
 * management port's {@code /actuator/prometheus}, summed by collection; commands without
 * a collection (the driver's {@code hello} heartbeats, health pings) are left out.
 */
final class ReplyBytes {

	private static final Pattern LINE = Pattern.compile("^falcon_mongodb_reply_bytes_total\\{([^}]*)\\}\\s+(\\S+)$",
			Pattern.MULTILINE);

	private static final Pattern COLLECTION = Pattern.compile("collection=\"([^\"]*)\"");

	private final HttpClient client;

	private final URI prometheus;

	ReplyBytes(HttpClient client, LocalStack stack) {
		this.client = client;
		this.prometheus = URI.create("http://127.0.0.1:" + (8182 + LocalStack.PORT_OFFSET) + "/actuator/prometheus");
	}

	/** The counters now, by collection. */
	Map<String, Double> scrape() throws Exception {
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(this.prometheus).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("backend-data's prometheus endpoint answered " + response.statusCode());
		}
		Map<String, Double> bytes = new TreeMap<>();
		Matcher line = LINE.matcher(response.body());
		while (line.find()) {
			Matcher collection = COLLECTION.matcher(line.group(1));
			String name = collection.find() ? collection.group(1) : "none";
			if (!"none".equals(name)) {
				bytes.merge(name, Double.parseDouble(line.group(2)), Double::sum);
			}
		}
		return bytes;
	}

	static double collection(Map<String, Double> before, Map<String, Double> after, String collection) {
		return after.getOrDefault(collection, 0.0) - before.getOrDefault(collection, 0.0);
	}

	static double total(Map<String, Double> before, Map<String, Double> after) {
		return after.entrySet()
			.stream()
			.mapToDouble((entry) -> entry.getValue() - before.getOrDefault(entry.getKey(), 0.0))
			.sum();
	}

	/**
	 * The delta per request by collection, for example {@code heart_rate_days 12,345 B}.
	 */
	static String byCollection(Map<String, Double> before, Map<String, Double> after, int requests) {
		String split = after.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > before.getOrDefault(entry.getKey(), 0.0))
			.map((entry) -> String.format(Locale.ROOT, "%s %,.0f", entry.getKey(),
					(entry.getValue() - before.getOrDefault(entry.getKey(), 0.0)) / requests))
			.collect(Collectors.joining(", "));
		return split.isEmpty() ? "none" : split;
	}

}
