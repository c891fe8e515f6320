package health.falcon.kit.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Bounds every request body before anything parses it. A declared {@code Content-Length}
 * above the path's limit is answered with 413 at once, without reading the body; a body
 * of unknown length (chunked) is read through a {@link LimitedBodyRequest}, so the read
 * that crosses the limit fails with {@link BodyTooLargeException} and the request ends in
 * the same 413 problem, whoever the reader was (a {@link LimitedBodyResponse} writes it
 * even when a reader swallowed the failure and answered). Multipart requests pass
 * untouched: the multipart resolver bounds them ({@code spring.servlet.multipart.*}).
 */
class BodyLimitFilter extends OncePerRequestFilter {

	private final BodyLimits limits;

	private final HandlerExceptionResolver resolver;

	BodyLimitFilter(BodyLimits limits, HandlerExceptionResolver resolver) {
		this.limits = limits;
		this.resolver = resolver;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return request.getContentLengthLong() == 0
				|| (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = this.limits.limitFor(pathWithinApplication(request));
		if (request.getContentLengthLong() > limit) {
			reject(request, response, new BodyTooLargeException(limit));
			return;
		}
		LimitedBodyRequest limited = new LimitedBodyRequest(request, limit);
		LimitedBodyResponse guarded = new LimitedBodyResponse(response, limited,
				(unwrapped) -> reject(request, unwrapped, new BodyTooLargeException(limit)));
		try {
			chain.doFilter(limited, guarded);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!limited.exceeded() || response.isCommitted()) {
				throw ex;
			}
			reject(request, response, new BodyTooLargeException(limit));
			return;
		}
		if (limited.exceeded() && response.getStatus() != HttpStatus.CONTENT_TOO_LARGE.value()
				&& !response.isCommitted()) {
			// a reader swallowed the failure and answered without a body: the limit still
			// decides the answer
			response.resetBuffer();
			reject(request, response, new BodyTooLargeException(limit));
		}
	}

	private void reject(HttpServletRequest request, HttpServletResponse response, BodyTooLargeException ex)
			throws IOException {
		// the rest of the body is never read: tell the client that this connection ends
		response.setHeader(HttpHeaders.CONNECTION, "close");
		if (this.resolver.resolveException(request, response, null, ex) == null) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
		}
	}

	private static String pathWithinApplication(HttpServletRequest request) {
		// the container's decoded and normalised path, so that encoded or dotted segments
		// cannot borrow another path's limit
		String pathInfo = request.getPathInfo();
		return request.getServletPath() + ((pathInfo != null) ? pathInfo : "");
	}

}
