package health.falcon.fitbit.googlehealth;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import health.falcon.ingest.spi.SyncContext;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Reads every page of one {@code dataPoints.list} query: pages come newest first and the
 * last one has an empty {@code nextPageToken} or none at all. Each page is archived
 * before its points are handed on; a 400 about the filter becomes an
 * {@link InvalidDataPointFilterException}.
 */
@Component
class DataPointPages {

	private static final int MAX_PAGES = 10_000;

	private final JsonMapper json;

	DataPointPages(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Read all pages.
	 * @param context the run (archive)
	 * @param pageSize points per page
	 * @param page receives each page's data points, in page order
	 */
	void forEach(SyncContext context, GoogleHealthApi api, HealthDataType type, String filter, int pageSize,
			Consumer<List<JsonNode>> page) {
		String token = null;
		for (int count = 0; count < MAX_PAGES; count++) {
			String body = list(api, type, filter, pageSize, token);
			context.archive(type.urlName() + "-page", body);
			JsonNode root = read(body);
			page.accept(points(root.get("dataPoints")));
			token = HealthJson.text(root, "nextPageToken", "");
			if (token.isEmpty()) {
				return;
			}
		}
		throw new IllegalStateException("Google Health kept returning page tokens for " + type.urlName());
	}

	JsonNode read(String body) {
		try {
			JsonNode root = this.json.readTree(body);
			if (root == null || !root.isObject()) {
				throw new IllegalStateException("Google Health answered with something other than a JSON object");
			}
			return root;
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Google Health answered with unreadable JSON", ex);
		}
	}

	static List<JsonNode> points(@Nullable JsonNode array) {
		List<JsonNode> points = new ArrayList<>();
		if (array != null && array.isArray()) {
			array.forEach(points::add);
		}
		return points;
	}

	static String recordId(JsonNode point) {
		return HealthJson.text(point, "name", HealthJson.text(point, "dataPointName", "unknown"));
	}

	private static String list(GoogleHealthApi api, HealthDataType type, String filter, int pageSize,
			@Nullable String token) {
		try {
			return api.list(type.urlName(), filter, pageSize, token);
		}
		catch (HttpClientErrorException.BadRequest ex) {
			String body = ex.getResponseBodyAsString();
			if (body.contains("INVALID_DATA_POINT_FILTER")) {
				throw new InvalidDataPointFilterException(type.urlName(), reason(body), ex);
			}
			throw ex;
		}
	}

	private static String reason(String body) {
		int at = body.indexOf("INVALID_DATA_POINT_FILTER");
		int end = at;
		while (end < body.length() && (Character.isUpperCase(body.charAt(end)) || body.charAt(end) == '_')) {
			end++;
		}
		return body.substring(at, end);
	}

}
