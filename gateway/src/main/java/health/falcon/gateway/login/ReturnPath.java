package health.falcon.gateway.login;

import java.net.URI;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A page inside this site to come back to after sign-in. Only same-site relative paths
 * are accepted, so {@code /login?returnTo=} cannot be used as an open redirect.
 *
 * @param path the path, starting with a single {@code /}
 * @param query the query string without {@code ?}, or {@code null}
 */
record ReturnPath(String path, @Nullable String query) {

	static Optional<ReturnPath> parse(@Nullable String value) {
		if (value == null || !value.startsWith("/") || value.startsWith("//") || value.contains("\\")
				|| value.chars().anyMatch(Character::isISOControl)) {
			return Optional.empty();
		}
		try {
			URI uri = URI.create(value);
			if (uri.getScheme() != null || uri.getAuthority() != null || uri.getRawPath() == null) {
				return Optional.empty();
			}
			return Optional.of(new ReturnPath(uri.getRawPath(), uri.getRawQuery()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	String toUriString() {
		return (this.query != null) ? this.path + "?" + this.query : this.path;
	}

}
