package health.falcon.kit.release;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Servlet filter that adds {@code X-Falcon-Release: <version>/<colour>} to every
 * response. It sets the header before the chain runs so that security rejections and
 * errors carry it too.
 */
class ReleaseHeaderFilter extends OncePerRequestFilter {

	private final Release release;

	ReleaseHeaderFilter(Release release) {
		this.release = release;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(Release.HEADER, this.release.headerValue());
		chain.doFilter(request, response);
	}

}
