package health.falcon.devstack.sandbox.dropbox;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes {@code PUT /dropbox/sandbox/files} store the raw body whatever its content type:
 * {@code curl --data-binary} sends {@code application/x-www-form-urlencoded}, whose body
 * Spring's form filter would otherwise consume as parameters (leaving an empty file). It
 * runs first and presents such uploads as {@code application/octet-stream}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RawUploadFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"PUT".equals(request.getMethod()) || !"/dropbox/sandbox/files".equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new OctetStreamRequest(request), response);
	}

	/**
	 * The request with its content type replaced.
	 */
	private static final class OctetStreamRequest extends HttpServletRequestWrapper {

		OctetStreamRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getContentType() {
			return MediaType.APPLICATION_OCTET_STREAM_VALUE;
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? Collections.enumeration(List.of(getContentType()))
					: super.getHeaders(name);
		}

	}

}
