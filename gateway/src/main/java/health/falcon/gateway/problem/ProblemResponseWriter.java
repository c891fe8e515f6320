package health.falcon.gateway.problem;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes RFC 9457 problem details with the same stable {@code type} URIs the services use
 * ({@code https://falcon.health/problems/<slug>}).
 */
@Component
public class ProblemResponseWriter {

	/** Base of every problem type URI. */
	public static final String TYPE_BASE = "https://falcon.health/problems/";

	private final JsonMapper jsonMapper;

	public ProblemResponseWriter(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Write a problem as the response body. Side effect: sets the status and content
	 * type.
	 * @param exchange the exchange to answer
	 * @param status the HTTP status
	 * @param slug the last segment of the type URI, for example {@code unauthenticated}
	 * @param title a short, stable human-readable summary
	 * @param detail a safe explanation for this occurrence (never internals)
	 * @return completion of the write
	 */
	public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String title, String detail) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", URI.create(TYPE_BASE + slug).toString());
		body.put("title", title);
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("instance", exchange.getRequest().getPath().value());
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] bytes = this.jsonMapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
		DataBuffer buffer = response.bufferFactory().wrap(bytes);
		return response.writeWith(Mono.just(buffer));
	}

}
