package health.falcon.gateway.login;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;

/**
 * A failed sign-in (refused consent, expired or forged state, provider error) is logged
 * with its reason, never with tokens, and the user lands on the landing page, which says
 * that sign-in failed.
 */
public class LoginFailureHandler implements ServerAuthenticationFailureHandler {

	/** Where the browser goes after a failed sign-in. */
	public static final String FAILURE_URL = "/?login=failed";

	private static final Logger logger = LoggerFactory.getLogger(LoginFailureHandler.class);

	private final RedirectServerAuthenticationFailureHandler redirect = new RedirectServerAuthenticationFailureHandler(
			FAILURE_URL);

	@Override
	public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange, AuthenticationException exception) {
		logger.warn("Sign-in failed: {}", exception.getMessage());
		return this.redirect.onAuthenticationFailure(exchange, exception);
	}

}
