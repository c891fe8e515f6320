package health.falcon.gateway.login;

import java.time.Duration;

import org.springframework.http.ResponseCookie;

/**
 * The attributes shared by the cookies that carry a sign-in in progress: HttpOnly,
 * {@code SameSite=Lax} (the provider's redirect back is a top-level navigation, which Lax
 * cookies accompany), {@code Secure} like the session cookie, and a lifetime of a few
 * minutes.
 *
 * @param secure whether the cookies carry {@code Secure} (follows
 * {@code server.reactive.session.cookie.secure})
 * @param ttl how long a started sign-in stays valid
 */
public record LoginCookies(boolean secure, Duration ttl) {

	ResponseCookie create(String name, String value, String path) {
		return ResponseCookie.from(name, value)
			.path(path)
			.maxAge(this.ttl)
			.httpOnly(true)
			.secure(this.secure)
			.sameSite("Lax")
			.build();
	}

	ResponseCookie expire(String name, String path) {
		return ResponseCookie.from(name, "")
			.path(path)
			.maxAge(Duration.ZERO)
			.httpOnly(true)
			.secure(this.secure)
			.sameSite("Lax")
			.build();
	}

}
