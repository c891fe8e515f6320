package health.falcon.devstack.sandbox.oauth;

import tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of a token or revocation error (RFC 6749 section 5.2): {@code {"error": "...",
 * "error_description": "..."}}.
 *
 * @param error the error code, such as {@code invalid_grant}
 * @param errorDescription the human-readable description
 */
@JsonNaming(SnakeCaseStrategy.class)
public record OAuthError(String error, String errorDescription) {

}
