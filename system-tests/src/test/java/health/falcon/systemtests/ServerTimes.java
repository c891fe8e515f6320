package health.falcon.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a request's time goes, from the services' own timers on their management ports'
 * {@code /actuator/prometheus}: backend-server's {@code http_server_requests_seconds} for
 * the endpoint, backend-data's for every request it served (probes and actuator left
 * out), and backend-data's {@code mongodb_driver_commands_seconds} (the MongoDB driver's
 * command timer, commands with a collection).
 */
final class ServerTimes {

	private static final Pattern LINE = Pattern.compile("^(\\w+)\\{([^}]*)\\}\\s+(\\S+)$", Pattern.MULTILINE);

	private final HttpClient client;

	private final URI backendServer;

	private final URI backendData;

	ServerTimes(HttpClient client) {
		this.client = client;
		this.backendServer = URI.create("http://127.0.0.1:" + (8181 + LocalStack.PORT_OFFSET) + "/actuator/prometheus");
		this.backendData = URI.create("http://127.0.0.1:" + (8182 + LocalStack.PORT_OFFSET) + "/actuator/prometheus");
	}

	/**
	 * The three cumulative times now, in seconds.
	 * @param path backend-server's request path, without the query
	 */
	Snapshot scrape(String path) throws Exception {
		String server = get(this.backendServer);
		String data = get(this.backendData);
		return new Snapshot(sum(server, "http_server_requests_seconds_sum", "uri=\"" + path + "\""),
				sum(data, "http_server_requests_seconds_sum", null),
				sum(data, "mongodb_driver_commands_seconds_sum", null));
	}

	private String get(URI uri) throws Exception {
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		return (response.statusCode() == 200) ? response.body() : "";
	}

	private static double sum(String body, String metric, String required) {
		double total = 0;
		Matcher line = LINE.matcher(body);
		while (line.find()) {
			String labels = line.group(2);
			boolean wanted = line.group(1).equals(metric)
					&& ((required != null) ? labels.contains(required) : !ignored(labels));
			if (wanted) {
				total += Double.parseDouble(line.group(3));
			}
		}
		return total;
	}

	private static boolean ignored(String labels) {
		return labels.contains("uri=\"/actuator") || labels.contains("uri=\"/livez") || labels.contains("uri=\"/readyz")
				|| labels.contains("collection=\"none\"");
	}

	/**
	 * Cumulative seconds.
	 *
	 * @param backendServer backend-server's time for the endpoint
	 * @param backendData backend-data's time for every request it served
	 * @param mongo the MongoDB driver's command time in backend-data
	 */
	record Snapshot(double backendServer, double backendData, double mongo) {

		/**
		 * The time per request since {@code before}, in milliseconds, as a table cell.
		 */
		String perRequest(Snapshot before, int requests) {
			return String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms",
					(this.backendServer - before.backendServer) * 1000 / requests,
					(this.backendData - before.backendData) * 1000 / requests,
					(this.mongo - before.mongo) * 1000 / requests);
		}

	}

}
