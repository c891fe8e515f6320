package health.falcon.kit.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers unauthenticated requests with 401 problem+json: Spring Security's bearer entry
 * point sets the status and the {@code WWW-Authenticate: Bearer} header, then the MVC
 * exception resolvers render the body through the kit's controller advice.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final AuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	private final HandlerExceptionResolver resolver;

	ProblemAuthenticationEntryPoint(HandlerExceptionResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException, ServletException {
		this.bearer.commence(request, response, authException);
		this.resolver.resolveException(request, response, null, new UnauthenticatedException());
	}

}
