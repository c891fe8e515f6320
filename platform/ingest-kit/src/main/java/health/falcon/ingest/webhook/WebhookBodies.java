package health.falcon.ingest.webhook;

import java.io.IOException;
import java.io.InputStream;

import health.falcon.kit.web.BodyTooLargeException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.unit.DataSize;

/**
 * Reads a webhook request's body as raw bytes with a hard cap
 * ({@code falcon.ingest.webhooks.max-body-size}, 64 KB by default): a declared
 * {@code Content-Length} above it is refused without reading, and a body without one
 * (chunked) is read up to one byte past the cap and then refused. Controllers take the
 * bytes from here instead of binding {@code @RequestBody}, verify the signature over
 * them, and only then parse them.
 */
public class WebhookBodies {

	private final DataSize limit;

	/**
	 * Create the reader.
	 * @param properties the configured limit
	 */
	public WebhookBodies(WebhookProperties properties) {
		this.limit = properties.maxBodySize();
	}

	/**
	 * Read the whole body.
	 * @param request the webhook request
	 * @return the body, empty when there is none
	 * @throws BodyTooLargeException when the body is larger than the limit (the service
	 * kit answers 413 {@code payload-too-large})
	 * @throws IOException when the body cannot be read
	 */
	public byte[] read(HttpServletRequest request) throws IOException {
		int max = (int) Math.min(this.limit.toBytes(), Integer.MAX_VALUE - 1);
		if (request.getContentLengthLong() > max) {
			throw new BodyTooLargeException(this.limit.toBytes());
		}
		InputStream in = request.getInputStream();
		byte[] body = in.readNBytes(max + 1);
		if (body.length > max) {
			throw new BodyTooLargeException(this.limit.toBytes());
		}
		return body;
	}

}
