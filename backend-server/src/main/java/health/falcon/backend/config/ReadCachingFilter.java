package health.falcon.backend.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * HTTP caching of the read endpoints: Spring's {@link ShallowEtagHeaderFilter} (a strong
 * {@code ETag}, the MD5 of the body, and {@code 304 Not Modified} when
 * {@code If-None-Match} names it; the body itself is passed on byte for byte) with
 * {@code Cache-Control: private, no-cache}, so that only the user's own browser may keep
 * an answer and must revalidate it on every use (the data changes with every sync).
 * Anything but a 2xx, a problem, gets neither an {@code ETag} nor a cacheable header:
 * {@code Cache-Control: no-store}. Because the tag is computed from the body, another
 * user's tag matches only a byte-identical body, so it never yields anyone else's data.
 * Set before the controller runs, the header also keeps Spring Security from writing its
 * default {@code no-store}, which would disable the tag.
 */
class ReadCachingFilter extends ShallowEtagHeaderFilter {

	/** What a successful read carries. */
	static final String REVALIDATE = "private, no-cache";

	/** What anything else carries. */
	static final String NO_STORE = "no-store";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.GET.matches(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
		super.doFilterInternal(request, response, (innerRequest, innerResponse) -> {
			HttpServletResponse inner = (HttpServletResponse) innerResponse;
			try {
				chain.doFilter(innerRequest, innerResponse);
			}
			catch (IOException | ServletException | RuntimeException ex) {
				inner.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
				throw ex;
			}
			if (inner.getStatus() < 200 || inner.getStatus() >= 300) {
				inner.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
			}
		});
	}

}
