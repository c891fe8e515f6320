package health.falcon.ingest.webhook;

import health.falcon.kit.problem.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * A request body above the limit: 413,
 * {@code https://falcon.health/problems/payload-too-large} (the type the service kit's
 * request-body limit answers with).
 */
public class PayloadTooLargeException extends ProblemException {

	PayloadTooLargeException(DataSize limit) {
		super(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
				"The request body is larger than " + limit.toBytes() + " bytes.");
	}

}
