package health.falcon.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers authenticated but forbidden requests with 403 problem+json, rendered by the
 * kit's controller advice through the MVC exception resolvers.
 */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final HandlerExceptionResolver resolver;

	ProblemAccessDeniedHandler(HandlerExceptionResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) {
		this.resolver.resolveException(request, response, null, new ForbiddenException());
	}

}
