package health.falcon.devstack.sandbox.dropbox;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * The JSON argument of an RPC route, with Dropbox's 400 plain-text messages for input
 * that does not decode or does not match the route's argument type.
 */
final class RpcArguments {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String route;

	private final JsonNode node;

	private RpcArguments(String route, JsonNode node) {
		this.route = route;
		this.node = node;
	}

	/**
	 * Parses a body.
	 * @param route the route, for messages ({@code files/list_folder})
	 * @param body the raw body; missing, empty and {@code null} all mean "no argument"
	 * @param contentType the request's content type
	 * @throws BadInputException when the body is not JSON
	 */
	static RpcArguments parse(String route, @Nullable String body, @Nullable String contentType) {
		if (contentType != null && !contentType.startsWith("application/json") && !contentType.startsWith("text/plain")
				&& body != null && !body.isBlank()) {
			throw new BadInputException(route, "Bad HTTP \"Content-Type\" header: \"" + contentType
					+ "\".  Expecting one of \"application/json\", \"application/json; charset=utf-8\", \"text/plain; charset=dropbox-cors-hack\".");
		}
		if (body == null || body.isBlank()) {
			return new RpcArguments(route, NullNode.getInstance());
		}
		try {
			return new RpcArguments(route, json.readTree(body));
		}
		catch (JacksonException ex) {
			throw new BadInputException(route, "request body: could not decode input as JSON");
		}
	}

	/**
	 * Requires an object argument.
	 * @return this
	 */
	RpcArguments requireObject() {
		if (!this.node.isObject()) {
			throw new BadInputException(this.route, "request body: expected object, got " + kind(this.node));
		}
		return this;
	}

	String string(String field, @Nullable String fallback) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			if (fallback == null) {
				throw new BadInputException(this.route, "request body: missing required field '" + field + "'");
			}
			return fallback;
		}
		if (!value.isString()) {
			throw new BadInputException(this.route, "request body: " + field + ": expected string, got " + kind(value));
		}
		return value.asString();
	}

	boolean bool(String field, boolean fallback) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			return fallback;
		}
		if (!value.isBoolean()) {
			throw new BadInputException(this.route,
					"request body: " + field + ": expected boolean, got " + kind(value));
		}
		return value.booleanValue();
	}

	int integer(String field, int fallback, int min, int max) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			return fallback;
		}
		if (!value.isIntegralNumber()) {
			throw new BadInputException(this.route,
					"request body: " + field + ": expected integer, got " + kind(value));
		}
		int number = value.intValue();
		if (number < min || number > max) {
			throw new BadInputException(this.route,
					"request body: " + field + ": " + number + " is not within range [" + min + ", " + max + "]");
		}
		return number;
	}

	private static String kind(JsonNode value) {
		return value.isNull() ? "null" : value.getNodeType().name().toLowerCase(Locale.ROOT);
	}

}
